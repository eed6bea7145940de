public import LuaHost
public import StrategyKit

extension LuaData {
    /// The text of a string value.
    var text: String? { if case .string(let s) = self { s.description } else { nil } }

    /// An integer value (floats with an integral value too).
    var int: Int? {
        switch self {
        case .integer(let i): Int(exactly: i)
        case .number(let d): Int(exactly: d)
        default: nil
        }
    }

    /// A number value.
    var double: Double? {
        switch self {
        case .integer(let i): Double(i)
        case .number(let d): d
        default: nil
        }
    }

    /// A `{ de = ..., en = ... }` table or a plain string.
    var localized: LocalizedText? {
        if let text { return LocalizedText(text) }
        let de = self["de"].text, en = self["en"].text
        guard de != nil || en != nil else { return nil }
        return LocalizedText(de: de ?? en!, en: en ?? de!)
    }

    /// The strings of a sequence.
    var strings: [String] { arrayValues.compactMap(\.text) }

    /// Whether the value is a table.
    var isTable: Bool { if case .table = self { true } else { false } }
}
