import CEditLine
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Line editing on a terminal through libedit: prompts, history, Tab completion.
///
/// libedit's completion hooks are plain C function pointers without a
/// context argument, so the one completion source lives in a global.
enum LineEditor {
    /// Supplies completions for the word before the cursor.
    nonisolated(unsafe) static var complete: (String) -> [String] = { _ in [] }
    nonisolated(unsafe) private static var candidates: [String] = []
    nonisolated(unsafe) private static var next = 0
    nonisolated(unsafe) private static var historyPath: String?
    /// The newest entry, so running it again does not store it twice.
    nonisolated(unsafe) private static var lastEntry: String?

    /// Sets up libedit and reads the history file (created with its directory on first write).
    static func start(historyPath: String?, historyLimit: Int32 = 1000) {
        cedit_setup("smkit", { text, _, _ in
            guard let text else { return nil }
            LineEditor.candidates = LineEditor.complete(String(cString: text))
            LineEditor.next = 0
            return cedit_completion_matches(text, { _, _ in
                guard LineEditor.next < LineEditor.candidates.count else { return nil }
                defer { LineEditor.next += 1 }
                return strdup(LineEditor.candidates[LineEditor.next])  // libedit frees it
            })
        })
        using_history()
        stifle_history(historyLimit)
        self.historyPath = historyPath
        if let historyPath {
            _ = read_history(historyPath)
            _ = history_truncate_file(historyPath, historyLimit)
            lastEntry = cedit_newest_history().map { String(cString: $0) }
        }
    }

    /// One line from the terminal, or `nil` at end of input or when Ctrl-C ended the line.
    static func read(prompt: String) -> String? {
        guard let line = readline(prompt) else { return nil }
        defer { free(line) }
        return String(cString: line)
    }

    /// Adds an entry to the history and appends it to the history file at once,
    /// so it survives a crash and entries of other sessions are kept.
    ///
    /// libedit 3.1's `append_history(1, file)` writes the last two entries
    /// (every entry ended up twice), so the line is appended here in the
    /// file's own format: a `_HiStOrY_V2_` header, then one line per entry
    /// with whitespace, controls and backslashes as octal escapes, which
    /// `read_history` decodes.
    static func remember(_ entry: String) {
        guard !entry.allSatisfy(\.isWhitespace), entry != lastEntry else { return }
        lastEntry = entry
        add_history(entry)
        guard let historyPath else { return }
        let fd = open(historyPath, O_WRONLY | O_APPEND | O_CREAT, 0o600)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var status = stat()
        if fstat(fd, &status) == 0, status.st_size == 0 { bytes += Array("_HiStOrY_V2_\n".utf8) }
        bytes += HistoryLocation.encode(entry) + [0x0A]
        // One write with O_APPEND, so lines of concurrent sessions do not interleave.
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    }
}
