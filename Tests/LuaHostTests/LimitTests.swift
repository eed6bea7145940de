import Foundation
import Testing
@testable import LuaHost

/// CPU and memory limits, each tried the ways research/lua-hosts.md §4 says they break.
@Suite struct LimitTests {
    private func limited(instructions: Int? = 2_000_000, seconds: Double? = 2, memory: Int? = 16 << 20) throws -> LuaState {
        try LuaState(profile: .plugin, limits: LuaLimits(memoryBytes: memory, instructions: instructions, seconds: seconds))
    }

    private func expectLimit(_ limit: LuaLimit, _ lua: LuaState, _ code: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(sourceLocation: sourceLocation) {
            try lua.run(code, chunkName: "=plugin")
        } throws: { error in
            (error as? LuaError)?.kind == .limit(limit)
        }
        // The host goes on working after the limit.
        #expect((try? lua.run("return 40 + 2").first?.intValue) == 42, sourceLocation: sourceLocation)
    }

    @Test("10: an endless loop hits the instruction limit")
    func endlessLoop() throws {
        expectLimit(.instructions, try limited(), "while true do end")
    }

    @Test("10: pcall cannot swallow the stop")
    func pcallSwallowing() throws {
        expectLimit(.instructions, try limited(), "while true do pcall(function() while true do end end) end")
        expectLimit(.instructions, try limited(), "for i = 1, 1e9 do local ok = pcall(error, 'x') end")
        expectLimit(.instructions, try limited(), "while true do xpcall(function() while true do end end, function(e) return e end) end")
    }

    @Test("10: the wall clock stops code when there is no instruction limit")
    func wallClock() throws {
        expectLimit(.time, try limited(instructions: nil, seconds: 0.2), "while true do end")
    }

    @Test("12: coroutines, including ones created earlier, are stopped")
    func coroutines() throws {
        let lua = try limited()
        expectLimit(.instructions, lua, "coroutine.wrap(function() while true do end end)()")
        expectLimit(.instructions, lua, """
            local co = coroutine.create(function() while true do end end)
            while true do coroutine.resume(co) end
            """)
        // A coroutine created in one call and resumed in a later one.
        _ = try lua.run("spin = coroutine.create(function() while true do coroutine.yield() ; while true do end end end)", chunkName: "=plugin")
        let env = try lua.newEnvironment()
        _ = try lua.run("co = coroutine.create(function() coroutine.yield() while true do end end); coroutine.resume(co)", environment: env)
        #expect {
            try lua.run("coroutine.resume(co); while true do end", chunkName: "=plugin", environment: env)
        } throws: { error in
            (error as? LuaError)?.kind == .limit(.instructions)
        }
    }

    @Test("13: memory: string.rep, table growth and concatenation hit the memory limit")
    func memory() throws {
        let lua = try limited(instructions: nil, seconds: 5)
        expectLimit(.memory, lua, "local s = string.rep('x', 1 << 30)")
        expectLimit(.memory, lua, "local t = {} for i = 1, 1e9 do t[i] = i end")
        expectLimit(.memory, lua, "local s = 'x' while true do s = s .. s end")
        // Catching the out-of-memory error does not make the call succeed.
        expectLimit(.memory, lua, "pcall(string.rep, 'x', 1 << 30) return 'escaped'")
        #expect(lua.memoryUsed < 16 << 20)
    }

    @Test("11: a pathological string pattern is stopped inside C")
    func pathologicalPattern() throws {
        expectLimit(.time, try limited(instructions: nil, seconds: 0.3), "return ('a'):rep(800):find('.-.-.-b')")
        expectLimit(.time, try limited(instructions: nil, seconds: 0.3), "return string.match(('a'):rep(5000), '.-.-.-.-%d')")
        expectLimit(.instructions, try limited(instructions: 5_000_000, seconds: nil), "return ('a'):rep(800):find('.-.-.-b')")
        expectLimit(.time, try limited(instructions: nil, seconds: 0.3), "for w in ('a'):rep(3000):gmatch('.-.-.-b') do end")
        expectLimit(.time, try limited(instructions: nil, seconds: 0.3), "return (('a'):rep(3000)):gsub('.-.-.-b', 'x')")
    }

    @Test("patterns keep their normal results under limits")
    func patternsStillWork() throws {
        let lua = try limited()
        let results = try lua.run("""
            local s = 'Teile diesen Beitrag und markiere 3 Freunde!'
            local first, last, count = s:find('markiere (%d+) Freunde')
            local replaced, n = s:gsub('%s+', '_')
            return first, last, count, replaced, n, ('key=val'):match('(%w+)=(%w+)')
            """, chunkName: "=plugin")
        #expect(results[0].intValue == 26)
        #expect(results[1].intValue == 43)  // as lua5.4 answers
        #expect(results[2].stringValue == "3")
        #expect(results[3].stringValue == "Teile_diesen_Beitrag_und_markiere_3_Freunde!")
        #expect(results[4].intValue == 6)
        #expect(results[5].stringValue == "key" && results[6].stringValue == "val")
    }

    @Test("a trusted state with a time limit also gets interruptible patterns")
    func trustedPatterns() throws {
        let lua = try LuaState(profile: .trusted, limits: LuaLimits(seconds: 0.3))
        expectLimit(.time, lua, "return ('a'):rep(800):find('.-.-.-b')")
    }

    @Test("limits reset for each call")
    func limitsResetPerCall() throws {
        let lua = try limited(instructions: 200_000, seconds: nil, memory: nil)
        for _ in 0..<20 {
            #expect(try lua.run("local s = 0 for i = 1, 10000 do s = s + i end return s", chunkName: "=plugin").first?.intValue == 50_005_000)
        }
    }

    @Test("host functions are not limited by the plugin's memory budget")
    func hostPushesAreNotLimited() throws {
        let lua = try limited(instructions: nil, seconds: nil, memory: 1 << 20)
        let big = String(repeating: "x", count: 4 << 20)
        try lua.expose("big", .function(lua.function(name: "big") { call in call.push(big); return 1 }))
        #expect(try lua.run("return #big()", chunkName: "=plugin").first?.intValue == 4 << 20)
    }

    @Test("an interrupt from another thread stops a running loop", .timeLimit(.minutes(1)))
    func interrupt() throws {
        let lua = try LuaState(profile: .trusted, limits: LuaLimits(seconds: 300))
        let handle = lua.interruptHandle
        // Handshake instead of a sleep: the loop says it started, then the thread stops it.
        // A plain thread, not a Task: the loop blocks one of the few cooperative threads.
        let started = DispatchSemaphore(value: 0)
        lua.register("started") { _ in started.signal(); return 0 }
        let stopper = Thread {
            started.wait()
            handle.interrupt()
        }
        stopper.start()
        #expect {
            try lua.run("started() while true do end")
        } throws: { error in
            (error as? LuaError)?.kind == .limit(.interrupt)
        }
        #expect(try lua.run("return 1").first?.intValue == 1)
    }

    @Test("an interrupt asked for between calls stops the next call at once", .timeLimit(.minutes(1)))
    func interruptBeforeTheCall() throws {
        let lua = try LuaState(profile: .trusted, limits: LuaLimits(instructions: Int.max))
        lua.interruptHandle.interrupt()
        #expect { try lua.run("while true do end") } throws: { ($0 as? LuaError)?.kind == .limit(.interrupt) }
        #expect(try lua.run("return 1").first?.intValue == 1)
    }

    @Test("an interrupt handle outlives its state")
    func handleOutlivesState() throws {
        var lua: LuaState? = try LuaState(profile: .trusted, limits: LuaLimits(instructions: Int.max))
        let handle = lua!.interruptHandle
        lua?.close()
        lua = nil
        handle.interrupt()  // the runtime is still alive: nothing to stop, nothing freed
        handle.clear()
    }
}
