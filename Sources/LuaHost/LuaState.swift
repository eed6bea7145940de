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
        // Hooks never fire inside C: wherever a CPU limit applies, string patterns and the
        // library functions that can loop in C are replaced by versions that count their
        // work, and the coroutine functions track the running thread (clua_bounded.c).
        if profile == .plugin || limits.needsHook {
            lua_pushcclosure(L, clua_msgh, 0)
            lua_pushcclosure(L, clua_install_bounded_k, 0)
            try core.protectedCall(arguments: 0, results: 0, handler: 1)
            lua_settop(L, 0)
        }
        if profile == .plugin { try LuaSandbox.install(in: core) }
        // Before any untrusted code: coroutines created later inherit the hook.
        if limits.needsHook { clua_runtime_installhook(core.runtime) }
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

    /// Converts detached data into a live value (tables are created); data nested deeper
    /// than the host's cap, or too large for the state's limits, throws.
    public func value(_ data: LuaData) throws(LuaError) -> LuaValue {
        try core.push(data)
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

    /// Changes the limits for later calls. (Memory is accounted per owner only when the
    /// state was created with a memory limit.)
    public func setLimits(_ limits: LuaLimits) {
        clua_runtime_setlimits(core.runtime, limits.cLimits)
        core.limits = limits
        core.copyBudget = LuaCopyBudget(limits: limits)
        if limits.needsHook { clua_runtime_installhook(core.runtime) }
    }

    /// Charges the next call to `owner` (a small number > 0 per plugin; 0 is the host):
    /// its memory is accounted to that owner, and a stop names it (``lastStopOwner``).
    public func setOwner(_ owner: Int) { clua_runtime_setowner(core.runtime, Int32(clamping: owner)) }

    /// The owner whose code ran when the last call was stopped by a limit.
    public var lastStopOwner: Int? {
        let owner = clua_runtime_stopowner(core.runtime)
        return owner < 0 ? nil : Int(owner)
    }

    /// Bytes held by an owner's allocations now.
    public func memoryOwned(by owner: Int) -> Int { clua_runtime_owned(core.runtime, Int32(clamping: owner)) }

    /// The largest owner number ``setOwner(_:)`` accepts.
    public static let maxOwner = Int(CLUA_MAX_OWNERS) - 1

    /// A C function that sets the owner from Lua, for a host's own prelude: code it
    /// runs for several owners in one call charges each segment to its owner, and each
    /// segment gets the whole instruction and time budget. Never give it to plugins.
    public func ownerSwitch() -> LuaFunction {
        let L = core.state
        lua_pushcclosure(L, clua_runtime_setowner_k, 0)
        return LuaFunction(LuaReference(core: core, popping: L))
    }

    /// Stops the running call with a `.limit(.interrupt)` error, or the next call if none
    /// runs (safe from a signal handler and from other threads).
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
///
/// The handle keeps the state's runtime alive, so it may outlive the state: an
/// interrupt after the state was closed does nothing.
public struct LuaInterruptHandle: @unchecked Sendable {
    let owner: RuntimeReference

    init(runtime: OpaquePointer) { owner = RuntimeReference(runtime) }

    /// Stops the running call; when none runs, the next call stops at once.
    public func interrupt() { clua_runtime_interrupt(owner.runtime) }

    /// Forgets an interrupt that no call has taken yet (say, Ctrl-C at an empty prompt).
    public func clear() { clua_runtime_clearinterrupt(owner.runtime) }

    /// One retained reference to a C runtime.
    final class RuntimeReference: @unchecked Sendable {
        let runtime: OpaquePointer
        init(_ runtime: OpaquePointer) {
            clua_runtime_retain(runtime)
            self.runtime = runtime
        }
        deinit { clua_runtime_release(runtime) }
    }
}
