import CLua
import CLuaRuntime

/// One Lua 5.4 state with a sandbox profile and resource limits.
///
/// Every operation that enters Lua runs protected and reports failure as a
/// thrown `LuaError`; no Lua error unwinds through Swift. A state is not
/// thread-safe: use it from one thread (make one state per thread for parallel work).
///
/// ```swift
/// let lua = try LuaState()
/// let results = try lua.run("return 1 + 2", chunkName: "=example")
/// ```
public final class LuaState {
    let core: LuaStateCore

    /// The profile the state was created with.
    public var profile: LuaSandboxProfile { core.profile }

    /// Creates a state with the standard library of `profile` and the given limits.
    public init(profile: LuaSandboxProfile = .trusted, limits: LuaLimits = .none) throws(LuaError) {
        core = try LuaStateCore(profile: profile, limits: limits)
        let L = core.state
        lua_settop(L, 0)
        lua_pushcclosure(L, clua_msgh, 0)
        lua_pushcclosure(L, clua_openlibs_k, 0)
        try core.protectedCall(arguments: 0, results: 0, handler: 1)
        lua_settop(L, 0)
        // String patterns run in C where hooks never fire: use the interruptible
        // matcher wherever a CPU limit applies.
        if profile == .plugin || limits.needsHook {
            lua_pushcclosure(L, clua_msgh, 0)
            lua_pushcclosure(L, clua_install_patterns_k, 0)
            try core.protectedCall(arguments: 0, results: 0, handler: 1)
            lua_settop(L, 0)
        }
        if profile == .plugin { try LuaSandbox.install(in: core) }
        // Before any untrusted code: coroutines created later inherit the hook.
        if limits.needsHook { clua_runtime_installhook(core.runtime, L) }
    }

    /// Closes the state; references into it become unusable. Also done on deinit.
    public func close() { core.close() }

    // Closing here, not in the core's deinit, breaks the cycles that run through the
    // registry (references hold the core; the core's sandbox holds references).
    deinit { core.close() }

    // MARK: Running code

    /// Compiles a chunk without running it.
    ///
    /// - Parameters:
    ///   - chunkName: as Lua expects it: `=name` for a literal name, `@path` for a file.
    ///   - environment: the chunk's `_ENV`; in the plugin profile a fresh sandbox environment when `nil`.
    ///   - allowBinary: accept precompiled chunks (trusted profile only; they can crash the VM).
    public func load(
        _ source: String, chunkName: String, environment: LuaTable? = nil, allowBinary: Bool = false
    ) throws(LuaError) -> LuaFunction {
        try load(bytes: Array(source.utf8), chunkName: chunkName, environment: environment, allowBinary: allowBinary)
    }

    public func load(
        bytes: [UInt8], chunkName: String, environment: LuaTable? = nil, allowBinary: Bool = false
    ) throws(LuaError) -> LuaFunction {
        let binary = allowBinary && profile == .trusted
        var environment = environment
        if environment == nil, profile == .plugin { environment = try newEnvironment() }
        return try core.load(bytes, chunkName: chunkName, mode: binary ? "bt" : "t", environment: environment)
    }

    /// Compiles and runs a chunk; returns its results.
    @discardableResult
    public func run(_ source: String, chunkName: String = "=(string)", environment: LuaTable? = nil)
        throws(LuaError) -> [LuaValue]
    {
        try load(source, chunkName: chunkName, environment: environment).call()
    }

    /// Reads, compiles and runs a file with `arguments` as `...`.
    @discardableResult
    public func runFile(_ path: String, arguments: [LuaValue] = [], environment: LuaTable? = nil)
        throws(LuaError) -> [LuaValue]
    {
        try loadFile(path, environment: environment).call(arguments: arguments)
    }

    /// Reads and compiles a file (text only); the chunk name is `@path`.
    public func loadFile(_ path: String, environment: LuaTable? = nil) throws(LuaError) -> LuaFunction {
        guard let bytes = LuaFile.read(path) else {
            throw LuaError(kind: .file, message: "cannot open \(path)")
        }
        var text = bytes[...]
        if text.starts(with: [0x23]) {  // skip a '#!' line, as lua.c does, keeping the line count
            if let newline = text.firstIndex(of: 0x0A) { text = text[newline...] } else { text = [] }
        }
        return try load(bytes: Array(text), chunkName: "@" + path, environment: environment)
    }

    /// Calls a function value protected; returns its results.
    @discardableResult
    public func call(_ function: LuaValue, _ arguments: [LuaValue] = []) throws(LuaError) -> [LuaValue] {
        try core.call(function, arguments)
    }

    // MARK: Globals and values

    /// The global table (in the plugin profile: the sandbox base that every environment reads through).
    public var globals: LuaTable {
        if let sandbox = core.sandbox { return sandbox.base }
        let L = core.state
        lua_rawgeti(L, clua_registryindex(), lua_Integer(LUA_RIDX_GLOBALS))
        return LuaTable(LuaReference(core: core, popping: L))
    }

    /// Reads a global (raw).
    public subscript(global name: String) -> LuaValue {
        get { globals.rawGet(name) }
        set { globals.rawSet(name, newValue) }
    }

    /// Makes `value` a global; in the plugin profile tables become read-only for plugins.
    public func expose(_ name: String, _ value: LuaValue) throws(LuaError) {
        if let sandbox = core.sandbox, case .table = value {
            let frozen = try sandbox.freeze.call(value, .string(LuaString(name)))
            sandbox.base.rawSet(name, frozen.first ?? .nil)
        } else {
            globals.rawSet(name, value)
        }
    }

    /// A new, empty table.
    public func newTable() -> LuaTable {
        let L = core.state
        lua_createtable(L, 0, 0)
        return LuaTable(LuaReference(core: core, popping: L))
    }

    /// Converts detached data into a live value (tables are created).
    public func value(_ data: LuaData) -> LuaValue {
        core.push(data)
        defer { clua_pop(core.state, 1) }
        return core.value(at: -1)
    }

    /// A host function as a Lua function value.
    public func function(name: String, _ body: @escaping LuaHostFunction) -> LuaFunction {
        core.pushFunction(name: name, body)
        return LuaFunction(LuaReference(core: core, popping: core.state))
    }

    /// Registers a host function as a global.
    public func register(_ name: String, _ body: @escaping LuaHostFunction) {
        globals.rawSet(name, .function(function(name: name, body)))
    }

    /// Registers how values of `T` appear in Lua; `name` is the metatable's `__name`.
    public func registerType<T>(_ type: T.Type, name: String, _ describe: (inout LuaType<T>) -> Void) {
        var luaType = LuaType<T>()
        describe(&luaType)
        core.register(luaType, for: type, name: name)
    }

    /// A Swift value as userdata of its registered type.
    public func value<T>(object: T) -> LuaValue {
        core.push(object: object)
        defer { clua_pop(core.state, 1) }
        return core.value(at: -1)
    }

    /// The host object inside a userdata value, when it is of type `T`.
    public func object<T>(_ type: T.Type, from value: LuaValue) -> T? {
        guard case .userdata(let userdata) = value, let name = core.typeNames[ObjectIdentifier(T.self)] else {
            return nil
        }
        let L = core.state
        userdata.reference.push(L)
        defer { clua_pop(L, 1) }
        guard let pointer = luaL_testudata(L, -1, name),
            let context = pointer.assumingMemoryBound(to: clua_Box.self).pointee.context
        else { return nil }
        return Unmanaged<LuaObjectBox<T>>.fromOpaque(context).takeUnretainedValue().value
    }

    /// A fresh plugin environment: its own globals over the read-only base.
    public func newEnvironment() throws(LuaError) -> LuaTable {
        guard let sandbox = core.sandbox else {
            // Trusted: a table whose reads fall through to the globals.
            let env = newTable()
            let meta = newTable()
            meta.rawSet("__index", .table(globals))
            _ = try call(globals.rawGet("setmetatable"), [.table(env), .table(meta)])
            return env
        }
        guard let env = try sandbox.newEnvironment.call().first?.tableValue else {
            throw LuaError(kind: .runtime, message: "sandbox: no environment")
        }
        return env
    }

    // MARK: Limits and memory

    /// Bytes the state holds now.
    public var memoryUsed: Int { clua_runtime_memoryused(core.runtime) }
    /// The most bytes the state has held.
    public var memoryPeak: Int { clua_runtime_memorypeak(core.runtime) }

    /// Changes the limits for later calls.
    public func setLimits(_ limits: LuaLimits) {
        clua_runtime_setlimits(core.runtime, limits.cLimits)
        if limits.needsHook { clua_runtime_installhook(core.runtime, core.state) }
    }

    /// Asks the running call to stop with a `.limit(.interrupt)` error (safe from a signal handler's thread).
    public var interruptHandle: LuaInterruptHandle { LuaInterruptHandle(runtime: core.runtime) }

    /// Gives raw access to the `lua_State` for C interop and benchmarks.
    ///
    /// The body must leave the stack as it found it and must not call anything
    /// that raises a Lua error outside a protected call.
    public func withUnsafeRawState<R>(_ body: (OpaquePointer) throws -> R) rethrows -> R {
        try body(core.state)
    }

    /// Runs a full garbage collection.
    public func collectGarbage() { _ = clua_gc(core.state, LUA_GCCOLLECT) }
}

/// Stops the running call of a state from another thread or a signal handler.
public struct LuaInterruptHandle: @unchecked Sendable {
    let runtime: OpaquePointer
    public func interrupt() { clua_runtime_interrupt(runtime) }
}
