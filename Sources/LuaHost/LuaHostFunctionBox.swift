import CLua
import CLuaRuntime

/// Owns a host function for as long as the Lua closure exists.
final class LuaHostFunctionBox {
    let name: String
    let body: LuaHostFunction
    unowned(unsafe) let core: LuaStateCore

    init(name: String, body: @escaping LuaHostFunction, core: LuaStateCore) {
        self.name = name
        self.body = body
        self.core = core
    }
}

/// Holds a Swift value inside a userdata.
final class LuaObjectBox<T> {
    let value: T
    init(_ value: T) { self.value = value }
}

/// Releases the Swift object of a box; called once by the box's `__gc`.
func releaseBoxContext(_ context: UnsafeMutableRawPointer?) {
    guard let context else { return }
    Unmanaged<AnyObject>.fromOpaque(context).release()
}

/// The entry from the C trampoline into Swift. Returns the number of results,
/// or -1 with an error message pushed; the trampoline raises it from C.
/// The trampoline marks the runtime "in host" around this call, so the
/// plugin's memory limit does not apply to what Swift pushes.
/// Written as a C-convention closure so no thunk sits between C and Swift.
/// While the body runs, the core works on the thread the function was called on (a
/// coroutine, say), so everything it reads and pushes is on the right stack.
let dispatchHostFunction: @convention(c) (OpaquePointer?, UnsafeMutableRawPointer?) -> Int32 = { L, context in
    Unmanaged<LuaHostFunctionBox>.fromOpaque(context.unsafelyUnwrapped)._withUnsafeGuaranteedRef { box in
        let L = L.unsafelyUnwrapped
        let calling = box.core.calling
        let previous = calling.pointee
        calling.pointee = L
        defer { calling.pointee = previous }
        do {
            return try box.body(LuaCall(L: L, box: box))
        } catch {
            return pushError(error, L)
        }
    }
}

/// Pushes `where: message` for the trampoline to raise; returns -1.
@inline(never)
func pushError(_ error: any Error, _ L: OpaquePointer) -> Int32 {
    _ = lua_checkstack(L, 3)  // the function may have used its slots for results
    luaL_where(L, 1)  // the Lua code that called us, as luaL_error reports it
    LuaStateCore.pushString(LuaStateCore.message(of: error), onto: L)
    lua_concat(L, 2)
    return -1
}

extension LuaStateCore {
    static func message(of error: any Error) -> String {
        switch error {
        case let error as LuaError: error.description
        case let error as LuaArgumentError: error.message
        case let error as LuaHostError: error.message
        default: String(describing: error)
        }
    }

    /// Pushes the shared metatable of boxes, creating it once. [-0, +1]
    func pushBoxMetatable() {
        let L = state
        if luaL_newmetatable(L, "smkit.box") != 0 {
            lua_pushcclosure(L, clua_box_gc, 0)
            lua_setfield(L, -2, "__gc")
            lua_pushboolean(L, 0)
            lua_setfield(L, -2, "__metatable")
        }
    }

    /// Pushes a host function as a Lua closure. [-0, +1]
    func pushFunction(name: String, _ body: @escaping LuaHostFunction) {
        let L = state
        let box = LuaHostFunctionBox(name: name, body: body, core: self)
        clua_newbox(L, Unmanaged.passRetained(box).toOpaque(), releaseBoxContext, 0)
        pushBoxMetatable()
        lua_setmetatable(L, -2)
        clua_pushhostclosure(L, dispatchHostFunction)
    }

    /// Pushes a Swift value as userdata of its registered type. [-0, +1]
    func push<T>(object: T) {
        let L = state
        guard let name = typeNames[ObjectIdentifier(T.self)] else {
            preconditionFailure("host type \(T.self) was not registered with registerType")
        }
        clua_newbox(L, Unmanaged.passRetained(LuaObjectBox(object)).toOpaque(), releaseBoxContext, 1)
        luaL_setmetatable(L, name)
    }
}
