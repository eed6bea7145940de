/// Writes one table's fields, with nested tables and lists through closures.
///
/// One description of a value's table shape serves two writers: ``LuaDataWriter`` builds
/// detached ``LuaData``, ``LuaViewWriter`` pushes read-only views straight onto a Lua
/// stack, with no data tree in between. A `nil` value leaves its field out.
public protocol LuaTableWriter {
    mutating func set(_ key: StaticString, _ value: String?)
    mutating func set(_ key: StaticString, _ value: Int?)
    mutating func set(_ key: StaticString, _ value: Double?)
    mutating func set(_ key: StaticString, _ value: Bool?)
    /// Sets `key` to a list of strings (an empty list too).
    mutating func set(_ key: StaticString, _ values: [String])
    /// Sets `key` to a table of at most `fields` fields, written by `body`.
    mutating func table(_ key: StaticString, fields: Int, _ body: (inout Self) -> Void)
    /// Sets `key` to a list with one table per item, each of at most `fields` fields.
    mutating func list<C: Collection>(_ key: StaticString, _ items: C, fields: Int, _ body: (inout Self, C.Element) -> Void)
}
