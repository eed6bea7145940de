import CLua
import CLuaRuntime

/// The shared core of a `LuaState`: the raw state and the stack-level operations.
///
/// References keep the core alive, so a reference outliving its `LuaState`
/// finds the state closed instead of dangling. Stack effects are noted as
/// [-pop, +push]; debug builds assert the balance.
final class LuaStateCore {
    /// The main thread of the state. A `let`, so hot paths pay no exclusivity checks;
    /// `closed` records whether it may still be used.
    private let raw: OpaquePointer
    private let closed: UnsafeMutablePointer<Bool>
    /// The thread a host function was called on while it runs, else `nil`: every
    /// operation during a host call uses the calling thread, coroutines included.
    let calling: UnsafeMutablePointer<OpaquePointer?>
    /// The C runtime: limits, accounts, watchdog, interrupts. Reference counted,
    /// so interrupt handles keep it alive after the state is closed.
    let runtime: OpaquePointer
    let profile: LuaSandboxProfile
    /// Registry names of userdata types by Swift type.
    var typeNames: [ObjectIdentifier: String] = [:]
    /// The plugin sandbox: its base table and its environment factory.
    var sandbox: (base: LuaTable, freeze: LuaFunction, newEnvironment: LuaFunction)?
    /// How much a copy between Lua and Swift may hold (see ``LuaCopyBudget``).
    var copyBudget: LuaCopyBudget
    /// The limits this state was created with (or last given).
    var limits: LuaLimits

    init(profile: LuaSandboxProfile, limits: LuaLimits) throws(LuaError) {
        self.profile = profile
        guard let runtime = clua_runtime_new(limits.cLimits) else {
            throw LuaError(kind: .memory, message: "cannot allocate the Lua runtime")
        }
        self.runtime = runtime
        guard let L = clua_runtime_newstate(runtime) else {
            clua_runtime_release(runtime)
            throw LuaError(kind: .memory, message: "cannot create a Lua state (out of memory)")
        }
        self.raw = L
        self.closed = .allocate(capacity: 1)
        self.closed.initialize(to: false)
        self.calling = .allocate(capacity: 1)
        self.calling.initialize(to: nil)
        self.copyBudget = LuaCopyBudget(limits: limits)
        self.limits = limits
        lua_atpanic(L, clua_panic)
    }

    deinit {
        close()
        clua_runtime_release(runtime)
        closed.deallocate()
        calling.deallocate()
    }

    func close() {
        guard !closed.pointee else { return }
        clua_runtime_closestate(runtime)  // runs every box's __gc, releasing the Swift objects Lua held
        closed.pointee = true
        sandbox = nil
    }

    /// Set once the state is closed; references read it without retaining the core.
    var closedFlag: UnsafeMutablePointer<Bool> { closed }

    /// The main thread while the state is open, else `nil`.
    var L: OpaquePointer? { closed.pointee ? nil : raw }

    /// The main thread, for registry bookkeeping that must not touch a coroutine.
    var mainThread: OpaquePointer { raw }

    /// The thread to work on: the calling thread inside a host function, else the main
    /// thread. Using a closed state is a programming error.
    var state: OpaquePointer {
        precondition(!closed.pointee, "the Lua state is closed")
        return calling.pointee ?? raw
    }

    // MARK: Pushing and reading

    /// Pushes a value. [-0, +1]
    func push(_ value: LuaValue) { Self.push(value, onto: state) }

    /// Pushes a value onto `L`, which must be this value's state. [-0, +1]
    static func push(_ value: LuaValue, onto L: OpaquePointer) {
        switch value {
        case .nil: lua_pushnil(L)
        case .boolean(let b): lua_pushboolean(L, b ? 1 : 0)
        case .integer(let i): lua_pushinteger(L, i)
        case .number(let d): lua_pushnumber(L, d)
        case .string(let s): pushBytes(s.bytes, onto: L)
        case .table(let t): t.reference.push(L)
        case .function(let f): f.reference.push(L)
        case .userdata(let u): u.reference.push(L)
        case .lightUserdata(let p): lua_pushlightuserdata(L, p)
        case .thread(let r): r.push(L)
        }
    }

    /// Pushes a byte string. [-0, +1]
    func pushBytes(_ bytes: [UInt8]) { Self.pushBytes(bytes, onto: state) }

    static func pushBytes(_ bytes: [UInt8], onto L: OpaquePointer) {
        bytes.withUnsafeBufferPointer { buffer in
            pushBuffer(UnsafeRawBufferPointer(buffer), onto: L)
        }
    }

    /// Pushes raw bytes; an empty buffer may have no base address. [-0, +1]
    static func pushBuffer(_ buffer: UnsafeRawBufferPointer, onto L: OpaquePointer) {
        if let base = buffer.baseAddress, buffer.count > 0 {
            _ = lua_pushlstring(L, base.assumingMemoryBound(to: CChar.self), buffer.count)
        } else {
            _ = lua_pushstring(L, "")
        }
    }

    /// Pushes a Swift string as UTF-8 bytes. [-0, +1]
    func pushString(_ string: String) { Self.pushString(string, onto: state) }

    static func pushString(_ string: String, onto L: OpaquePointer) {
        var string = string
        string.withUTF8 { buffer in pushBuffer(UnsafeRawBufferPointer(buffer), onto: L) }
    }

    /// Pushes detached data, creating fresh tables. [-0, +1] on success, [-0, +0] when it throws.
    func push(_ data: LuaData) throws(LuaError) {
        var copier = LuaCopier(L: state, budget: copyBudget)
        try copier.push(data)
    }

    /// Reads the value at `index` without converting or popping. [-0, +0]
    func value(at index: Int32) -> LuaValue {
        let L = state
        switch lua_type(L, index) {
        case LUA_TBOOLEAN:
            return .boolean(lua_toboolean(L, index) != 0)
        case LUA_TNUMBER:
            if lua_isinteger(L, index) != 0 { return .integer(clua_tointegerx(L, index, nil)) }
            return .number(clua_tonumberx(L, index, nil))
        case LUA_TSTRING:
            return .string(LuaString(bytes: bytes(at: index)))
        case LUA_TTABLE:
            return .table(LuaTable(reference(at: index)))
        case LUA_TFUNCTION:
            return .function(LuaFunction(reference(at: index)))
        case LUA_TUSERDATA:
            return .userdata(LuaUserdata(reference(at: index)))
        case LUA_TLIGHTUSERDATA:
            return .lightUserdata(lua_touserdata(L, index))
        case LUA_TTHREAD:
            return .thread(reference(at: index))
        default:
            return .nil
        }
    }

    /// The bytes of the string at `index` (which must be a string). [-0, +0]
    func bytes(at index: Int32) -> [UInt8] {
        var length = 0
        guard let pointer = lua_tolstring(state, index, &length) else { return [] }
        return pointer.withMemoryRebound(to: UInt8.self, capacity: length) {
            Array(UnsafeBufferPointer(start: $0, count: length))
        }
    }

    /// A registry reference to the value at `index`. [-0, +0]
    func reference(at index: Int32) -> LuaReference {
        lua_pushvalue(state, index)
        return LuaReference(core: self, popping: state)
    }

    /// A deep copy of the value at `index`: shared tables are copied once, a table that
    /// contains itself becomes `<cycle>`; too deep or too large a value throws. [-0, +0]
    func detach(at index: Int32) throws(LuaError) -> LuaData {
        var copier = LuaCopier(L: state, budget: copyBudget)
        return try copier.detach(at: index)
    }

    func rawEqual(_ a: LuaValue, _ b: LuaValue) -> Bool {
        push(a)
        push(b)
        defer { clua_pop(state, 2) }
        return lua_rawequal(state, -1, -2) != 0
    }

    // MARK: Calls

    /// Calls `function` with `arguments` under the message handler and the limits.
    func call(_ function: LuaValue, _ arguments: [LuaValue], results: Int32 = LUA_MULTRET) throws(LuaError) -> [LuaValue] {
        let L = state
        let base = lua_gettop(L)
        defer { lua_settop(L, base) }
        try reserve(arguments.count + 2, for: "the call's arguments")
        lua_pushcclosure(L, clua_msgh, 0)
        push(function)
        for argument in arguments { push(argument) }
        try protectedCall(arguments: Int32(arguments.count), results: results, handler: base + 1)
        let count = lua_gettop(L) - base - 1
        var values: [LuaValue] = []
        values.reserveCapacity(Int(count))
        for i in 0..<count { values.append(value(at: base + 2 + i)) }
        return values
    }

    /// Calls a C function protected with the given arguments (for metamethod-running operations).
    func protected(_ function: lua_CFunction, _ arguments: [LuaValue], results: Int32) throws(LuaError) -> [LuaValue] {
        let L = state
        let base = lua_gettop(L)
        defer { lua_settop(L, base) }
        try reserve(arguments.count + Int(max(results, 0)) + 2, for: "the call's arguments")
        lua_pushcclosure(L, clua_msgh, 0)
        lua_pushcclosure(L, function, 0)
        for argument in arguments { push(argument) }
        try protectedCall(arguments: Int32(arguments.count), results: results, handler: base + 1)
        return (0..<results).map { value(at: base + 2 + $0) }
    }

    /// Makes room for `slots` more values on the stack, or throws naming what needed it.
    func reserve(_ slots: Int, for what: String) throws(LuaError) {
        guard slots > 0 else { return }
        guard slots < LuaCopier.maxStackSlots, lua_checkstack(state, Int32(slots)) != 0 else {
            throw LuaError(kind: .runtime, message: "too many values for the Lua stack (\(slots) for \(what))")
        }
    }

    /// `lua_pcall` between the runtime's begin and end; on failure turns the
    /// error on top into a `LuaError` and leaves the stack to the caller.
    func protectedCall(arguments: Int32, results: Int32, handler: Int32) throws(LuaError) {
        let L = state
        var reason: Int32 = 0
        let status = clua_runtime_pcall(runtime, L, arguments, results, handler, &reason)
        if status == LUA_OK && reason == Int32(CLUA_STOP_NONE) { return }
        try failCall(status: status, stopReason: reason)
    }

    /// The slow path of a failed call: builds the error, frees what stopped code left.
    func failCall(status: Int32, stopReason reason: Int32) throws(LuaError) {
        let L = state
        let error = makeError(status: status, stopReason: reason)
        if reason != Int32(CLUA_STOP_NONE) {
            // Free what the stopped code left behind, so the state goes on working.
            _ = clua_gc(L, LUA_GCCOLLECT)
        }
        throw error
    }

    /// Builds a `LuaError` from the value on top of the stack. [-0, +0]
    ///
    /// A stopped call always gives the same error for the same limit, whatever value
    /// the stopped code left: the kind and message name the limit, and the location is
    /// where Lua code was stopped, when that is known.
    func makeError(status: Int32, stopReason: Int32) -> LuaError {
        let L = state
        lua_getfield(L, clua_registryindex(), clua_tracebackkey())
        let traceback = value(at: -1).stringValue
        clua_pop(L, 1)
        lua_pushnil(L)
        lua_setfield(L, clua_registryindex(), clua_tracebackkey())

        var kind: LuaError.Kind
        switch status {
        case LUA_ERRSYNTAX: kind = .syntax
        case LUA_ERRMEM: kind = limits.memoryBytes != nil ? .limit(.memory) : .memory
        case LUA_ERRERR: kind = .errorInHandler
        case LUA_ERRERR + 1: kind = .file  // LUA_ERRFILE, a macro Swift cannot import
        default: kind = .runtime
        }
        switch Int(stopReason) {
        case Int(CLUA_STOP_INSTRUCTIONS): kind = .limit(.instructions)
        case Int(CLUA_STOP_TIME): kind = .limit(.time)
        case Int(CLUA_STOP_MEMORY): kind = .limit(.memory)
        case Int(CLUA_STOP_INTERRUPT): kind = .limit(.interrupt)
        default: break
        }
        if case .limit(let limit) = kind {
            var error = LuaError(kind: kind, message: limitMessage(limit), traceback: traceback)
            if status != LUA_OK, lua_type(L, -1) == LUA_TSTRING {
                let raw = LuaError(kind: kind, rawMessage: String(decoding: bytes(at: -1), as: UTF8.self))
                (error.chunkName, error.line) = (raw.chunkName, raw.line)
            }
            if error.chunkName == nil, let (chunk, line) = Self.firstLuaFrame(in: traceback) {
                (error.chunkName, error.line) = (chunk, line)
            }
            return error
        }
        switch lua_type(L, -1) {
        case LUA_TSTRING:
            return LuaError(kind: kind, rawMessage: String(decoding: bytes(at: -1), as: UTF8.self), traceback: traceback)
        case LUA_TNUMBER:
            return LuaError(kind: kind, rawMessage: value(at: -1).description, traceback: traceback)
        default:
            // Error objects come from untrusted code: copy them under a small budget.
            var copier = LuaCopier(L: L, budget: .errorObject)
            let object = (try? copier.detach(at: -1)) ?? .opaque("\(String(cString: clua_typename(L, -1))) (too large or too deep to copy)")
            let text = firstLine(of: traceback) ?? "(error object is a \(String(cString: clua_typename(L, -1))) value)"
            return LuaError(kind: kind, message: text, traceback: traceback, object: object)
        }
    }

    /// "memory limit exceeded (64 MiB)" and the like: the same words for every phase.
    func limitMessage(_ limit: LuaLimit) -> String {
        let limits = self.limits
        let detail: String? = switch limit {
        case .memory: limits.memoryBytes.map { LuaLimits.describeBytes($0) }
        case .instructions: limits.instructions.map { "\($0) instructions" }
        case .time: limits.seconds.map { "\(LuaLimits.describeSeconds($0)) of Lua time" }
        case .interrupt: nil
        }
        if limit == .interrupt { return "interrupted" }
        let name = limit == .instructions ? "instruction" : limit.rawValue
        return "\(name) limit exceeded" + (detail.map { " (\($0))" } ?? "")
    }

    /// The first `chunk:line:` of a traceback that is Lua code (not `[C]`).
    static func firstLuaFrame(in traceback: String?) -> (String, Int)? {
        guard let traceback else { return nil }
        for line in traceback.split(separator: "\n").dropFirst() {
            let text = line.drop { $0 == " " || $0 == "\t" }
            guard !text.hasPrefix("[C]"), let colon = text.firstIndex(of: ":") else { continue }
            let digits = text[text.index(after: colon)...].prefix { $0.isNumber }
            if let number = Int(digits), !digits.isEmpty { return (String(text[..<colon]), number) }
        }
        return nil
    }

    private func firstLine(of text: String?) -> String? {
        guard let text, let line = text.split(separator: "\n", maxSplits: 1).first else { return nil }
        return String(line)
    }

    // MARK: Loading

    /// Compiles a chunk; `env`, when given, becomes its `_ENV`. [-0, +0]
    func load(_ bytes: [UInt8], chunkName: String, mode: String, environment: LuaTable?) throws(LuaError) -> LuaFunction {
        let L = state
        let status = (bytes.isEmpty ? [0] : bytes).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                clua_loadbufferx(L, chars.baseAddress!, bytes.count, chunkName, mode)
            }
        }
        if status != LUA_OK {
            let message = String(decoding: self.bytes(at: -1), as: UTF8.self)
            clua_pop(L, 1)
            throw LuaError(kind: status == LUA_ERRSYNTAX ? .syntax : .memory, rawMessage: message)
        }
        if let environment {
            environment.reference.push(L)
            if lua_setupvalue(L, -2, 1) == nil { clua_pop(L, 1) }
        }
        return LuaFunction(LuaReference(core: self, popping: L))
    }
}

extension LuaLimits {
    var cLimits: clua_Limits {
        clua_Limits(
            memoryBytes: memoryBytes.map { max(0, $0) } ?? 0,
            instructions: Int64(instructions ?? 0),
            seconds: seconds ?? 0,
            killGraceSeconds: killGraceSeconds ?? 0,
            hookCount: Int32(clamping: checkInterval))
    }
}
