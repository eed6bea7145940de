public import LuaHost

/// Looks at Lua values without running their metamethods, except where asked.
///
/// It keeps the state's original `tostring`, `debug.getmetatable`,
/// `debug.getupvalue` and `debug.getinfo` from when the session started, so
/// a user who redefines `tostring` or `debug` does not change what the
/// printer and the completer see. In a state without `debug` (a sandbox)
/// metatables of userdata are simply unknown.
public struct LuaIntrospector {
    let lua: LuaState
    private let tostring: LuaValue
    private let getmetatable: LuaValue
    private let getupvalue: LuaValue
    private let getinfo: LuaValue

    public init(lua: LuaState) {
        self.lua = lua
        let globals = lua.globals
        tostring = globals.rawGet("tostring")
        let debug = globals.rawGet("debug").tableValue
        getmetatable = debug?.rawGet("getmetatable") ?? .nil
        getupvalue = debug?.rawGet("getupvalue") ?? .nil
        getinfo = debug?.rawGet("getinfo") ?? .nil
    }

    /// The metatable of any value, ignoring `__metatable` protection.
    public func metatable(of value: LuaValue) -> LuaTable? {
        if case .table(let table) = value { return table.metatable }
        switch value {
        case .nil, .boolean, .integer, .number, .lightUserdata: return nil
        default: break
        }
        guard case .function = getmetatable else { return nil }
        return (try? lua.call(getmetatable, [value]))?.first?.tableValue
    }

    /// A raw field of the metatable of `value` (`__name`, `__index`, `__tostring`).
    public func metafield(_ value: LuaValue, _ name: String) -> LuaValue {
        metatable(of: value)?.rawGet(name) ?? .nil
    }

    /// `tostring(value)` with the original function: runs `__tostring` and `__name`.
    ///
    /// `nil` when it raised an error (a broken `__tostring`).
    public func describe(_ value: LuaValue) -> String? {
        guard case .function = tostring else { return nil }
        guard let result = try? lua.call(tostring, [value]).first else { return nil }
        return result.stringValue
    }

    /// Upvalue `index` of a C closure; `nil` for Lua functions, whose first
    /// upvalue is often `_ENV` and says nothing about methods.
    public func cUpvalue(of function: LuaValue, _ index: Int) -> LuaValue {
        guard case .function = getupvalue else { return .nil }
        guard let results = try? lua.call(getupvalue, [function, .integer(Int64(index))]), results.count >= 2,
            results[0].stringValue == ""  // C upvalues have empty names
        else { return .nil }
        return results[1]
    }

    /// Where a Lua function was defined (`stdin:3`), or `nil` for C functions and unknowns.
    public func definition(of function: LuaValue) -> String? {
        guard case .function = getinfo,
            let info = (try? lua.call(getinfo, [function, "S"]))?.first?.tableValue,
            info.rawGet("what").stringValue != "C",
            let source = info.rawGet("short_src").stringValue
        else { return nil }
        guard let line = info.rawGet("linedefined").intValue, line > 0 else { return source }
        return "\(source):\(line)"
    }

    /// The method table behind `__index` of a metatable.
    ///
    /// A table `__index` is the table itself; a C closure whose first upvalue
    /// is a table is how LuaHost stores the methods of host types.
    public func indexTable(of metatable: LuaTable) -> LuaTable? {
        let index = metatable.rawGet("__index")
        switch index {
        case .table(let table): return table
        case .function: return cUpvalue(of: index, 1).tableValue
        default: return nil
        }
    }
}
