extension LuaData {
    /// The value as JSON text: sequences become arrays, other tables objects with string keys.
    ///
    /// Also valid YAML, so a Lua table can go through a YAML loader with all its checks
    /// and defaults. Non-finite numbers and opaque values become `null`.
    public var jsonText: String {
        var out = ""
        writeJSON(into: &out, indent: "")
        return out
    }

    private func writeJSON(into out: inout String, indent: String) {
        switch self {
        case .nil, .opaque: out += "null"
        case .boolean(let b): out += b ? "true" : "false"
        case .integer(let i): out += String(i)
        case .number(let d): out += d.isFinite ? String(format14g: d) : "null"
        case .string(let s): LuaData.writeJSONString(s.description, into: &out)
        case .table(let entries):
            let inner = indent + "  "
            let sequence = arrayValues
            if !entries.isEmpty, sequence.count == entries.count {
                out += "[\n"
                for (i, value) in sequence.enumerated() {
                    out += inner
                    value.writeJSON(into: &out, indent: inner)
                    out += i + 1 < sequence.count ? ",\n" : "\n"
                }
                out += indent + "]"
            } else {
                out += "{\n"
                for (i, entry) in entries.enumerated() {
                    out += inner
                    LuaData.writeJSONString(entry.key.description, into: &out)
                    out += ": "
                    entry.value.writeJSON(into: &out, indent: inner)
                    out += i + 1 < entries.count ? ",\n" : "\n"
                }
                out += indent + "}"
            }
        }
    }

    private static func writeJSONString(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
