import Testing
@testable import LuaHost

private struct Boom: Error, CustomStringConvertible {
    var description: String { "boom from swift" }
}

private final class Counter: @unchecked Sendable {
    var value = 0
}

private final class Tracked {
    let onDeinit: () -> Void
    init(onDeinit: @escaping () -> Void) { self.onDeinit = onDeinit }
    deinit { onDeinit() }
}

@Suite struct HostFunctionTests {
    @Test func swiftFunctionsAreCallableFromLua() throws {
        let lua = try LuaState()
        lua.register("add") { call in
            call.push(try call.integer(1) + call.integer(2))
            return 1
        }
        #expect(try lua.run("return add(2, 40)").first?.intValue == 42)
    }

    @Test func argumentErrorsNameTheFunctionAndPosition() throws {
        let lua = try LuaState()
        lua.register("add") { call in
            call.push(try call.integer(1) + call.integer(2))
            return 1
        }
        let results = try lua.run("return pcall(function() return add(1, 'x') end)", chunkName: "=args")
        #expect(results[0].boolValue == false)
        #expect(results[1].stringValue?.contains("bad argument #2 to 'add' (number expected, got string)") == true)
        #expect(results[1].stringValue?.hasPrefix("args:1:") == true)
    }

    @Test func swiftThrowBecomesCatchableLuaErrorAndDeferRuns() throws {
        let lua = try LuaState()
        let deferred = Counter()
        lua.register("fail") { _ in
            defer { deferred.value += 1 }
            throw Boom()
        }
        let results = try lua.run("local ok, e = pcall(function() fail() end); return ok, e", chunkName: "=throw")
        #expect(results[0].boolValue == false)
        #expect(results[1].stringValue == "throw:1: boom from swift")
        #expect(deferred.value == 1)
        // Uncaught, it reaches Swift as a LuaError with the location.
        #expect {
            try lua.run("fail()", chunkName: "=uncaught")
        } throws: { error in
            guard let error = error as? LuaError else { return false }
            return error.kind == .runtime && error.message == "boom from swift" && error.line == 1
                && error.traceback?.contains("stack traceback") == true
        }
        #expect(deferred.value == 2)
    }

    @Test func manyFailingHostCallsLeakNothing() throws {
        let lua = try LuaState()
        let alive = Counter()
        lua.register("fail") { _ in
            let object = Tracked { alive.value -= 1 }
            alive.value += 1
            _ = object
            throw Boom()
        }
        try lua.run("for i = 1, 1000 do pcall(fail) end")
        #expect(alive.value == 0)
    }

    @Test func closuresCaptureSwiftState() throws {
        let lua = try LuaState()
        let counter = Counter()
        let increment = lua.function(name: "increment") { call in
            counter.value += Int(try call.optionalInteger(1) ?? 1)
            call.push(counter.value)
            return 1
        }
        lua[global: "increment"] = .function(increment)
        try lua.run("increment(); increment(5)")
        #expect(counter.value == 6)
    }

    @Test func closureIsReleasedWhenLuaCollectsIt() throws {
        let lua = try LuaState()
        let released = Counter()
        do {
            let tracked = Tracked { released.value += 1 }
            lua[global: "f"] = .function(lua.function(name: "f") { _ in _ = tracked; return 0 })
        }
        try lua.run("f(); f = nil")
        lua.collectGarbage()
        #expect(released.value == 1)
    }

    @Test func luaFunctionsAreCallableFromSwift() throws {
        let lua = try LuaState()
        try lua.run("function greet(name) return 'hallo ' .. name, #name end")
        guard case .function(let greet) = lua[global: "greet"] else { Issue.record("no function"); return }
        let results = try greet.call("Welt")
        #expect(results[0].stringValue == "hallo Welt")
        #expect(results[1].intValue == 4)
    }

    @Test func userdataExposesFieldsMethodsAndReleasesTheObject() throws {
        struct Goal { var kpi: String; var target: Double }
        let lua = try LuaState()
        lua.registerType(Goal.self, name: "test.Goal") { type in
            type.field("kpi") { .string(LuaString($0.kpi)) }
            type.field("target") { .number($0.target) }
            type.method("scaled") { goal, call in
                call.push(goal.target * (try call.number(2)))
                return 1
            }
            type.toString { "Goal(\($0.kpi))" }
        }
        lua[global: "goal"] = lua.value(object: Goal(kpi: "followers", target: 1000))
        let results = try lua.run("""
            local keys = {}
            for k, v in pairs(goal) do keys[#keys + 1] = k .. '=' .. tostring(v) end
            return goal.kpi, goal:scaled(2), tostring(goal), goal.missing, table.concat(keys, ','), getmetatable(goal)
            """)
        #expect(results[0].stringValue == "followers")
        #expect(results[1].doubleValue == 2000)
        #expect(results[2].stringValue == "Goal(followers)")
        #expect(results[3].isNil)
        #expect(results[4].stringValue == "kpi=followers,target=1000.0")
        #expect(results[5].stringValue == "test.Goal")  // protected metatable
        let wrongSelf = try lua.run("return pcall(goal.scaled, {}, 2)")
        #expect(wrongSelf[1].stringValue?.contains("test.Goal expected, got table") == true)
        #expect(lua.object(Goal.self, from: lua[global: "goal"])?.kpi == "followers")
    }

    @Test func userdataObjectIsReleasedOnCollection() throws {
        final class Box { let tracked: Tracked; init(_ t: Tracked) { tracked = t } }
        let lua = try LuaState()
        let released = Counter()
        lua.registerType(Box.self, name: "test.Box") { _ in }
        lua[global: "b"] = lua.value(object: Box(Tracked { released.value += 1 }))
        #expect(released.value == 0)
        try lua.run("b = nil")
        lua.collectGarbage()
        #expect(released.value == 1)
    }
}
