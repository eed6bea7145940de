import Testing
@testable import LuaHost

@Suite struct LuaErrorTests {
    @Test func syntaxErrorsHaveKindChunkAndLine() throws {
        let lua = try LuaState()
        #expect {
            try lua.run("local x = \n x = = 1", chunkName: "=broken.lua")
        } throws: { error in
            let error = error as! LuaError
            return error.kind == .syntax && error.chunkName == "broken.lua" && error.line == 2
        }
    }

    @Test func runtimeErrorsFromLuaCarryATraceback() throws {
        let lua = try LuaState()
        try lua.run("function inner() local t = nil; return t.x end function outer() return inner() end")
        guard case .function(let outer) = lua[global: "outer"] else { Issue.record("no outer"); return }
        #expect {
            try outer.call()
        } throws: { error in
            let error = error as! LuaError
            return error.kind == .runtime && error.message.contains("attempt to index a nil value")
                && error.traceback?.contains("in function 'inner'") == true
        }
    }

    @Test func tableErrorObjectsAreKept() throws {
        let lua = try LuaState()
        #expect {
            try lua.run("error({code = 42, reason = 'quota'})")
        } throws: { error in
            let error = error as! LuaError
            return error.object?["code"] == .integer(42) && error.object?["reason"] == .string("quota")
        }
    }

    @Test func errorObjectsWhoseTostringRaisesEndInAnErrorNotACrash() throws {
        let lua = try LuaState()
        // Every call of the handler meets a new object whose __tostring raises again,
        // until Lua's C-stack guard ends the recursion.
        #expect(throws: LuaError.self) {
            try lua.run("local bad; bad = function() error(setmetatable({}, {__tostring = bad})) end; bad()")
        }
        #expect(try lua.run("return 1 + 1").first?.intValue == 2)
    }

    @Test func statusCodesMapToKinds() throws {
        let lua = try LuaState()
        let core = lua.core
        let expected: [(Int32, LuaError.Kind)] = [
            (LUA_ERRRUN, .runtime), (LUA_ERRSYNTAX, .syntax), (LUA_ERRMEM, .memory),
            (LUA_ERRERR, .errorInHandler), (LUA_ERRERR + 1, .file),
        ]
        for (status, kind) in expected {
            core.pushString("chunk:3: text")
            let error = core.makeError(status: status, stopReason: 0)
            lua_settop(core.state, 0)
            #expect(error.kind == kind)
            #expect(error.line == 3)
        }
    }

    @Test func metamethodErrorsInTableAccessAreCaught() throws {
        let lua = try LuaState()
        guard case .table(let t) = try lua.run("return setmetatable({}, {__index = function(_, k) error('no field ' .. k) end, __newindex = function() error('read-only') end})").first else {
            Issue.record("no table"); return
        }
        #expect(throws: LuaError.self) { try t.get("x") }
        #expect(throws: LuaError.self) { try t.set("x", 1) }
        #expect(try lua.run("return 'still fine'").first?.stringValue == "still fine")
    }

    @Test func missingFileIsAFileError() throws {
        let lua = try LuaState()
        #expect {
            try lua.runFile("/nonexistent/x.lua")
        } throws: { error in
            (error as! LuaError).kind == .file
        }
    }

    @Test func stackIsBalancedAfterErrors() throws {
        let lua = try LuaState()
        for _ in 0..<100 {
            _ = try? lua.run("error('x')")
            _ = try? lua.run("syntax error here")
        }
        #expect(lua_gettop_for_tests(lua) == 0)
    }
}

import CLua
func lua_gettop_for_tests(_ lua: LuaState) -> Int32 { lua_gettop(lua.core.state) }
