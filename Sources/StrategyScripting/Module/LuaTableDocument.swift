import LuaHost
import StrategyKit

/// A Lua table as text the YAML loaders read (JSON layout, one value per line), with the Lua
/// field path of every line, so tables get every check a YAML file gets and the diagnostics
/// name the field (`platforms[1]`), not a line of text nobody wrote.
///
/// Empty tables become `null`: in Lua `{}` is as much an empty list as an empty mapping, and
/// for the loaders an absent value is the same as an empty one.
struct LuaTableDocument {
    /// The text handed to the loader.
    private(set) var text = ""
    /// The field path written on each line (1-based), `""` for the table itself.
    private(set) var paths: [Int: String] = [:]
    private var line = 1

    /// Writes `data`, a table.
    init(_ data: LuaData) {
        write(data, path: "", indent: "")
    }

    /// `path: message` for each problem of `error` that points into this document.
    func describe(_ error: DiagnosticError, language: Language, name: String = "table") -> String {
        error.diagnostics.map { diagnostic in
            let path = paths[diagnostic.line].map { $0.isEmpty ? name : $0 } ?? name
            let severity = diagnostic.severity == .error ? "" : "\(diagnostic.severity.rawValue): "
            return "\(path): \(severity)\(diagnostic.message.text(in: language))"
        }.joined(separator: "\n")
    }

    private mutating func newline() {
        text += "\n"
        line += 1
    }

    private mutating func write(_ value: LuaData, path: String, indent: String) {
        guard case .table(let entries) = value else {
            writeScalar(value)
            return
        }
        if entries.isEmpty {
            text += path.isEmpty ? "{}" : "null"
            return
        }
        let inner = indent + "  "
        let sequence = value.arrayValues
        let isSequence = sequence.count == entries.count
        text += isSequence ? "[" : "{"
        for (i, entry) in entries.enumerated() {
            newline()
            let child: String
            if isSequence {
                child = path + "[\(i + 1)]"
            } else if case .string(let key) = entry.key, Self.isName(key.description) {
                child = path.isEmpty ? key.description : path + "." + key.description
            } else {
                child = path + "[\(entry.key.description)]"
            }
            paths[line] = child
            text += inner
            if !isSequence {
                Self.writeString(entry.key.description, into: &text)
                text += ": "
            }
            write(entry.value, path: child, indent: inner)
            if i + 1 < entries.count { text += "," }
        }
        newline()
        paths[line] = path
        text += indent + (isSequence ? "]" : "}")
    }

    private mutating func writeScalar(_ value: LuaData) {
        switch value {
        case .nil, .opaque, .table: text += "null"
        case .boolean(let b): text += b ? "true" : "false"
        case .integer(let i): text += String(i)
        case .number(let d): text += d.isFinite ? LuaData.number(d).description : "null"
        case .string(let s): Self.writeString(s.description, into: &text)
        }
    }

    /// A Lua name: `a.b` can be written as a path.
    static func isName(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic)
        else { return false }
        return key.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
    }

    private static func writeString(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
