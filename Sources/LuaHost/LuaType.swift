import CLua
import CLuaRuntime

/// Describes how a Swift type appears in Lua as userdata: methods, fields and `tostring`.
///
/// ```swift
/// state.registerType(Goal.self, name: "smkit.Goal") { type in
///     type.field("kpi") { goal in .string(LuaString(goal.kpi)) }
///     type.method("check") { goal, call in call.push(goal.isSmart); return 1 }
///     type.toString { goal in "Goal(\(goal.kpi))" }
/// }
/// ```
public struct LuaType<T> {
    var methods: [(String, (T, LuaCall) throws -> Int32)] = []
    var fields: [String: (T, LuaCall) throws -> Int32] = [:]
    var fieldOrder: [String] = []
    var describe: ((T) -> String)?
    var fallback: ((T, String, LuaCall) throws -> Int32)?

    /// A method called as `object:name(...)`; argument 1 is the object, 2 the first argument.
    public mutating func method(_ name: String, _ body: @escaping (T, LuaCall) throws -> Int32) {
        methods.append((name, body))
    }

    /// A read-only field `object.name`.
    public mutating func field(_ name: String, _ get: @escaping (T) -> LuaValue) {
        if fields[name] == nil { fieldOrder.append(name) }
        fields[name] = { object, call in
            call.push(get(object))
            return 1
        }
    }

    /// A read-only field that pushes its value itself (for nested host objects).
    public mutating func field(_ name: String, push: @escaping (T, LuaCall) throws -> Int32) {
        if fields[name] == nil { fieldOrder.append(name) }
        fields[name] = push
    }

    /// Looks up keys that are neither methods nor fields (return 0 results for "absent").
    public mutating func dynamicField(_ get: @escaping (T, String, LuaCall) throws -> Int32) {
        fallback = get
    }

    /// The text `tostring(object)` shows.
    public mutating func toString(_ describe: @escaping (T) -> String) { self.describe = describe }
}

extension LuaStateCore {
    /// Creates the metatable of a host type in the registry. [-0, +0]
    func register<T>(_ type: LuaType<T>, for swiftType: T.Type, name: String) {
        let L = state
        typeNames[ObjectIdentifier(T.self)] = name
        precondition(luaL_newmetatable(L, name) != 0, "host type name \(name) registered twice")
        let metatable = lua_gettop(L)

        lua_createtable(L, 0, Int32(type.methods.count))                         /* mt methods */
        for (methodName, body) in type.methods {
            pushFunction(name: methodName) { [unowned self] call in
                let object = try call.object(T.self, 1)
                _ = self
                return try body(object, call)
            }
            lua_setfield(L, -2, methodName)
        }
        let fields = type.fields
        let fallback = type.fallback
        let typeName = name
        pushFunction(name: "__index") { call in                                  /* mt methods getter */
            let object = try call.object(T.self, 1)
            guard lua_type(call.L, 2) == LUA_TSTRING else { return 0 }
            let key = try call.string(2)
            if let get = fields[key] {
                lua_settop(call.L, 0)
                return try get(object, call)
            }
            if let fallback {
                lua_settop(call.L, 0)
                return try fallback(object, key, call)
            }
            _ = typeName
            return 0
        }
        lua_pushcclosure(L, clua_index_k, 2)                                     /* mt __index */
        lua_setfield(L, metatable, "__index")

        let describe = type.describe
        pushFunction(name: "__tostring") { call in
            let object = try call.object(T.self, 1)
            call.push(describe?(object) ?? "\(typeName): \(object)")
            return 1
        }
        lua_setfield(L, metatable, "__tostring")
        let order = type.fieldOrder
        pushFunction(name: "__pairs") { call in
            let object = try call.object(T.self, 1)
            // Iterates the fields in declaration order: for k, v in pairs(obj).
            var position = 0
            call.core.pushFunction(name: "next") { inner in
                guard position < order.count else { return 0 }
                let key = order[position]
                position += 1
                lua_settop(inner.L, 0)
                inner.push(key)
                let pushed = try fields[key]!(object, inner)
                if pushed == 0 { inner.pushNil() }
                return 2
            }
            return 1
        }
        lua_setfield(L, metatable, "__pairs")
        lua_pushcclosure(L, clua_box_gc, 0)
        lua_setfield(L, metatable, "__gc")
        pushString(name)
        lua_setfield(L, metatable, "__metatable")                                /* getmetatable -> name */
        clua_pop(L, 1)
    }
}
