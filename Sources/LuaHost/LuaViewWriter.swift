import CLua

/// A ``LuaTableWriter`` that pushes a read-only view straight onto the Lua stack.
///
/// Made by ``LuaArguments/view(fields:_:)``. The filled table is created on the first
/// field written, so a table that stays empty becomes the template's shared empty view.
public struct LuaViewWriter: LuaTableWriter {
    let L: OpaquePointer
    let slots: LuaViewSlots
    let fields: Int32
    /// The filled table is on top of the stack.
    var open = false

    init(L: OpaquePointer, slots: LuaViewSlots, fields: Int) {
        self.L = L
        self.slots = slots
        self.fields = Int32(clamping: fields)
    }

    public mutating func set(_ key: StaticString, _ value: String?) {
        guard let value else { return }
        begin(key)
        LuaStateCore.pushString(value, onto: L)
        lua_rawset(L, -3)
    }

    public mutating func set(_ key: StaticString, _ value: Int?) {
        guard let value else { return }
        begin(key)
        lua_pushinteger(L, lua_Integer(value))
        lua_rawset(L, -3)
    }

    public mutating func set(_ key: StaticString, _ value: Double?) {
        guard let value else { return }
        begin(key)
        lua_pushnumber(L, value)
        lua_rawset(L, -3)
    }

    public mutating func set(_ key: StaticString, _ value: Bool?) {
        guard let value else { return }
        begin(key)
        lua_pushboolean(L, value ? 1 : 0)
        lua_rawset(L, -3)
    }

    public mutating func set(_ key: StaticString, _ values: [String]) {
        begin(key)
        Self.push(values, L: L, slots: slots)
        lua_rawset(L, -3)
    }

    public mutating func table(_ key: StaticString, fields: Int, _ body: (inout LuaViewWriter) -> Void) {
        begin(key)
        reserve()
        var child = LuaViewWriter(L: L, slots: slots, fields: fields)
        body(&child)
        child.finish()
        lua_rawset(L, -3)
    }

    public mutating func list<C: Collection>(_ key: StaticString, _ items: C, fields: Int,
                                             _ body: (inout LuaViewWriter, C.Element) -> Void) {
        begin(key)
        reserve()
        if items.isEmpty {
            slots.pushEmpty(L)
        } else {
            lua_createtable(L, Int32(clamping: items.count), 0)
            for (i, item) in items.enumerated() {
                var child = LuaViewWriter(L: L, slots: slots, fields: fields)
                body(&child, item)
                child.finish()
                lua_rawseti(L, -2, lua_Integer(i + 1))
            }
            slots.finishView(L)
        }
        lua_rawset(L, -3)
    }

    /// Makes sure the filled table is on top, then pushes `key`.
    private mutating func begin(_ key: StaticString) {
        if !open {
            lua_createtable(L, 0, fields)
            open = true
        }
        key.withUTF8Buffer { LuaStateCore.pushBuffer(UnsafeRawBufferPointer($0), onto: L) }
    }

    /// Room for one more level. Nesting follows the code that writes it, so only a
    /// runaway recursion could use up Lua's million slots.
    private func reserve() {
        precondition(lua_checkstack(L, 8) != 0, "Lua stack exhausted while writing nested views")
    }

    /// Replaces the filled table on top with its view; pushes the empty view when nothing was written. [-0|-1, +1]
    func finish() {
        if open { slots.finishView(L) } else { slots.pushEmpty(L) }
    }

    /// Pushes a list of strings as a view. [-0, +1]
    static func push(_ values: [String], L: OpaquePointer, slots: LuaViewSlots) {
        if values.isEmpty { return slots.pushEmpty(L) }
        lua_createtable(L, Int32(clamping: values.count), 0)
        for (i, value) in values.enumerated() {
            LuaStateCore.pushString(value, onto: L)
            lua_rawseti(L, -2, lua_Integer(i + 1))
        }
        slots.finishView(L)
    }
}
