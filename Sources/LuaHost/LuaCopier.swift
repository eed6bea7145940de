import CLua

/// How much one copy between Lua and Swift may take.
///
/// Values come from untrusted code: a table nested a thousand deep, or fifteen tables
/// that refer to each other four times each (4^14 paths), must end in an error, not in
/// a stack overflow or gigabytes of copies.
struct LuaCopyBudget {
    /// Tables nested deeper than this are refused, both ways.
    var depth: Int
    /// Values a copy may expand to: a table shared by several fields counts once per
    /// use, since everything that later walks the copy walks it that often.
    var values: Int
    /// Bytes of strings a copy may hold.
    var bytes: Int

    init(depth: Int = LuaCopier.maxDepth, values: Int, bytes: Int) {
        self.depth = depth
        self.values = values
        self.bytes = bytes
    }

    /// A budget in proportion to the state's memory limit (a copy may not hold more
    /// than the state could), or a generous one for unlimited states.
    init(limits: LuaLimits) {
        let memory = limits.memoryBytes ?? (1 << 30)
        self.init(values: max(1 << 16, memory / 16), bytes: max(1 << 20, memory))
    }

    /// For error objects, which are only kept for display.
    static let errorObject = LuaCopyBudget(values: 100_000, bytes: 1 << 20)
}

/// The one guarded path for nested values that cross the Lua stack.
///
/// Every recursive read (``detach(at:)``) and push (``push(_:)``) reserves stack space
/// for each level with `lua_checkstack`, refuses values nested deeper than the budget,
/// copies a table that is reachable several ways once (a visited map: shared tables
/// and cycles cost their size, not their paths) and counts what it copies.
struct LuaCopier {
    /// The default nesting cap, far below what Lua's and Swift's stacks can take.
    static let maxDepth = 200
    /// Lua's own cap on stack slots (LUAI_MAXSTACK), less the room calls need.
    static let maxStackSlots = 1_000_000 - 10_000

    let L: OpaquePointer
    var budget: LuaCopyBudget
    private var values = 0
    private var bytes = 0
    /// Tables copied so far, with how many values each expands to.
    private var copied: [UnsafeRawPointer: (data: LuaData, size: Int)] = [:]
    /// Tables being copied now (the path from the root): meeting one again is a cycle.
    private var open: Set<UnsafeRawPointer> = []

    init(L: OpaquePointer, budget: LuaCopyBudget) {
        self.L = L
        self.budget = budget
    }

    // MARK: Lua -> Swift

    /// A deep copy of the value at `index`. [-0, +0]
    mutating func detach(at index: Int32) throws(LuaError) -> LuaData {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        return try detach(lua_absindex(L, index), depth: 0).data
    }

    private mutating func detach(_ index: Int32, depth: Int) throws(LuaError) -> (data: LuaData, size: Int) {
        switch lua_type(L, index) {
        case LUA_TTABLE:
            return try detachTable(index, depth: depth)
        case LUA_TSTRING:
            var length = 0
            let pointer = lua_tolstring(L, index, &length)
            try count(values: 1, bytes: length)
            guard let pointer, length > 0 else { return (.string(LuaString(bytes: [])), 1) }
            let bytes = pointer.withMemoryRebound(to: UInt8.self, capacity: length) {
                Array(UnsafeBufferPointer(start: $0, count: length))
            }
            return (.string(LuaString(bytes: bytes)), 1)
        case LUA_TBOOLEAN:
            try count(values: 1)
            return (.boolean(lua_toboolean(L, index) != 0), 1)
        case LUA_TNUMBER:
            try count(values: 1)
            if lua_isinteger(L, index) != 0 { return (.integer(clua_tointegerx(L, index, nil)), 1) }
            return (.number(clua_tonumberx(L, index, nil)), 1)
        case LUA_TFUNCTION:
            try count(values: 1)
            return (.opaque("function"), 1)
        case LUA_TUSERDATA:
            try count(values: 1)
            return (.opaque("userdata"), 1)
        case LUA_TLIGHTUSERDATA:
            try count(values: 1)
            return (.opaque("light userdata"), 1)
        case LUA_TTHREAD:
            try count(values: 1)
            return (.opaque("thread"), 1)
        default:
            try count(values: 1)
            return (.nil, 1)
        }
    }

    private mutating func detachTable(_ index: Int32, depth: Int) throws(LuaError) -> (data: LuaData, size: Int) {
        guard let pointer = lua_topointer(L, index) else { return (.opaque("table"), 1) }
        if let done = copied[pointer] {
            try count(values: done.size)
            return done
        }
        if open.contains(pointer) {
            try count(values: 1)
            return (.opaque("<cycle>"), 1)
        }
        guard depth < budget.depth else { throw Self.tooDeep(budget.depth) }
        // The key and the value of this level, and one slot for what a conversion needs.
        guard lua_checkstack(L, 3) != 0 else { throw Self.noStack() }
        try count(values: 1)
        open.insert(pointer)
        var size = 1
        var array: [LuaData.Entry] = []
        var rest: [LuaData.Entry] = []
        let n = Int64(lua_rawlen(L, index))
        lua_pushnil(L)
        while lua_next(L, index) != 0 {
            let top = lua_gettop(L)
            let key = try detach(top - 1, depth: depth + 1)
            let value = try detach(top, depth: depth + 1)
            size += key.size + value.size
            if case .integer(let i) = key.data, i >= 1, i <= n {
                array.append(LuaData.Entry(key.data, value.data))
            } else {
                rest.append(LuaData.Entry(key.data, value.data))
            }
            lua_settop(L, top - 1)
        }
        open.remove(pointer)
        array.sort { ($0.key.intKey ?? 0) < ($1.key.intKey ?? 0) }
        rest.sort { $0.key.sortKey < $1.key.sortKey }
        let result = (data: LuaData.table(array + rest), size: size)
        copied[pointer] = result
        return result
    }

    // MARK: Swift -> Lua

    /// Pushes detached data, creating fresh tables. [-0, +1]; [-0, +0] when it throws.
    mutating func push(_ data: LuaData) throws(LuaError) {
        let top = lua_gettop(L)
        do {
            try push(data, depth: 0)
        } catch {
            lua_settop(L, top)
            throw error
        }
    }

    private mutating func push(_ data: LuaData, depth: Int) throws(LuaError) {
        switch data {
        case .nil, .opaque: lua_pushnil(L)
        case .boolean(let b): lua_pushboolean(L, b ? 1 : 0)
        case .integer(let i): lua_pushinteger(L, i)
        case .number(let d): lua_pushnumber(L, d)
        case .string(let s): LuaStateCore.pushBytes(s.bytes, onto: L)
        case .table(let entries):
            guard depth < budget.depth else { throw Self.tooDeep(budget.depth) }
            try count(values: 1 + 2 * entries.count)
            // The table, a key and a value of this level.
            guard lua_checkstack(L, 3) != 0 else { throw Self.noStack() }
            let sequence = LuaData.sequenceCount(entries)
            lua_createtable(L, Int32(clamping: sequence), Int32(clamping: entries.count - sequence))
            for (i, entry) in entries.prefix(sequence).enumerated() {
                try push(entry.value, depth: depth + 1)
                lua_rawseti(L, -2, lua_Integer(i + 1))
            }
            for entry in entries.dropFirst(sequence) where entry.key.isStorableKey {
                try push(entry.key, depth: depth + 1)
                try push(entry.value, depth: depth + 1)
                lua_rawset(L, -3)
            }
        }
    }

    // MARK: Budget

    private mutating func count(values: Int, bytes: Int = 0) throws(LuaError) {
        self.values += values
        self.bytes += bytes
        if self.values > budget.values {
            throw LuaError(kind: .limit(.memory), message:
                "value too large to copy between Lua and the host (more than \(budget.values) values; a table used in several places counts once per use)")
        }
        if self.bytes > budget.bytes {
            throw LuaError(kind: .limit(.memory), message:
                "value too large to copy between Lua and the host (more than \(LuaLimits.describeBytes(budget.bytes)) of strings)")
        }
    }

    static func tooDeep(_ depth: Int) -> LuaError {
        LuaError(kind: .runtime, message: "value nested deeper than \(depth) levels")
    }

    static func noStack() -> LuaError {
        LuaError(kind: .runtime, message: "value nested too deeply for the Lua stack")
    }
}

extension LuaData {
    fileprivate var intKey: Int64? { if case .integer(let i) = self { i } else { nil } }
    /// Orders keys: numbers, then strings, then the rest by description.
    fileprivate var sortKey: String {
        switch self {
        case .integer(let i): "0" + String(format14g: Double(i))
        case .number(let d): "0" + String(format14g: d)
        case .string(let s): "1" + s.description
        default: "2" + description
        }
    }
}
