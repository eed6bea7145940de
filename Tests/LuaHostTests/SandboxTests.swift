import Testing
@testable import LuaHost

/// Each test tries one hazard of research/lua-hosts.md §4 from plugin code,
/// asserts the sandbox held, and that the state still works afterwards.
@Suite struct SandboxTests {
    private func plugin() throws -> LuaState { try LuaState(profile: .plugin, limits: .pluginDefault) }

    /// Runs `code` in a fresh plugin environment and returns its results.
    private func run(_ lua: LuaState, _ code: String) throws -> [LuaValue] {
        try lua.run(code, chunkName: "=plugin")
    }

    private func stillWorks(_ lua: LuaState) throws {
        #expect(try run(lua, "return ('ok'):upper()").first?.stringValue == "OK")
    }

    @Test("1: binary chunks are refused and string.dump is gone")
    func binaryChunks() throws {
        let lua = try plugin()
        #expect(try run(lua, "return string.dump, ('').dump").allSatisfy { $0.isNil })
        // A real binary chunk, made by a trusted state.
        let trusted = try LuaState()
        guard case .string(let bytecode) = try trusted.run("return string.dump(function() return 1 end)").first else {
            Issue.record("no bytecode"); return
        }
        let loader = try lua.load("local code = ...; return load(code)", chunkName: "=plugin")
        let results = try loader.call(.string(bytecode))
        #expect(results[0].isNil)
        #expect(results[1].stringValue?.contains("binary chunk") == true)
        let explicit = try lua.load("local code = ...; return load(code, 'x', 'b')", chunkName: "=plugin").call(.string(bytecode))
        #expect(explicit[0].isNil)
        // The host refuses binary chunks for plugin states even when asked.
        #expect(throws: LuaError.self) {
            try lua.load(bytes: bytecode.bytes, chunkName: "=bin", allowBinary: true)
        }
        try stillWorks(lua)
    }

    @Test("2: load runs in the plugin's own environment, never the real globals")
    func loadEnvironment() throws {
        let lua = try plugin()
        let results = try run(lua, """
            secret = 'mine'
            local f = load("return io, os.execute, secret, debug")
            return f()
            """)
        #expect(results.count == 4)
        #expect(results[0].isNil)
        #expect(results[1].isNil)
        #expect(results[2].stringValue == "mine")
        #expect(results[3].isNil)
        try stillWorks(lua)
    }

    @Test("3: no require, package, or native modules")
    func noPackage() throws {
        let lua = try plugin()
        let results = try run(lua, "return require, package, loadfile, dofile, rawget(_G, 'package')")
        #expect(results.allSatisfy { $0.isNil })
        #expect(throws: LuaError.self) { try run(lua, "return require('io')") }
        try stillWorks(lua)
    }

    @Test("4: no debug library")
    func noDebug() throws {
        let lua = try plugin()
        #expect(try run(lua, "return debug").first?.isNil == true)
        #expect(throws: LuaError.self) { try run(lua, "debug.sethook()") }
        try stillWorks(lua)
    }

    @Test("5: no io, and os only has time, date, clock and difftime")
    func noIOorOS() throws {
        let lua = try plugin()
        let results = try run(lua, """
            return io, os.execute, os.getenv, os.remove, os.rename, os.exit, os.tmpname, os.setlocale,
                   type(os.time()), type(os.clock()), type(os.date('%Y'))
            """)
        #expect(results[0..<8].allSatisfy { $0.isNil })
        #expect(results[8].stringValue == "number")
        #expect(results[10].stringValue == "string")
        try stillWorks(lua)
    }

    @Test("6: the shared string metatable is protected")
    func stringMetatable() throws {
        let lua = try plugin()
        #expect(try run(lua, "return getmetatable('')").first?.boolValue == false)
        #expect(throws: LuaError.self) { try run(lua, "string.upper = function() return 'pwned' end") }
        #expect(throws: LuaError.self) { try run(lua, "rawset(string, 'upper', function() return 'pwned' end)") }
        #expect(throws: LuaError.self) { try run(lua, "setmetatable('', {})") }
        // One plugin replacing its own `string` global does not change another's strings.
        _ = try run(lua, "string = {upper = function() return 'pwned' end}")
        try stillWorks(lua)
    }

    @Test("7: host metatables are protected and __gc cannot be called")
    func hostMetatables() throws {
        final class Thing {}
        let lua = try plugin()
        lua.registerType(Thing.self, name: "test.Thing") { type in type.toString { _ in "thing" } }
        try lua.expose("thing", lua.value(object: Thing()))
        #expect(try run(lua, "return getmetatable(thing)").first?.stringValue == "test.Thing")
        #expect(throws: LuaError.self) { try run(lua, "setmetatable(thing, nil)") }
        #expect(throws: LuaError.self) { try run(lua, "getmetatable(thing).__gc(thing)") }
        #expect(try run(lua, "return tostring(thing)").first?.stringValue == "thing")
        try stillWorks(lua)
    }

    @Test("8: setmetatable refuses __gc")
    func noFinalizers() throws {
        let lua = try plugin()
        #expect {
            try run(lua, "setmetatable({}, {__gc = function() while true do end end})")
        } throws: { error in
            (error as! LuaError).message.contains("__gc")
        }
        // Adding __gc after setmetatable does not mark the table in Lua 5.4.
        _ = try run(lua, "local mt = {}; local t = setmetatable({}, mt); mt.__gc = function() while true do end end; t = nil")
        lua.collectGarbage()
        try stillWorks(lua)
    }

    @Test("9: collectgarbage only counts")
    func collectGarbageCountOnly() throws {
        let lua = try plugin()
        #expect(try run(lua, "return type(collectgarbage('count'))").first?.stringValue == "number")
        for option in ["stop", "collect", "step", "incremental", "generational", "restart"] {
            #expect(throws: LuaError.self) { try run(lua, "collectgarbage('\(option)')") }
        }
        #expect(throws: LuaError.self) { try run(lua, "collectgarbage()") }
        try stillWorks(lua)
    }

    @Test("14: plugins cannot see or change each other's globals or the base")
    func isolation() throws {
        let lua = try plugin()
        _ = try run(lua, "shared = 'from A'; print = function() end")
        #expect(try run(lua, "return shared").first?.isNil == true)
        #expect(try run(lua, "return type(print)").first?.stringValue == "function")
        #expect(throws: LuaError.self) { try run(lua, "getmetatable(_G).__index = {}") }
        #expect(throws: LuaError.self) { try run(lua, "setmetatable(_G, {})") }
        #expect(throws: LuaError.self) { try run(lua, "table.insert = nil") }
        #expect(throws: LuaError.self) { try run(lua, "math.pi = 3") }
        #expect(try run(lua, "return math.pi > 3.14").first?.boolValue == true)
        // pairs over a read-only library still works.
        #expect((try run(lua, "local n = 0 for _ in pairs(math) do n = n + 1 end return n").first?.intValue ?? 0) > 20)
        // Host tables exposed to plugins are read-only too, deeply.
        try lua.expose("api", lua.value(.record(["nested": .record(["x": .integer(1)])])))
        #expect(throws: LuaError.self) { try run(lua, "api.nested.x = 2") }
        #expect(throws: LuaError.self) { try run(lua, "rawset(api.nested, 'x', 2)") }
        #expect(try run(lua, "return api.nested.x").first?.intValue == 1)
        try stillWorks(lua)
    }

    @Test("math.randomseed is gone: one plugin cannot steer another's random numbers")
    func noRandomSeed() throws {
        let lua = try plugin()
        #expect(try run(lua, "return math.randomseed").first?.isNil == true)
        #expect(try run(lua, "return math.type(math.random(1, 6))").first?.stringValue == "integer")
    }
}
