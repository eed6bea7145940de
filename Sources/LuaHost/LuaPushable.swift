// Public imports so the hot call path below can be inlined into callers.
public import CLua
public import CLuaRuntime

/// The top of a state's stack, for values that push and read themselves
/// without boxing into `LuaValue`. A plain pair of words: no reference counting.
public struct LuaStack {
    @usableFromInline let L: OpaquePointer
    /// The stack top before a call began.
    @usableFromInline let base: Int32

    @usableFromInline
    init(L: OpaquePointer, base: Int32 = 0) {
        self.L = L
        self.base = base
    }

    public func push(_ value: LuaValue) { LuaStateCore.push(value, onto: L) }
    @inlinable public func push(_ value: Int64) { lua_pushinteger(L, value) }
    @inlinable public func push(_ value: Double) { lua_pushnumber(L, value) }
    @inlinable public func push(_ value: Bool) { lua_pushboolean(L, value ? 1 : 0) }
    public func push(_ value: String) { LuaStateCore.pushString(value, onto: L) }

    /// The integer on top, else `nil` (a float is not an integer, even 3.0).
    @inlinable public func integerOnTop() -> Int64? {
        lua_isinteger(L, -1) != 0 ? clua_tointegerx(L, -1, nil) : nil
    }
    @inlinable public func numberOnTop() -> Double? {
        lua_type(L, -1) == LUA_TNUMBER ? clua_tonumberx(L, -1, nil) : nil
    }
    @inlinable public func booleanOnTop() -> Bool? {
        lua_type(L, -1) == LUA_TBOOLEAN ? lua_toboolean(L, -1) != 0 : nil
    }
    public func stringOnTop() -> String? {
        guard lua_type(L, -1) == LUA_TSTRING else { return nil }
        var length = 0
        guard let pointer = lua_tolstring(L, -1, &length) else { return nil }
        return String(decoding: UnsafeRawBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    /// Drops everything above `base`.
    @inlinable
    func _restore() { lua_settop(L, base) }
}

/// A Swift value that can be passed to Lua directly (no array, no `LuaValue` box).
public protocol LuaPushable {
    func push(onto stack: LuaStack)
}

extension Int64: LuaPushable { @inlinable public func push(onto stack: LuaStack) { stack.push(self) } }
extension Int: LuaPushable { @inlinable public func push(onto stack: LuaStack) { stack.push(Int64(self)) } }
extension Double: LuaPushable { @inlinable public func push(onto stack: LuaStack) { stack.push(self) } }
extension Bool: LuaPushable { @inlinable public func push(onto stack: LuaStack) { stack.push(self) } }
extension String: LuaPushable { @inlinable public func push(onto stack: LuaStack) { stack.push(self) } }
extension LuaValue: LuaPushable { @inlinable public func push(onto stack: LuaStack) { stack.push(self) } }

/// A Swift value that can be read from a Lua result without a `LuaValue` box.
public protocol LuaReadable {
    /// Reads the value on top of the stack; `nil` when it has another type.
    static func read(from stack: LuaStack) -> Self?
}

extension Int64: LuaReadable {
    @inlinable public static func read(from stack: LuaStack) -> Int64? { stack.integerOnTop() }
}
extension Double: LuaReadable {
    @inlinable public static func read(from stack: LuaStack) -> Double? { stack.numberOnTop() }
}
extension Bool: LuaReadable {
    @inlinable public static func read(from stack: LuaStack) -> Bool? { stack.booleanOnTop() }
}
extension String: LuaReadable {
    @inlinable public static func read(from stack: LuaStack) -> String? { stack.stringOnTop() }
}

// Fixed arities rather than a parameter pack: packs are not specialised
// across modules today and cost several retains per call.
extension LuaFunction {
    /// Calls the function and reads its first result as `R` (`nil` when it is not an `R`).
    ///
    /// The fastest way to call Lua from Swift: no arrays, no `LuaValue` boxes.
    @inlinable
    public func call<R: LuaReadable>(returning: R.Type) throws(LuaError) -> R? {
        let stack = reference._beginCall()
        try reference._finishCall(stack: stack, arguments: 0)
        defer { stack._restore() }
        return R.read(from: stack)
    }

    @inlinable
    public func call<R: LuaReadable, A: LuaPushable>(_ a: A, returning: R.Type) throws(LuaError) -> R? {
        let stack = reference._beginCall()
        a.push(onto: stack)
        try reference._finishCall(stack: stack, arguments: 1)
        defer { stack._restore() }
        return R.read(from: stack)
    }

    @inlinable
    public func call<R: LuaReadable, A: LuaPushable, B: LuaPushable>(_ a: A, _ b: B, returning: R.Type)
        throws(LuaError) -> R?
    {
        let stack = reference._beginCall()
        a.push(onto: stack)
        b.push(onto: stack)
        try reference._finishCall(stack: stack, arguments: 2)
        defer { stack._restore() }
        return R.read(from: stack)
    }

    @inlinable
    public func call<R: LuaReadable, A: LuaPushable, B: LuaPushable, C: LuaPushable>(
        _ a: A, _ b: B, _ c: C, returning: R.Type
    ) throws(LuaError) -> R? {
        let stack = reference._beginCall()
        a.push(onto: stack)
        b.push(onto: stack)
        c.push(onto: stack)
        try reference._finishCall(stack: stack, arguments: 3)
        defer { stack._restore() }
        return R.read(from: stack)
    }
}

extension LuaReference {
    /// Pushes the message handler and this function; returns the stack to push arguments onto
    /// (the calling thread's inside a host function, else the main thread's).
    @inlinable
    func _beginCall() -> LuaStack {
        precondition(!closed.pointee, "the Lua state is closed")
        let L = calling.pointee ?? self.L
        return LuaStack(L: L, base: clua_call_begin(L, ref))
    }

    /// Calls with the pushed arguments, leaving one result on top; on error restores the stack.
    @inlinable
    func _finishCall(stack: LuaStack, arguments: Int32) throws(LuaError) {
        var reason: Int32 = 0
        let status = clua_runtime_pcall(runtime, stack.L, arguments, 1, stack.base + 1, &reason)
        if status == LUA_OK && reason == 0 { return }
        try _fail(stack: stack, status: status, reason: reason)
    }

    @usableFromInline
    func _fail(stack: LuaStack, status: Int32, reason: Int32) throws(LuaError) {
        defer { stack._restore() }
        try core.failCall(status: status, stopReason: reason)
    }
}
