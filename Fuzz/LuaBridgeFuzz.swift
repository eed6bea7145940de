// Target `lua-bridge`: the value bridge of LuaHost. The input is read as a small program
// (FuzzInput) that builds random LuaData values (nested tables, strings with any bytes,
// integers, floats including NaN and infinities, booleans, opaque values) and random chunks
// (fragments of Lua, or raw bytes of the input), then pushes values, calls functions with
// values as arguments (chunks that return, error with or store the value; a host function
// that echoes or throws), sets and reads table fields and detaches every result, all in one
// plugin-profile state under limits (16 MiB, 1 million instructions, 2 s).
// Errors are fine; a crash, or a push+detach round trip that is not stable, is a bug.
//
// SMKIT_FUZZ_MAX_DEPTH caps how deeply generated values and chunk-built tables nest
// (default 8), SMKIT_FUZZ_MAX_ARGS how many arguments a call gets (default 16): deeper
// nesting and long argument lists overflow the Lua stack today (LuaStateCore pushes without
// lua_checkstack; a fix is under way, see Tests/LuaHostTests/BridgeFuzzRegressionTests.swift).
// Raise both once it is merged (but keep the depth under about 20: the shared-subtable
// fragment builds 2^N detached nodes).
import LuaHost

enum LuaBridgeFuzz {
    static let maxDepth = fuzzSetting("SMKIT_FUZZ_MAX_DEPTH", default: 40)
    static let maxArguments = fuzzSetting("SMKIT_FUZZ_MAX_ARGS", default: 300)

    /// Chunks to compile; `...` are the call's arguments, N is a small count from the input.
    static let fragments: [String] = [
        "return ...",
        "return select('#', ...), ...",
        "local v = ... error(v, 0)",
        "error((...))",
        "error({...})",
        "local t = {...} return t, #t",
        "local a, b = ... return b, a",
        "local t = ... if type(t) == 'table' then t[#t + 1] = t end return t",
        "local t = {} t.self = t t[1] = {t} return t",
        "local t = {} for i = 1, N do t = {t, i, [{i}] = i} end return t",
        "local t = {} for i = 1, N do t = {t, t} end return t",
        "local t = {} for i = 1, N do t[i] = i * 0.5 end t[0/0 == 0/0 and 1 or 2] = 'x' return t",
        "return 0/0, 1/0, -1/0, math.mininteger, math.maxinteger, -0.0, 2^53, 2^63",
        "return string.rep('\\0\\255', N), ('x'):rep(N):byte(1, -1)",
        "return table.unpack({...})",
        "return pcall(error, ...)",
        "return tostring(...), type(...)",
        "return string.format('%q', (...))",
        "local t = ... return next(type(t) == 'table' and t or {})",
        "return function() end, coroutine.create(function() end)",
        "return coroutine.wrap(function(...) coroutine.yield(...) end)(...)",
        "return setmetatable({}, {__index = function() error('index') end, __len = function() return 1.5 end})",
        "return setmetatable({1, 2}, {__pairs = function() error('pairs') end, __name = 'Fake'})",
        "local t = setmetatable({}, {__mode = 'k'}) t[{}] = 1 t[...] = ... return t",
        "while true do end",
        "local s = 'x' while true do s = s .. s end",
        "local t = {} for i = 1, 1e9 do t[i] = {} end",
        "return host(...)",
        "return pcall(host, ...)",
        "local r = {host(...)} return #r, r",
        "store = ... return store",
        "return store",
        "collectgarbage() return collectgarbage('count') > 0",
        "return math.tointeger(...), math.type(...)",
        "local t = {} t[1.0] = 'a' t[2^53] = 'b' t[-0.0] = 'c' return t",
        "return utf8.char(N, 0x10FFFF), utf8.len(tostring(...) or '')",
        "return string.pack('>i8d', N, N / 3)",
    ]

    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        var input = FuzzInput(bytes)
        let limits = LuaLimits(memoryBytes: 16 << 20, instructions: 1_000_000, seconds: 2)
        guard let lua = try? LuaState(profile: .plugin, limits: limits) else { fatalError("no plugin state") }
        defer { lua.close() }
        let echoCount = maxArguments
        lua.register("host") { call in
            let n = call.argumentCount
            if n > 0, case .string(let s) = call.argument(1), s.bytes.first == UInt8(ascii: "!") {
                throw LuaHostError(s.description)
            }
            let data = try call.arguments.prefix(echoCount).map { try $0.detached() }
            for d in data { try call.push(d) }
            return Int32(data.count)
        }
        var pool: [LuaValue] = [.nil]
        var functions: [LuaFunction] = []
        var steps = 0
        while !input.isEmpty && steps < 64 {
            steps += 1
            switch input.choice(10) {
            case 0, 1:
                let data = makeData(&input, depth: 0)
                // Data too deep or too large is refused with an error; anything else round-trips.
                guard let value = try? lua.value(data) else { continue }
                checkRoundTrip(lua, value)
                pool.append(value)
            case 2:
                var source = fragments[input.choice(fragments.count)]
                source = source.replacingOccurrences(of: "N", with: String(input.choice(maxDepth + 1)))
                if let f = try? lua.load(source, chunkName: "=fragment") { functions.append(f) }
            case 3:
                if let f = try? lua.load(bytes: input.string(max: 200), chunkName: "=bytes") { functions.append(f) }
            case 4, 5:
                guard !functions.isEmpty else { continue }
                let f = functions[input.choice(functions.count)]
                let count = input.choice(maxArguments + 1)
                let arguments = (0..<count).map { _ in pool[input.choice(pool.count)] }
                do {
                    let results = try lua.call(.function(f), arguments)
                    for r in results {
                        checkRoundTrip(lua, r)
                        pool.append(r)
                    }
                } catch {
                    _ = error.description
                    if let object = error.object, let value = try? lua.value(object) { pool.append(value) }
                }
            case 6:
                let value = pool[input.choice(pool.count)]
                _ = (try? value.detached())?.description
                _ = (try? value.detached())?.jsonText
            case 7:
                guard case .table(let t) = pool[input.choice(pool.count)] else { continue }
                let key = pool[input.choice(pool.count)]
                let value = pool[input.choice(pool.count)]
                if input.bool() {
                    try? t.set(key, value)
                    _ = try? t.get(key)
                } else if !key.isNil, key.doubleValue.map({ !$0.isNaN }) ?? true {
                    t.rawSet(key, value)
                    _ = t.rawGet(key)
                }
                _ = t.rawLength
                _ = t.pairs.count
                _ = t.arrayValues.count
            case 8:
                let value = pool[input.choice(pool.count)]
                try? lua.expose("exposed", value)
                _ = try? lua[global: "exposed"].detached()
            default:
                if input.bool() { lua.collectGarbage() }
                if pool.count > 32 { pool.removeFirst(pool.count - 32) }
            }
        }
        // The state must still work after whatever the program did.
        guard let after = try? lua.run("return 1 + 1", chunkName: "=after"), after.first?.intValue == 2 else {
            fatalError("the plugin state is broken after a bridge program")
        }
    }

    /// A random value; tables nest at most `maxDepth` levels.
    static func makeData(_ input: inout FuzzInput, depth: Int) -> LuaData {
        switch input.choice(depth >= maxDepth ? 8 : 10) {
        case 0: return .nil
        case 1: return .boolean(input.bool())
        case 2: return .integer(Int64(bitPattern: input.uint64()))
        case 3: return .integer(Int64(Int8(bitPattern: input.byte())))
        case 4:
            let specials: [Double] = [.nan, -.nan, .infinity, -.infinity, 0, -0.0, .ulpOfOne,
                                      .greatestFiniteMagnitude, .leastNonzeroMagnitude, 9007199254740993, 0.5]
            return .number(specials[input.choice(specials.count)])
        case 5: return .number(Double(bitPattern: input.uint64()))
        case 6: return .string(LuaString(bytes: input.string()))
        case 7: return input.bool() ? .opaque("function") : .string(LuaString(bytes: [UInt8](repeating: input.byte(), count: input.choice(4))))
        default:
            let count = input.choice(12)
            var entries: [LuaData.Entry] = []
            for i in 0..<count {
                let key: LuaData = input.choice(3) == 0 ? makeData(&input, depth: depth + 1) : .integer(Int64(i + 1))
                entries.append(LuaData.Entry(key, makeData(&input, depth: depth + 1)))
            }
            return .table(entries)
        }
    }

    /// Once pushed and detached (which drops opaque values and normalises keys), data survives
    /// another push and detach unchanged (NaN compared as NaN).
    static func checkRoundTrip(_ lua: LuaState, _ value: LuaValue) {
        // A value the copier refuses (too deep, too large) is refused the same way both times.
        guard let first = try? lua.value(value.detached()).detached() else { return }
        guard let second = try? lua.value(first).detached() else {
            fatalError("round trip refused the second time:\n\(first)")
        }
        guard same(first, second) else {
            fatalError("round trip not stable:\n\(first)\n\(second)")
        }
    }

    static func same(_ a: LuaData, _ b: LuaData) -> Bool {
        switch (a, b) {
        case (.number(let x), .number(let y)): return x == y || (x.isNaN && y.isNaN)
        case (.table(let x), .table(let y)):
            // Entries with table keys have no order of their own (two tables that look the same
            // sort as equals, and `next` decides): compare those as a multiset.
            guard x.count == y.count else { return false }
            let isTableKey: (LuaData.Entry) -> Bool = { if case .table = $0.key { true } else { false } }
            let (xs, ys) = (x.filter { !isTableKey($0) }, y.filter { !isTableKey($0) })
            guard xs.count == ys.count,
                  zip(xs, ys).allSatisfy({ same($0.key, $1.key) && same($0.value, $1.value) }) else { return false }
            var unmatched = y.filter(isTableKey)
            for entry in x where isTableKey(entry) {
                guard let i = unmatched.firstIndex(where: { same(entry.key, $0.key) && same(entry.value, $0.value) })
                else { return false }
                unmatched.remove(at: i)
            }
            return unmatched.isEmpty
        default: return a == b
        }
    }
}
