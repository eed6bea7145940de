public import LuaHost

/// Writes Lua strings as Lua string literals a person can read and paste back.
public enum LuaQuoting {
    /// `"text"` with escapes: quotes, backslashes and control bytes escaped,
    /// valid UTF-8 kept as it is, invalid bytes as `\xHH`.
    ///
    /// At most `limit` characters of the content are written; the result says
    /// how many bytes were left out.
    public static func quote(_ string: LuaString, limit: Int = .max) -> (text: String, omittedBytes: Int) {
        var out = "\""
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = string.bytes.makeIterator()
        var written = 0
        var consumed = 0
        loop: while written < limit {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                consumed += encoded.count
                let scalar = Unicode.UTF8.decode(encoded)
                out += escape(scalar)
            case .error(let length):
                consumed += length
                // The parser reports the bytes of one bad sequence; write each as \xHH.
                let bad = string.bytes[(consumed - length)..<consumed]
                for byte in bad { out += "\\x" + hex(byte) }
            case .emptyInput:
                break loop
            }
            written += 1
        }
        out += "\""
        return (out, string.bytes.count - consumed)
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\"": return "\\\""
        case "\\": return "\\\\"
        case "\n": return "\\n"
        case "\t": return "\\t"
        case "\r": return "\\r"
        case "\u{07}": return "\\a"
        case "\u{08}": return "\\b"
        case "\u{0C}": return "\\f"
        case "\u{0B}": return "\\v"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F {
                // Three digits always, so a following digit cannot join the escape.
                let digits = String(scalar.value)
                return "\\" + String(repeating: "0", count: 3 - digits.count) + digits
            }
            return String(Character(scalar))
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }
}
