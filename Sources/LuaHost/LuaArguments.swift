import CLua

/// The arguments of a call made with ``LuaFunction/call(views:_:reading:)``, pushed
/// straight onto the stack: values, and with a template, read-only views of data.
public struct LuaArguments {
    let core: LuaStateCore
    let slots: LuaViewSlots?
    /// How many arguments were pushed.
    var count: Int32 = 0
    /// Set when data was nested too deeply for the Lua stack; the call then fails.
    var tooDeep = false

    var L: OpaquePointer { core.state }

    public mutating func push(_ value: LuaValue) {
        core.push(value)
        count += 1
    }

    public mutating func push(_ value: String?) {
        if let value { core.pushString(value) } else { lua_pushnil(L) }
        count += 1
    }

    public mutating func push(_ value: Int64) {
        lua_pushinteger(L, value)
        count += 1
    }

    /// Pushes a view of a table written by `body`, of at most `fields` fields.
    public mutating func view(fields: Int, _ body: (inout LuaViewWriter) -> Void) {
        var writer = LuaViewWriter(L: L, slots: viewSlots, fields: fields)
        body(&writer)
        writer.finish()
        count += 1
    }

    /// Pushes a view of a list of strings.
    public mutating func view(of values: [String]) {
        LuaViewWriter.push(values, L: L, slots: viewSlots)
        count += 1
    }

    /// Pushes detached data; each of its tables (keys too) becomes a view.
    public mutating func view(of data: LuaData) {
        // Each level holds a table and a key on the stack, the deepest one a few more.
        if lua_checkstack(L, Int32(clamping: 2 * data.depth + 8)) == 0 {
            tooDeep = true
            lua_pushnil(L)
        } else {
            viewSlots.push(data, core: core)
        }
        count += 1
    }

    /// Pushes the table that maps every view made for this call to its filled table
    /// (Lua code needs it for `#`, `pairs` and methods, since a view's metatable is hidden).
    public mutating func views() {
        lua_pushvalue(L, viewSlots.views)
        count += 1
    }

    private var viewSlots: LuaViewSlots {
        guard let slots else { preconditionFailure("views need a call made with a LuaViewTemplate") }
        return slots
    }
}

extension LuaFunction {
    /// Calls the function with arguments pushed by `arguments` and hands its first result,
    /// on top of the stack, to `reading` (with ``LuaStack/count()`` and ``LuaStack/element(_:as:)``
    /// for a list). The fast way to pass nested data both ways: no `LuaValue` trees.
    ///
    /// - Parameter views: the template for ``LuaArguments/view(fields:_:)`` and its kin.
    public func call<R>(views template: LuaViewTemplate? = nil, _ arguments: (inout LuaArguments) -> Void,
                        reading: (LuaStack) -> R) throws(LuaError) -> R {
        let core = reference.core
        let L = core.state
        let stack = reference._beginCall()
        // Room for the scratch slots, the arguments and the writer's nesting; the manual
        // promises only LUA_MINSTACK free slots.
        guard lua_checkstack(L, Self.stackReserve) != 0 else {
            stack._restore()
            throw LuaError(kind: .memory, message: "no room on the Lua stack for the call's arguments")
        }
        // Scratch slots for building views sit above the function until the arguments are
        // pushed, then move to the top and go.
        let slots = template.map { LuaViewSlots(pushing: $0, core: core) }
        var pushed = LuaArguments(core: core, slots: slots)
        arguments(&pushed)
        if pushed.tooDeep {
            stack._restore()
            throw LuaError(kind: .memory, message: "data nested too deeply to pass to Lua")
        }
        if let slots {
            lua_rotate(L, slots.views, -slots.size)
            lua_settop(L, -slots.size - 1)
        }
        try reference._finishCall(stack: stack, arguments: pushed.count)
        defer { stack._restore() }
        return reading(stack)
    }
}

extension LuaFunction {
    /// Stack slots reserved for ``call(views:_:reading:)``: the scratch slots of a template
    /// with a few metamethods, a dozen arguments and tables nested a dozen deep.
    static let stackReserve: Int32 = 64
}

extension LuaStack {
    /// The raw length of the table on top (0 for any other value).
    public func count() -> Int {
        lua_type(L, -1) == LUA_TTABLE ? Int(lua_rawlen(L, -1)) : 0
    }

    /// Element `index` (1-based, raw) of the table on top as `R`; `nil` when it is not an `R`.
    public func element<R: LuaReadable>(_ index: Int, as type: R.Type) -> R? {
        guard lua_type(L, -1) == LUA_TTABLE else { return nil }
        lua_rawgeti(L, -1, lua_Integer(index))
        defer { clua_pop(L, 1) }
        return R.read(from: self)
    }
}
