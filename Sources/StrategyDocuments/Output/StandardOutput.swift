// `stdout` is a mutable C global that Swift 6 refuses to read without `@preconcurrency`;
// it is only read, and C's stdio locks the stream itself. No Foundation here: its own
// import of the C library would bring the strict check back.
#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// Writes to standard output and reports failures, which `print` and `FileHandle` do not.
///
/// Swift's `print` and Lua's `print`/`io.write` go through C's buffered `stdout` and ignore
/// errors; `FileHandle.write` traps on them. Everything the `smkit` commands write to standard
/// output goes through here: C's buffer is flushed first (so output stays in order), then the
/// bytes are written with `write(2)`, retrying on `EINTR` and after partial writes.
public enum StandardOutput {
    /// The path ``OutputWriterError`` uses for standard output (the `-` of `-o -`).
    public static let path = "-"

    /// The exit status ``installExitCheck()`` ends the process with when a write failed.
    public static let exitCheckStatus: Int32 = 2

    /// Writes UTF-8 text to standard output.
    public static func write(_ text: String) throws(OutputWriterError) {
        var text = text
        var failure: OutputWriterError?
        text.withUTF8 { bytes in
            do throws(OutputWriterError) { try write(UnsafeRawBufferPointer(bytes)) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Writes bytes to standard output, after anything already buffered by C's `stdout`.
    public static func write(_ buffer: UnsafeRawBufferPointer) throws(OutputWriterError) {
        try flush()
        var offset = 0
        while offset < buffer.count {
            let written = systemWrite(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw error(errno)
            }
            offset += written
        }
    }

    /// Flushes C's `stdout` and throws if that, or any earlier buffered write, failed.
    ///
    /// The error flag is cleared once reported, so the check at exit does not report it again.
    public static func flush() throws(OutputWriterError) {
        if fflush(stdout) != 0 {
            let code = errno
            clearerr(stdout)
            throw error(code)
        }
        if ferror(stdout) != 0 {
            clearerr(stdout)
            throw error(nil)
        }
    }

    /// Makes the process check standard output once more when it exits.
    ///
    /// A safety net for output no command writes itself: `--help` from the argument parser,
    /// and Lua's `print`/`io.write` in `smkit run`, including scripts that end with `os.exit`.
    /// Like coreutils' `close_stdout`: at exit C's buffer is flushed, and if that or an
    /// earlier write failed, the error goes to standard error and the process ends with
    /// ``exitCheckStatus`` instead of the status it was about to return.
    public static func installExitCheck() {
        atexit {
            do throws(OutputWriterError) {
                try StandardOutput.flush()
            } catch {
                fputs(error.description + "\n", stderr)
                _exit(StandardOutput.exitCheckStatus)
            }
        }
    }

    /// The error for a failed write; `code` is `nil` when only the stream's error flag says so.
    private static func error(_ code: Int32?) -> OutputWriterError {
        let reason = code.map { String(cString: strerror($0)) } ?? "an earlier write failed"
        return OutputWriterError(code: .io, path: path, message: reason)
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
