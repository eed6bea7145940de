import CEditLine
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to standard output or error through C's streams, in order with Lua's own output.
enum Output {
    enum Stream { case standardOutput, standardError }

    /// Why standard output could not be written, for the one line the REPL ends with.
    struct Failure: Error {
        var reason: String
        var message: String { "smkit-repl: cannot write to standard output: \(reason)" }
    }

    /// Writes `text`; throws when standard output (this text or Lua's earlier output) failed.
    static func write(_ text: String, to stream: Stream) throws(Failure) {
        // An empty text still checks what Lua's print and io.write left in the buffer.
        let code = cedit_write(stream == .standardError ? 1 : 0, text)
        if code != 0 { throw Failure(reason: code > 0 ? String(cString: strerror(code)) : "an earlier write failed") }
    }
}
