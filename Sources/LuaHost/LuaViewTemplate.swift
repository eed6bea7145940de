import CLua

/// How ``LuaViewWriter`` and ``LuaArguments`` turn data into read-only views.
///
/// Every table of the data becomes an empty proxy whose metatable reads through to the
/// filled table (`__index`), plus the template's own fields (typically `__newindex`,
/// `__len`, `__pairs` and `__metatable`). Building the views while pushing costs a
/// fraction of wrapping the same tables from Lua afterwards. All empty tables share one
/// view, made once per template: it cannot be changed, so nothing tells them apart.
public struct LuaViewTemplate {
    let dataMetatable: LuaTable?
    let proxyFields: [(key: LuaValue, value: LuaValue)]
    /// The shared empty view and its (empty) data table.
    let empty: (view: LuaTable, data: LuaTable)

    /// - Parameters:
    ///   - dataMetatable: set on every filled table (for methods on the data), or `nil`.
    ///   - proxyMetatable: its raw fields are copied into each proxy's metatable; an
    ///     `__index` field is ignored, since it always names the filled table.
    public init(dataMetatable: LuaTable?, proxyMetatable: LuaTable) {
        self.dataMetatable = dataMetatable
        proxyFields = proxyMetatable.pairs.filter { $0.key.stringValue != "__index" }
        let core = proxyMetatable.core
        let L = core.state
        let top = lua_gettop(L)
        let slots = LuaViewSlots(pushing: dataMetatable, proxyFields, empty: nil, core: core)
        lua_createtable(L, 0, 0)                                       // data
        lua_pushvalue(L, -1)                                           // data data
        let data = LuaTable(LuaReference(core: core, popping: L))      // data
        slots.finishView(L)                                            // view
        empty = (LuaTable(LuaReference(core: core, popping: L)), data)
        lua_settop(L, top)
    }
}

/// Where the view builders find what they copy, as absolute stack indices: the views
/// table, the data metatable (or nil), the shared empty view (or nil), then `"__index"`
/// followed by the template's key/value pairs.
struct LuaViewSlots {
    let views: Int32
    let count: Int32

    var dataMetatable: Int32 { views + 1 }
    var empty: Int32 { views + 2 }
    var index: Int32 { views + 3 }
    /// How many slots there are.
    var size: Int32 { 4 + 2 * count }

    /// Pushes the slots: a new views table that already maps the shared empty view. [-0, +size]
    init(pushing template: LuaViewTemplate, core: LuaStateCore) {
        self.init(pushing: template.dataMetatable, template.proxyFields, empty: template.empty, core: core)
    }

    init(pushing dataMetatable: LuaTable?, _ proxyFields: [(key: LuaValue, value: LuaValue)],
         empty: (view: LuaTable, data: LuaTable)?, core: LuaStateCore) {
        let L = core.state
        lua_createtable(L, 0, 8)
        views = lua_gettop(L)
        count = Int32(proxyFields.count)
        if let dataMetatable { dataMetatable.reference.push(L) } else { lua_pushnil(L) }
        if let empty {
            empty.view.reference.push(L)
            lua_pushvalue(L, -1)
            empty.data.reference.push(L)
            lua_rawset(L, views)
        } else {
            lua_pushnil(L)
        }
        core.pushString("__index")
        for field in proxyFields {
            core.push(field.key)
            core.push(field.value)
        }
    }

    /// Turns the filled table on top into its view, recorded in the views table. [-1, +1]
    func finishView(_ L: OpaquePointer) {
        if lua_type(L, dataMetatable) != LUA_TNIL {
            lua_pushvalue(L, dataMetatable)                            // data meta
            lua_setmetatable(L, -2)                                    // data
        }
        lua_createtable(L, 0, 0)                                       // data proxy
        lua_createtable(L, 0, count + 1)                               // data proxy mt
        lua_pushvalue(L, index)                                        // data proxy mt "__index"
        lua_pushvalue(L, -4)                                           // data proxy mt "__index" data
        lua_rawset(L, -3)                                              // data proxy mt
        for i in 0..<count {
            lua_pushvalue(L, index + 1 + 2 * i)                        // ... mt key
            lua_pushvalue(L, index + 2 + 2 * i)                        // ... mt key value
            lua_rawset(L, -3)                                          // ... mt
        }
        lua_setmetatable(L, -2)                                        // data proxy
        lua_pushvalue(L, -1)                                           // data proxy proxy
        lua_pushvalue(L, -3)                                           // data proxy proxy data
        lua_rawset(L, views)                                           // data proxy
        clua_remove(L, -2)                                             // proxy
    }

    /// Pushes the shared empty view, or a new one when there is none. [-0, +1]
    func pushEmpty(_ L: OpaquePointer) {
        if lua_type(L, empty) != LUA_TNIL {
            lua_pushvalue(L, empty)
        } else {
            lua_createtable(L, 0, 0)
            finishView(L)
        }
    }

    /// Pushes detached data; each table, key or value, becomes a view. [-0, +1]
    /// The caller makes room on the stack for the data's depth (``LuaData/depth``).
    func push(_ data: LuaData, core: LuaStateCore) {
        let L = core.state
        guard case .table(let entries) = data else {
            switch data {
            case .boolean(let b): lua_pushboolean(L, b ? 1 : 0)
            case .integer(let i): lua_pushinteger(L, i)
            case .number(let d): lua_pushnumber(L, d)
            case .string(let s): LuaStateCore.pushBytes(s.bytes, onto: L)
            default: lua_pushnil(L)
            }
            return
        }
        if entries.isEmpty { return pushEmpty(L) }
        let sequence = LuaData.sequenceCount(entries)
        lua_createtable(L, Int32(clamping: sequence), Int32(clamping: entries.count - sequence))
        for (i, entry) in entries.prefix(sequence).enumerated() {
            push(entry.value, core: core)
            lua_rawseti(L, -2, lua_Integer(i + 1))
        }
        for entry in entries.dropFirst(sequence) where entry.key.isStorableKey {
            push(entry.key, core: core)
            push(entry.value, core: core)
            lua_rawset(L, -3)
        }
        finishView(L)
    }
}
