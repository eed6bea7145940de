public import CLua
import CLuaRuntime

/// A host function: reads its arguments from `call`, pushes its results and
/// returns how many it pushed. A thrown Swift error becomes a Lua error that
/// Lua code can catch with `pcall`.
public typealias LuaHostFunction = (LuaCall) throws -> Int32

/// The arguments and results of one call from Lua into a host function.
///
/// Valid only during that call. Argument indices are Lua's: 1 is the first
/// argument (for a method, 1 is the object itself).
public struct LuaCall {
    @usableFromInline let L: OpaquePointer
    // Unowned: the function outlives every call of it, and a retain per call costs.
    unowned(unsafe) let box: LuaHostFunctionBox

    init(L: OpaquePointer, box: LuaHostFunctionBox) {
        self.L = L
        self.box = box
    }

    var core: LuaStateCore { box.core }

    /// The name the function was registered under, used in argument errors.
    public var functionName: String { box.name }

    /// The number of arguments.
    @inlinable public var argumentCount: Int { Int(lua_gettop(L)) }

    /// The argument at `index` (`nil` past the end).
    public func argument(_ index: Int) -> LuaValue { core.value(at: Int32(index)) }

    /// Every argument.
    public var arguments: [LuaValue] { (0..<argumentCount).map { argument($0 + 1) } }

    /// The Lua type name of the argument at `index` (`no value` past the end).
    public func typeName(_ index: Int) -> String { String(cString: clua_typename(L, Int32(index))) }

    /// An integer argument; accepts floats with an integral value and numeric strings, like `luaL_checkinteger`.
    @inlinable
    public func integer(_ index: Int) throws(LuaArgumentError) -> Int64 {
        var isNumber: Int32 = 0
        let value = clua_tointegerx(L, Int32(index), &isNumber)
        if isNumber == 0 { throw _integerError(index) }
        return value
    }

    @usableFromInline
    func _integerError(_ index: Int) -> LuaArgumentError {
        if lua_isnumber(L, Int32(index)) != 0 { return argumentError(index, "number has no integer representation") }
        return typeError(index, expected: "number")
    }

    public func optionalInteger(_ index: Int) throws(LuaArgumentError) -> Int64? {
        clua_isnoneornil(L, Int32(index)) != 0 ? nil : try integer(index)
    }

    /// A number argument; accepts numeric strings, like `luaL_checknumber`.
    @inlinable
    public func number(_ index: Int) throws(LuaArgumentError) -> Double {
        var isNumber: Int32 = 0
        let value = clua_tonumberx(L, Int32(index), &isNumber)
        if isNumber == 0 { throw _numberError(index) }
        return value
    }

    @usableFromInline
    func _numberError(_ index: Int) -> LuaArgumentError { typeError(index, expected: "number") }

    public func optionalNumber(_ index: Int) throws(LuaArgumentError) -> Double? {
        clua_isnoneornil(L, Int32(index)) != 0 ? nil : try number(index)
    }

    /// A string argument as text (invalid UTF-8 replaced); numbers are converted as Lua does.
    public func string(_ index: Int) throws(LuaArgumentError) -> String {
        String(decoding: try bytes(index).bytes, as: UTF8.self)
    }

    public func optionalString(_ index: Int) throws(LuaArgumentError) -> String? {
        clua_isnoneornil(L, Int32(index)) != 0 ? nil : try string(index)
    }

    /// A string argument as bytes.
    public func bytes(_ index: Int) throws(LuaArgumentError) -> LuaString {
        let type = lua_type(L, Int32(index))
        guard type == LUA_TSTRING || type == LUA_TNUMBER else { throw typeError(index, expected: "string") }
        if type == LUA_TNUMBER {
            // Convert a copy, so the caller's number stays a number.
            lua_pushvalue(L, Int32(index))
            defer { clua_pop(L, 1) }
            return LuaString(bytes: core.bytes(at: -1))
        }
        return LuaString(bytes: core.bytes(at: Int32(index)))
    }

    /// A table argument decoded into a Swift type; a mismatch names the argument and the field.
    public func decode<T: Decodable>(_ type: T.Type, _ index: Int, decoder: LuaDataDecoder = LuaDataDecoder())
        throws(LuaArgumentError) -> T
    {
        let table = try table(index)
        let data: LuaData
        do throws(LuaError) {
            data = try table.detached()
        } catch {
            throw argumentError(index, error.message)
        }
        do {
            return try decoder.decode(type, from: data)
        } catch {
            throw argumentError(index, error.message)
        }
    }

    /// The truthiness of an argument (any value is accepted).
    public func boolean(_ index: Int) -> Bool { lua_toboolean(L, Int32(index)) != 0 }

    public func table(_ index: Int) throws(LuaArgumentError) -> LuaTable {
        guard lua_type(L, Int32(index)) == LUA_TTABLE else { throw typeError(index, expected: "table") }
        return LuaTable(core.reference(at: Int32(index)))
    }

    public func optionalTable(_ index: Int) throws(LuaArgumentError) -> LuaTable? {
        clua_isnoneornil(L, Int32(index)) != 0 ? nil : try table(index)
    }

    public func function(_ index: Int) throws(LuaArgumentError) -> LuaFunction {
        guard lua_type(L, Int32(index)) == LUA_TFUNCTION else { throw typeError(index, expected: "function") }
        return LuaFunction(core.reference(at: Int32(index)))
    }

    /// A host object of type `T` pushed with `LuaState.push(object:)`.
    public func object<T>(_ type: T.Type, _ index: Int) throws(LuaArgumentError) -> T {
        guard let name = core.typeNames[ObjectIdentifier(T.self)] else {
            throw argumentError(index, "host type \(T.self) is not registered")
        }
        guard let pointer = luaL_testudata(L, Int32(index), name) else { throw typeError(index, expected: name) }
        let box = pointer.assumingMemoryBound(to: clua_Box.self)
        guard let context = box.pointee.context else { throw argumentError(index, "\(name) object was released") }
        return Unmanaged<LuaObjectBox<T>>.fromOpaque(context).takeUnretainedValue().value
    }

    // MARK: Results

    /// Pushes a result. [-0, +1]
    public func push(_ value: LuaValue) {
        // Lua promises a host function LUA_MINSTACK (20) free slots; more need room first.
        precondition(lua_checkstack(L, 1) != 0, "Lua stack exhausted by a host function's results")
        core.push(value)
    }
    @inlinable public func push(_ value: Int64) { lua_pushinteger(L, value) }
    @inlinable public func push(_ value: Int) { lua_pushinteger(L, Int64(value)) }
    @inlinable public func push(_ value: Double) { lua_pushnumber(L, value) }
    @inlinable public func push(_ value: Bool) { lua_pushboolean(L, value ? 1 : 0) }
    public func push(_ value: String) { core.pushString(value) }
    /// Pushes detached data as fresh tables; too deep or too large data throws (a Lua error for the caller).
    public func push(_ value: LuaData) throws(LuaError) {
        guard lua_checkstack(L, 1) != 0 else { throw LuaCopier.noStack() }
        try core.push(value)
    }
    public func pushNil() { lua_pushnil(L) }

    /// Pushes a host object as userdata of its registered type.
    public func push<T>(object: T) { core.push(object: object) }

    /// Pushes every value and returns their count, for `return try call.returning(a, b)`.
    public func returning(_ values: LuaValue...) throws(LuaError) -> Int32 {
        try core.reserve(values.count, for: "the results of '\(functionName)'")
        for value in values { core.push(value) }
        return Int32(values.count)
    }

    // MARK: Errors

    /// `bad argument #i to 'name' (message)`, as Lua's own functions word it.
    public func argumentError(_ index: Int, _ message: String) -> LuaArgumentError {
        LuaArgumentError(message: "bad argument #\(index) to '\(functionName)' (\(message))")
    }

    /// `bad argument #i to 'name' (X expected, got Y)`.
    public func typeError(_ index: Int, expected: String) -> LuaArgumentError {
        argumentError(index, "\(expected) expected, got \(typeDescription(index))")
    }

    private func typeDescription(_ index: Int) -> String {
        if luaL_getmetafield(L, Int32(index), "__name") == LUA_TSTRING {
            defer { clua_pop(L, 1) }
            return String(decoding: core.bytes(at: -1), as: UTF8.self)
        }
        if lua_type(L, Int32(index)) == LUA_TNONE { return "no value" }
        return typeName(index)
    }
}

/// A bad argument to a host function; Lua sees the message.
public struct LuaArgumentError: Error, CustomStringConvertible {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}

/// A Swift error with a plain message, for host functions.
public struct LuaHostError: Error, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
