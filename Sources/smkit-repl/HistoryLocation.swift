#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the REPL keeps its history: `$XDG_STATE_HOME/smkit/history`, else
/// `~/.local/state/smkit/history` (XDG Base Directory Specification 0.8).
enum HistoryLocation {
    /// The file path, or `nil` when neither variable gives an absolute directory.
    static func path(environment: [String: String]) -> String? {
        // The spec says relative paths in these variables are invalid and must be ignored.
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/smkit/history" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.local/state/smkit/history" }
        return nil
    }

    /// Creates the directories of `file` (mode 0700, as the spec asks); false when that failed.
    static func prepareDirectory(of file: String) -> Bool {
        var components = file.split(separator: "/", omittingEmptySubsequences: true).dropLast()
        var path = ""
        while !components.isEmpty {
            path += "/" + components.removeFirst()
            if mkdir(path, 0o700) != 0 && errno != EEXIST { return false }
        }
        return true
    }

    /// One history entry as a line of libedit's history file (vis(3) octal escapes).
    static func encode(_ entry: String) -> [UInt8] {
        var out: [UInt8] = []
        for byte in entry.utf8 {
            if byte <= 0x20 || byte == 0x7F || byte == UInt8(ascii: "\\") {
                let digits = [byte >> 6, (byte >> 3) & 7, byte & 7].map { UInt8(ascii: "0") + $0 }
                out += [UInt8(ascii: "\\")] + digits
            } else {
                out.append(byte)
            }
        }
        return out
    }
}
