/// What the REPL has to show after one line of input, and what to do next.
public struct REPLResponse: Equatable, Sendable {
    /// Text for standard output (results, command output), ending in a newline when not empty.
    public var output: String = ""
    /// Text for standard error (error messages), ending in a newline when not empty.
    public var errorOutput: String = ""
    /// The finished input to add to the history (a multi-line chunk as one entry).
    public var historyEntry: String?
    /// The user asked to leave.
    public var shouldExit = false
    /// An error happened (for the exit status of non-interactive runs).
    public var failed = false

    public init() {}

    mutating func write(_ text: String) {
        guard !text.isEmpty else { return }
        output += text.hasSuffix("\n") ? text : text + "\n"
    }

    mutating func fail(_ text: String) {
        failed = true
        errorOutput += text.hasSuffix("\n") ? text : text + "\n"
    }
}
