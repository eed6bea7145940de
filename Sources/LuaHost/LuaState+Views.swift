import CLua

extension LuaState {
    /// Pushes detached data as read-only views built from `template`.
    ///
    /// Returns one proxy per item and the table that maps every proxy made to its filled
    /// table (the Lua side needs it for `#`, `pairs` and methods, since a proxy's metatable
    /// is hidden by `__metatable`). Keys are pushed as plain values; only values become views.
    public func views(of items: [LuaData], template: LuaViewTemplate) -> (roots: [LuaValue], views: LuaTable) {
        let L = core.state
        let base = lua_gettop(L)
        defer { assert(lua_gettop(L) == base, "stack imbalance in views(of:template:)") }
        let tables = items.reduce(0) { $0 + Self.tableCount($1) }
        lua_createtable(L, 0, Int32(clamping: tables))
        let views = lua_gettop(L)
        // The data metatable and the proxy metatable's keys and values stay on the stack,
        // copied per table from there.
        if let meta = template.dataMetatable { meta.reference.push(L) } else { lua_pushnil(L) }
        core.pushString("__index")
        for field in template.proxyFields {
            core.push(field.key)
            core.push(field.value)
        }
        let fields = ViewFields(index: views + 2, count: Int32(template.proxyFields.count), views: views)
        var roots: [LuaValue] = []
        roots.reserveCapacity(items.count)
        for item in items {
            core.pushView(item, template: template, fields: fields)
            roots.append(core.value(at: -1))
            clua_pop(L, 1)
        }
        lua_settop(L, views)
        return (roots, LuaTable(LuaReference(core: core, popping: L)))
    }

    private static func tableCount(_ data: LuaData) -> Int {
        guard case .table(let entries) = data else { return 0 }
        return entries.reduce(1) { $0 + tableCount($1.value) }
    }
}

/// Where ``LuaStateCore/pushView(_:template:fields:)`` finds what it copies: the views
/// table, the data metatable (or nil), then `"__index"` followed by the template's
/// key/value pairs.
struct ViewFields {
    let index: Int32
    let count: Int32
    let views: Int32
}

extension LuaStateCore {
    /// Pushes `data`; each table becomes a proxy recorded in the views table. [-0, +1]
    func pushView(_ data: LuaData, template: LuaViewTemplate, fields: ViewFields) {
        guard case .table(let entries) = data else { return push(data) }
        let L = state
        let sequence = LuaData.sequenceCount(entries)
        lua_createtable(L, Int32(clamping: sequence), Int32(clamping: entries.count - sequence))  // data
        for (i, entry) in entries.prefix(sequence).enumerated() {
            pushView(entry.value, template: template, fields: fields)
            lua_rawseti(L, -2, lua_Integer(i + 1))
        }
        for entry in entries.dropFirst(sequence) where entry.key.isStorableKey {
            push(entry.key)
            pushView(entry.value, template: template, fields: fields)
            lua_rawset(L, -3)
        }
        if template.dataMetatable != nil {
            lua_pushvalue(L, fields.views + 1)                           // data meta
            lua_setmetatable(L, -2)                                      // data
        }
        lua_createtable(L, 0, 0)                                         // data proxy
        lua_createtable(L, 0, fields.count + 1)                          // data proxy mt
        lua_pushvalue(L, fields.index)                                   // data proxy mt "__index"
        lua_pushvalue(L, -4)                                             // data proxy mt "__index" data
        lua_rawset(L, -3)                                                // data proxy mt
        for i in 0..<fields.count {
            lua_pushvalue(L, fields.index + 1 + 2 * i)                   // ... mt key
            lua_pushvalue(L, fields.index + 2 + 2 * i)                   // ... mt key value
            lua_rawset(L, -3)                                            // ... mt
        }
        lua_setmetatable(L, -2)                                          // data proxy
        lua_pushvalue(L, -1)                                             // data proxy proxy
        lua_pushvalue(L, -3)                                             // data proxy proxy data
        lua_rawset(L, fields.views)                                      // data proxy
        clua_remove(L, -2)                                               // proxy
    }
}
