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
        var roots: [LuaValue] = []
        roots.reserveCapacity(items.count)
        for item in items {
            core.pushView(item, template: template, views: views)
            roots.append(core.value(at: -1))
            clua_pop(L, 1)
        }
        return (roots, LuaTable(LuaReference(core: core, popping: L)))
    }

    private static func tableCount(_ data: LuaData) -> Int {
        guard case .table(let entries) = data else { return 0 }
        return entries.reduce(1) { $0 + tableCount($1.value) }
    }
}

extension LuaStateCore {
    /// Pushes `data`; each table becomes a proxy recorded in the table at `views`. [-0, +1]
    func pushView(_ data: LuaData, template: LuaViewTemplate, views: Int32) {
        guard case .table(let entries) = data else { return push(data) }
        let L = state
        var sequence = 0
        for entry in entries {
            guard case .integer(let i) = entry.key, i == sequence + 1 else { break }
            sequence += 1
        }
        lua_createtable(L, Int32(clamping: sequence), Int32(clamping: entries.count - sequence))  // data
        for (i, entry) in entries.prefix(sequence).enumerated() {
            pushView(entry.value, template: template, views: views)
            lua_rawseti(L, -2, lua_Integer(i + 1))
        }
        for entry in entries.dropFirst(sequence) {
            if case .nil = entry.key { continue }
            if case .opaque = entry.key { continue }
            if case .number(let d) = entry.key, d.isNaN { continue }
            push(entry.key)
            pushView(entry.value, template: template, views: views)
            lua_rawset(L, -3)
        }
        if let meta = template.dataMetatable {
            meta.reference.push(L)                                       // data meta
            lua_setmetatable(L, -2)                                      // data
        }
        lua_createtable(L, 0, 0)                                         // data proxy
        lua_createtable(L, 0, Int32(template.proxyFields.count + 1))     // data proxy mt
        pushString("__index")
        lua_pushvalue(L, -4)                                             // data proxy mt "__index" data
        lua_rawset(L, -3)                                                // data proxy mt
        for field in template.proxyFields {
            push(field.key)
            push(field.value)
            lua_rawset(L, -3)
        }
        lua_setmetatable(L, -2)                                          // data proxy
        lua_pushvalue(L, -1)                                             // data proxy proxy
        lua_pushvalue(L, -3)                                             // data proxy proxy data
        lua_rawset(L, views)                                             // data proxy
        clua_remove(L, -2)                                               // proxy
    }
}
