import CLua

/// A value held in the state's registry; released when the last Swift copy goes away.
///
/// A reference belongs to one state and must be used on that state's thread.
public final class LuaReference {
    let core: LuaStateCore
    @usableFromInline let ref: Int32
    // Copies of the core's constants, so hot paths read them without touching the core.
    @usableFromInline let L: OpaquePointer
    @usableFromInline let runtime: OpaquePointer
    @usableFromInline let closed: UnsafeMutablePointer<Bool>
    /// The thread a running host function was called on (see ``LuaStateCore/calling``).
    @usableFromInline let calling: UnsafeMutablePointer<OpaquePointer?>

    /// Pops the value on top of `L` (any thread of the state) into the registry. [-1, +0]
    init(core: LuaStateCore, popping L: OpaquePointer) {
        self.core = core
        self.ref = luaL_ref(L, clua_registryindex())
        // The registry belongs to the whole state; release through the main thread,
        // which outlives every coroutine the reference may have come from.
        self.L = core.mainThread
        self.runtime = core.runtime
        self.closed = core.closedFlag
        self.calling = core.calling
    }

    deinit {
        if !closed.pointee { luaL_unref(L, clua_registryindex(), ref) }
    }

    /// Pushes the referenced value onto `L`, a thread of this reference's state. [-0, +1]
    func push(_ L: OpaquePointer) {
        precondition(!closed.pointee, "a Lua reference was used with a closed state")
        lua_rawgeti(L, clua_registryindex(), lua_Integer(ref))
    }
}

/// A reference to a Lua table.
public struct LuaTable {
    public let reference: LuaReference
    init(_ reference: LuaReference) { self.reference = reference }

    var core: LuaStateCore { reference.core }

    /// `t[key]`, running `__index` metamethods (protected: they may raise).
    public func get(_ key: LuaValue) throws(LuaError) -> LuaValue {
        try core.protected(clua_gettable_k, [.table(self), key], results: 1).first ?? .nil
    }

    public func get(_ key: String) throws(LuaError) -> LuaValue { try get(.string(LuaString(key))) }

    /// `t[key] = value`, running `__newindex` metamethods (protected).
    public func set(_ key: LuaValue, _ value: LuaValue) throws(LuaError) {
        _ = try core.protected(clua_settable_k, [.table(self), key, value], results: 0)
    }

    public func set(_ key: String, _ value: LuaValue) throws(LuaError) { try set(.string(LuaString(key)), value) }

    /// `rawget(t, key)`: no metamethods, never raises.
    public func rawGet(_ key: LuaValue) -> LuaValue {
        let L = core.state
        let top = lua_gettop(L)
        defer { assert(lua_gettop(L) == top, "stack imbalance in rawGet") }
        reference.push(L)
        core.push(key)
        lua_rawget(L, -2)
        let value = core.value(at: -1)
        clua_pop(L, 2)
        return value
    }

    public func rawGet(_ key: String) -> LuaValue { rawGet(.string(LuaString(key))) }

    /// `rawset(t, key, value)`: no metamethods. A nil or NaN key is ignored.
    public func rawSet(_ key: LuaValue, _ value: LuaValue) {
        if key.isNil { return }
        if case .number(let d) = key, d.isNaN { return }
        let L = core.state
        let top = lua_gettop(L)
        defer { assert(lua_gettop(L) == top, "stack imbalance in rawSet") }
        reference.push(L)
        core.push(key)
        core.push(value)
        lua_rawset(L, -3)
        clua_pop(L, 1)
    }

    public func rawSet(_ key: String, _ value: LuaValue) { rawSet(.string(LuaString(key)), value) }

    /// The raw length `#t` without `__len`.
    public var rawLength: Int {
        let L = core.state
        reference.push(L)
        let n = lua_rawlen(L, -1)
        clua_pop(L, 1)
        return Int(n)
    }

    /// The values at 1...#t (raw).
    public var arrayValues: [LuaValue] {
        let L = core.state
        let top = lua_gettop(L)
        defer { assert(lua_gettop(L) == top, "stack imbalance in arrayValues") }
        reference.push(L)
        let n = Int(lua_rawlen(L, -1))
        var values: [LuaValue] = []
        values.reserveCapacity(n)
        for i in 0..<n {
            lua_rawgeti(L, -1, lua_Integer(i + 1))
            values.append(core.value(at: -1))
            clua_pop(L, 1)
        }
        clua_pop(L, 1)
        return values
    }

    /// Every key/value pair (raw `next` order, no `__pairs`).
    public var pairs: [(key: LuaValue, value: LuaValue)] {
        let L = core.state
        let top = lua_gettop(L)
        defer { assert(lua_gettop(L) == top, "stack imbalance in pairs") }
        reference.push(L)
        var result: [(key: LuaValue, value: LuaValue)] = []
        lua_pushnil(L)
        while lua_next(L, -2) != 0 {
            result.append((core.value(at: -2), core.value(at: -1)))
            clua_pop(L, 1)
        }
        clua_pop(L, 1)
        return result
    }

    /// The metatable, if any (raw: ignores `__metatable`).
    public var metatable: LuaTable? {
        let L = core.state
        reference.push(L)
        defer { clua_pop(L, 1) }
        guard lua_getmetatable(L, -1) != 0 else { return nil }
        return LuaTable(LuaReference(core: core, popping: L))
    }

    /// A deep copy as `LuaData`: shared tables copied once, cycles cut; too deep or too
    /// large a table throws.
    public func detached() throws(LuaError) -> LuaData {
        let L = core.state
        guard lua_checkstack(L, 2) != 0 else { throw LuaCopier.noStack() }
        reference.push(L)
        defer { clua_pop(L, 1) }
        return try core.detach(at: lua_gettop(L))
    }

    /// True when both references name the same table.
    public func isSame(as other: LuaTable) -> Bool { core.rawEqual(.table(self), .table(other)) }
}

/// A reference to a Lua function.
public struct LuaFunction {
    public let reference: LuaReference
    init(_ reference: LuaReference) { self.reference = reference }

    /// Calls the function protected; returns all its results.
    @discardableResult
    public func call(_ arguments: LuaValue...) throws(LuaError) -> [LuaValue] {
        try reference.core.call(.function(self), arguments)
    }

    /// Calls the function protected with an argument array.
    @discardableResult
    public func call(arguments: [LuaValue]) throws(LuaError) -> [LuaValue] {
        try reference.core.call(.function(self), arguments)
    }
}

/// A reference to a full userdata.
public struct LuaUserdata {
    public let reference: LuaReference
    init(_ reference: LuaReference) { self.reference = reference }

    /// The `__name` of its metatable, if any.
    public var typeName: String? {
        let core = reference.core
        let L = core.state
        reference.push(L)
        defer { clua_pop(L, 1) }
        guard lua_getmetatable(L, -1) != 0 else { return nil }
        lua_pushstring(L, "__name")
        lua_rawget(L, -2)
        let name = core.value(at: -1).stringValue
        clua_pop(L, 2)
        return name
    }
}
