/// Text a plugin supplies, made safe to print on a terminal or put into a document.
///
/// A plugin's messages, field names and log lines reach terminals: an ESC sequence could
/// clear the screen or change the title, a newline or carriage return could forge a line
/// such as "0 errors". So escape sequences (CSI, OSC, DCS, … and their 8-bit forms) and
/// other control characters are removed, tabs become spaces, and bidirectional overrides
/// (which reorder what a reader sees) are dropped.
enum TerminalText {
    /// One line: newlines and carriage returns become spaces.
    static func line(_ text: String) -> String {
        guard needsCleaning(text) else { return text }
        return clean(text, newline: " ")
    }

    /// Lines: the text split at newlines (`\n`, `\r\n`, a lone `\r`), each cleaned.
    static func lines(_ text: String) -> [String] {
        let cleaned = needsCleaning(text) ? clean(text, newline: "\n") : text
        return cleaned.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The fast path: most text has nothing to clean.
    static func needsCleaning(_ text: String) -> Bool {
        text.unicodeScalars.contains { isControl($0.value) || isBidiControl($0.value) }
    }

    private static func isControl(_ value: UInt32) -> Bool {
        value < 0x20 || (0x7F...0x9F).contains(value)
    }

    private static func isBidiControl(_ value: UInt32) -> Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    private static func clean(_ text: String, newline: Character) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = ""
        result.reserveCapacity(scalars.count)
        var i = 0
        while i < scalars.count {
            let value = scalars[i].value
            i += 1
            switch value {
            case 0x09: result.append(" ")
            case 0x0A: result.append(newline)
            case 0x0D:
                result.append(newline)
                if i < scalars.count, scalars[i].value == 0x0A { i += 1 }
            case 0x1B:
                guard i < scalars.count else { break }
                let next = scalars[i].value
                i += 1
                switch next {
                case 0x5B: i = skipControlSequence(scalars, from: i)                       // ESC [  CSI
                case 0x5D, 0x50, 0x58, 0x5E, 0x5F: i = skipString(scalars, from: i)      // ESC ] P X ^ _
                default: if !(0x20...0x7E).contains(next) { i -= 1 }                       // ESC + one character
                }
            case 0x9B: i = skipControlSequence(scalars, from: i)                            // 8-bit CSI
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F: i = skipString(scalars, from: i)             // 8-bit DCS SOS OSC PM APC
            default:
                if isControl(value) || isBidiControl(value) { continue }
                result.unicodeScalars.append(scalars[i - 1])
            }
        }
        return result
    }

    /// Past a CSI's parameter and intermediate bytes and its final byte (0x40–0x7E).
    private static func skipControlSequence(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        while i < scalars.count {
            let value = scalars[i].value
            i += 1
            if (0x40...0x7E).contains(value) { return i }
            if !(0x20...0x3F).contains(value) { return i - 1 }  // not a CSI after all: keep what follows
        }
        return i
    }

    /// Past a string command (OSC, DCS, …) up to its terminator: BEL, ESC \ or 8-bit ST.
    private static func skipString(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        while i < scalars.count {
            let value = scalars[i].value
            i += 1
            if value == 0x07 || value == 0x9C { return i }
            if value == 0x1B {
                if i < scalars.count, scalars[i].value == 0x5C { i += 1 }
                return i
            }
        }
        return i
    }
}
