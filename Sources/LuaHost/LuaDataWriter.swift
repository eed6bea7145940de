/// A ``LuaTableWriter`` that builds detached ``LuaData``.
public struct LuaDataWriter: LuaTableWriter {
    public private(set) var entries: [LuaData.Entry] = []

    public init(fields: Int = 0) { entries.reserveCapacity(fields) }

    /// The table written so far.
    public var data: LuaData { .table(entries) }

    /// Writes a table with `body`.
    public static func table(fields: Int, _ body: (inout LuaDataWriter) -> Void) -> LuaData {
        var writer = LuaDataWriter(fields: fields)
        body(&writer)
        return writer.data
    }

    public mutating func set(_ key: StaticString, _ value: String?) { add(key, value.map(LuaData.string)) }
    public mutating func set(_ key: StaticString, _ value: Int?) { add(key, value.map { .integer(Int64($0)) }) }
    public mutating func set(_ key: StaticString, _ value: Double?) { add(key, value.map(LuaData.number)) }
    public mutating func set(_ key: StaticString, _ value: Bool?) { add(key, value.map(LuaData.boolean)) }
    public mutating func set(_ key: StaticString, _ values: [String]) { add(key, .array(values.map(LuaData.string))) }

    public mutating func table(_ key: StaticString, fields: Int, _ body: (inout LuaDataWriter) -> Void) {
        add(key, Self.table(fields: fields, body))
    }

    public mutating func list<C: Collection>(_ key: StaticString, _ items: C, fields: Int,
                                             _ body: (inout LuaDataWriter, C.Element) -> Void) {
        add(key, .array(items.map { item in Self.table(fields: fields) { body(&$0, item) } }))
    }

    private mutating func add(_ key: StaticString, _ value: LuaData?) {
        if let value { entries.append(LuaData.Entry(.string(key.description), value)) }
    }
}
