import CEditLine

/// Writes to standard output or error through C's streams, in order with Lua's own output.
enum Output {
    enum Stream { case standardOutput, standardError }

    static func write(_ text: String, to stream: Stream) {
        guard !text.isEmpty else { return }
        cedit_write(stream == .standardError ? 1 : 0, text)
    }
}
