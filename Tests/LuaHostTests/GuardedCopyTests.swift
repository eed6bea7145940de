import Foundation
import Testing
import CLua
@testable import LuaHost

/// The one guarded path for nested values, host calls on the calling thread, per-owner
/// memory and the bounded library functions (issue #11, items 1–4).
struct GuardedCopyTests {
    private func pluginState(memory: Int = 16 << 20) throws -> LuaState {
        try LuaState(profile: .plugin, limits: LuaLimits(memoryBytes: memory, instructions: 5_000_000, seconds: 5))
    }

    @Test("a table nested deeper than the cap fails to detach with a clear error", arguments: [201, 1_000, 100_000])
    func deepDetach(levels: Int) throws {
        let lua = try pluginState(memory: 64 << 20)
        let result = try lua.run("local t = {} for i = 1, \(levels) do t = { t } end return t")
        #expect {
            try result.first?.detached()
        } throws: { error in
            (error as? LuaError)?.message == "value nested deeper than 200 levels"
        }
        #expect(try lua.run("return 1 + 1").first?.intValue == 2)
    }

    @Test("an error object nested 10,000 deep becomes an error, not a crash")
    func deepErrorObject() throws {
        let lua = try pluginState(memory: 64 << 20)
        #expect {
            try lua.run("local t = {} for i = 1, 10000 do t = { t } end error(t)")
        } throws: { error in
            guard let error = error as? LuaError else { return false }
            return error.kind == .runtime && error.object != nil
        }
    }

    @Test("shared tables are copied once: 15 tables of 4^14 paths fail fast instead of filling memory")
    func sharedTables() throws {
        let lua = try pluginState(memory: 64 << 20)
        let clock = ContinuousClock()
        let start = clock.now
        let value = try lua.run("local t = {} for i = 1, 14 do t = { t, t, t, t } end return t").first
        #expect { try value?.detached() } throws: { ($0 as? LuaError)?.kind == .limit(.memory) }
        #expect(clock.now - start < .seconds(5))
        // A table used twice is fine, and both uses read the same data.
        let twice = try lua.run("local p = { 'facebook' } return { a = p, b = p }").first
        let data = try #require(try twice?.detached())
        #expect(data["a"] == data["b"])
        #expect(data["a"].arrayValues == [.string(LuaString("facebook"))])
    }

    @Test("a cycle is cut where it closes")
    func cycle() throws {
        let lua = try pluginState()
        let data = try lua.run("local t = { name = 'x' } t.self = t return t").first?.detached()
        #expect(data?["self"] == .opaque("<cycle>"))
    }

    @Test("pushing data nested deeper than the cap throws and leaves the stack as it was")
    func deepPush() throws {
        let lua = try pluginState()
        var data = LuaData.string(LuaString("leaf"))
        for _ in 0..<300 { data = .array([data]) }
        let top = lua.withUnsafeRawState { lua_gettop($0) }
        #expect { try lua.value(data) } throws: { ($0 as? LuaError)?.message.contains("deeper than 200") == true }
        #expect(lua.withUnsafeRawState { lua_gettop($0) } == top)
        var fine = LuaData.string(LuaString("leaf"))
        for _ in 0..<150 { fine = .array([fine]) }
        #expect(try lua.value(fine).tableValue != nil)
    }

    @Test("a call takes thousands of arguments, as lua5.4 does")
    func manyArguments() throws {
        let lua = try LuaState()
        let count = try lua.load("return select('#', ...)", chunkName: "=n")
            .call(arguments: (1...10_000).map { .integer(Int64($0)) })
        #expect(count.first?.intValue == 10_000)
    }

    @Test("host functions read and push on the thread they were called on, in coroutines too")
    func hostCallsInCoroutines() throws {
        let lua = try LuaState()
        lua.register("echo") { call in
            call.push(call.argument(1))
            return 1
        }
        lua.register("pair") { call in try call.returning(.string(LuaString("a")), call.argument(1)) }
        let result = try lua.run("""
            local n = 0
            for i = 1, 5000 do
              local v = coroutine.wrap(function()
                return coroutine.wrap(function() return echo(i) end)()
              end)()
              if v == i then n = n + 1 end
            end
            local a, b = coroutine.wrap(function() return pair("b") end)()
            return n, a .. b
            """)
        #expect(result.first?.intValue == 5000)
        #expect(result.dropFirst().first?.stringValue == "ab")
    }

    @Test("a script whose live data fits never fails, however much garbage it makes")
    func garbageUnderTheLimit() throws {
        let lua = try pluginState(memory: 20_000_000)
        let result = try lua.run("""
            local live = {}
            for i = 1, 10 do live[i] = string.rep("x", 1000000) .. i end
            for i = 1, 300 do local g = string.rep("y", 1000000) .. i end
            local t = {} for i = 1, 200000 do t[i] = i end
            return #live
            """)
        #expect(result.first?.intValue == 10)
    }

    @Test("a script whose live data exceeds the limit always fails, and pcall cannot swallow it")
    func liveDataOverTheLimit() throws {
        let lua = try pluginState(memory: 20_000_000)
        #expect {
            try lua.run("""
                local live = {}
                for i = 1, 50 do pcall(function() for j = 1, 100 do live[#live + 1] = string.rep("x", 100000) .. j end end) end
                after = true
                """, chunkName: "=hog")
        } throws: { error in
            guard let error = error as? LuaError else { return false }
            return error.kind == .limit(.memory) && error.message.hasPrefix("memory limit exceeded")
        }
        #expect(try lua.run("return after").first?.isNil == true)
    }

    @Test("memory is accounted per owner: one owner's hoard does not count against another")
    func ownersHaveTheirOwnAccounts() throws {
        let lua = try pluginState(memory: 16 << 20)
        let keep = try lua.run("""
            local t = {}
            return function(n) for i = 1, n do t[#t + 1] = string.rep('x', 1 << 20) .. i end end
            """).first
        lua.setOwner(1)
        _ = try lua.call(keep ?? .nil, [.integer(12)])
        #expect(lua.memoryOwned(by: 1) >= 12 << 20)
        // Owner 2 may still use most of its own 16 MiB (a string.rep result is built in a
        // buffer and then copied, so 6 MiB needs 12 for a moment).
        lua.setOwner(2)
        let other = try lua.run("local s = string.rep('y', 6 << 20) return #s")
        #expect(other.first?.intValue == 6 << 20)
        // Owner 1 going over its own limit is stopped, and named.
        lua.setOwner(1)
        #expect { try lua.call(keep ?? .nil, [.integer(8)]) } throws: { ($0 as? LuaError)?.kind == .limit(.memory) }
        #expect(lua.lastStopOwner == 1)
    }

    @Test("the bounded table and string functions behave like the stock ones")
    func boundedFunctionsMatchStock() throws {
        let stock = try LuaState()
        let bounded = try LuaState(profile: .trusted, limits: LuaLimits(instructions: 10_000_000))
        let cases = [
            "local t = {1,2,3,4,5} table.move(t, 2, 4, 1) return table.concat(t, ',')",
            "local t = {1,2,3,4,5} table.move(t, 1, 3, 3) return table.concat(t, ',')",
            "local a, b = {1,2,3}, {} table.move(a, 1, 3, 2, b) return #b, b[1], b[4]",
            "local t = {} table.insert(t, 'a') table.insert(t, 1, 'b') table.insert(t, 2, 'c') return table.concat(t)",
            "local t = {'a','b','c'} local r = table.remove(t, 1) return r, table.concat(t), table.remove(t), #t",
            "local t = {} return table.remove(t), #t",
            "return pcall(table.insert, {1,2}, 5, 'x')",
            "return pcall(table.insert, {}, 1, 2, 3)",
            "return pcall(table.concat, {1, {}, 3})",
            "return table.concat({1, 2.5, 'x'}, '-', 2, 3), table.concat({}, 'x'), table.concat({'a'}, ',', 3)",
            "return string.rep('ab', 3), string.rep('ab', 3, ','), string.rep('x', 0), string.rep('x', -1, ','), string.rep('', 5, '-')",
            "return pcall(string.rep, 'x', math.maxinteger)",
            "local co = coroutine.create(function(a) local b = coroutine.yield(a + 1) return b * 2 end) "
                + "local _, x = coroutine.resume(co, 1) local _, y = coroutine.resume(co, 10) "
                + "return x, y, coroutine.status(co), coroutine.resume(co)",
            "local f = coroutine.wrap(function() error('boom') end) local ok, e = pcall(f) return ok, e",
            "local f = coroutine.wrap(function() error({code = 1}) end) local ok, e = pcall(f) return ok, type(e), e.code",
            "local co = coroutine.create(function() coroutine.yield() end) coroutine.resume(co) return coroutine.close(co), coroutine.status(co)",
            "local log = {} local co = coroutine.create(function() local x <close> = setmetatable({}, {__close = function() log[#log + 1] = 'closed' end}) coroutine.yield() end) coroutine.resume(co) coroutine.close(co) return log[1]",
            "return pcall(coroutine.close, coroutine.running())",
            "local co co = coroutine.wrap(function() return pcall(co) end) return co()",
        ]
        for code in cases {
            let expected = try stock.run(code).map { try $0.detached() }
            let actual = try bounded.run(code).map { try $0.detached() }
            #expect(actual == expected, "\(code)")
        }
    }

    @Test("a coroutine killed by a stop never runs its __close handler, not even in a later call",
          .timeLimit(.minutes(1)))
    func killedCoroutineStaysClosed() throws {
        let lua = try LuaState(profile: .trusted, limits: LuaLimits(instructions: 1_000_000, seconds: 5))
        _ = try lua.run("""
            co = coroutine.create(function()
              local x <close> = setmetatable({}, { __close = function() while true do end end })
              while true do end
            end)
            """, chunkName: "=setup")
        #expect { try lua.run("coroutine.resume(co)") } throws: { ($0 as? LuaError)?.kind == .limit(.instructions) }
        let closed = try lua.run("return coroutine.close(co)")
        #expect(closed.first?.boolValue == false)
        #expect(closed.dropFirst().first?.stringValue?.contains("stopped by a limit") == true)
    }
}
