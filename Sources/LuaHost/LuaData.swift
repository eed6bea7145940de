#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A Lua value detached from any state: safe to keep, compare and send across threads.
///
/// Tables are copied deeply (cycles become `.opaque("<cycle>")`); functions,
/// userdata and threads cannot be detached and become `.opaque` descriptions.
public enum LuaData: Sendable, Hashable, CustomStringConvertible {
    case `nil`
    case boolean(Bool)
    case integer(Int64)
    case number(Double)
    case string(LuaString)
    /// A table as its entries: the array part first (keys 1...n), then the rest in key order.
    case table([Entry])
    /// A value that cannot leave its state, described (`function`, `userdata: Goal`, `<cycle>`).
    case opaque(String)

    /// One key/value pair of a table.
    public struct Entry: Sendable, Hashable {
        public var key: LuaData
        public var value: LuaData
        public init(_ key: LuaData, _ value: LuaData) {
            self.key = key
            self.value = value
        }
    }

    /// How many leading entries are keys 1...n: they go to a table's array part when pushed,
    /// so `ipairs` and `#` are fast and `pairs` is ordered.
    static func sequenceCount(_ entries: [Entry]) -> Int {
        var count = 0
        for entry in entries {
            guard case .integer(let i) = entry.key, i == count + 1 else { break }
            count += 1
        }
        return count
    }

    /// How deeply tables nest: 0 for a scalar, 1 for a table of scalars (keys count too).
    public var depth: Int {
        guard case .table(let entries) = self else { return 0 }
        return 1 + entries.reduce(0) { Swift.max($0, $1.key.depth, $1.value.depth) }
    }

    /// Whether a key can be stored in a Lua table (not nil, NaN or an opaque value).
    var isStorableKey: Bool {
        switch self {
        case .nil, .opaque: false
        case .number(let d): !d.isNaN
        default: true
        }
    }

    /// A sequence `{v1, v2, ...}`.
    public static func array(_ values: [LuaData]) -> LuaData {
        .table(values.enumerated().map { Entry(.integer(Int64($0.offset + 1)), $0.element) })
    }

    /// A record `{k = v, ...}` with keys in sorted order (so output is deterministic).
    public static func record(_ fields: [String: LuaData]) -> LuaData {
        .table(fields.keys.sorted().map { Entry(.string(LuaString($0)), fields[$0]!) })
    }

    public static func string(_ text: String) -> LuaData { .string(LuaString(text)) }

    /// The value for `key` when this is a table.
    public subscript(key: LuaData) -> LuaData {
        guard case .table(let entries) = self else { return .nil }
        return entries.first { $0.key == key }?.value ?? .nil
    }

    public subscript(key: String) -> LuaData { self[.string(key)] }

    /// The values at 1...n when this is a table with a sequence part.
    public var arrayValues: [LuaData] {
        guard case .table(let entries) = self else { return [] }
        var result: [LuaData] = []
        var next: Int64 = 1
        for entry in entries {
            guard case .integer(let i) = entry.key, i == next else { continue }
            result.append(entry.value)
            next += 1
        }
        return result
    }

    public var description: String {
        switch self {
        case .nil: "nil"
        case .boolean(let b): b ? "true" : "false"
        case .integer(let i): String(i)
        case .number(let d): LuaData.format(d)
        case .string(let s): s.description
        case .opaque(let text): text
        case .table(let entries):
            "{" + entries.map { "[\($0.key.debugKey)] = \($0.value.debugKey)" }.joined(separator: ", ") + "}"
        }
    }

    private var debugKey: String {
        if case .string(let s) = self { return "\"\(s)\"" }
        return description
    }

    /// Formats a float the way Lua's `%.14g` does, keeping a `.0` on integral values.
    static func format(_ d: Double) -> String {
        if d.isNaN { return d.sign == .minus ? "-nan" : "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        var text = String(format14g: d)
        if !text.contains(where: { $0 == "." || $0 == "e" || $0 == "n" || $0 == "i" }) { text += ".0" }
        return text
    }
}

extension String {
    /// `%.14g` formatting without Foundation.
    init(format14g value: Double) {
        var buffer = [CChar](repeating: 0, count: 64)
        let written = withVaList([value]) { vsnprintf(&buffer, 64, "%.14g", $0) }
        let length = Int(Swift.max(0, Swift.min(written, 63)))
        self = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
