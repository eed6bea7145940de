/// A command that could not do what was asked; the REPL prints the message and goes on.
public struct REPLCommandError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
