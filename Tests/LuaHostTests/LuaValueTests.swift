import Testing
@testable import LuaHost

@Suite struct LuaValueTests {
    @Test func integersAndFloatsStayApart() throws {
        let lua = try LuaState()
        let results = try lua.run("return 1, 1.0, 2^53, 3 // 2, 3 / 2, math.maxinteger, -0.0")
        #expect(results[0].intValue == 1)
        guard case .integer = results[0] else { Issue.record("1 is not an integer"); return }
        guard case .number(let one) = results[1] else { Issue.record("1.0 is not a float"); return }
        #expect(one == 1.0)
        guard case .number = results[2] else { Issue.record("2^53 is a float in Lua"); return }
        guard case .integer(1) = results[3] else { Issue.record("3 // 2 is the integer 1"); return }
        guard case .number(1.5) = results[4] else { Issue.record("3 / 2 is 1.5"); return }
        guard case .integer(Int64.max) = results[5] else { Issue.record("maxinteger"); return }
        guard case .number(let negativeZero) = results[6] else { Issue.record("-0.0"); return }
        #expect(negativeZero.sign == .minus)
    }

    @Test func swiftNumbersArriveWithTheirType() throws {
        let lua = try LuaState()
        let typeOf = try lua.load("return math.type(...)", chunkName: "=t")
        #expect(try typeOf.call(.integer(7)).first?.stringValue == "integer")
        #expect(try typeOf.call(.number(7)).first?.stringValue == "float")
    }

    @Test func stringsAreBytesWithEmbeddedZeros() throws {
        let lua = try LuaState()
        let bytes: [UInt8] = [0x61, 0x00, 0x62, 0xFF, 0xFE]
        let echo = try lua.load("local s = ...; return s, #s", chunkName: "=echo")
        let results = try echo.call(.string(LuaString(bytes: bytes)))
        guard case .string(let back) = results[0] else { Issue.record("not a string"); return }
        #expect(back.bytes == bytes)
        #expect(back.utf8String == nil)  // invalid UTF-8 is kept, not replaced
        #expect(results[1].intValue == 5)
        let fromLua = try lua.run(#"return "x\0y""#)
        let expected: [UInt8] = [0x78, 0, 0x79]
        #expect(fromLua.first.flatMap { (v: LuaValue) -> [UInt8]? in if case .string(let s) = v { s.bytes } else { nil } } == expected)
    }

    @Test func nestedTablesRoundTripAsData() throws {
        let lua = try LuaState()
        let data = LuaData.record([
            "name": .string("Bäckerei"),
            "hours": .array([.integer(2), .number(1.5)]),
            "nested": .record(["deep": .record(["x": .boolean(true)])]),
        ])
        let identity = try lua.load("return ...", chunkName: "=id")
        let back = try identity.call(try lua.value(data))
        #expect(try back.first?.detached() == data)
        let inspect = try lua.load("local t = ...; return t.hours[2], math.type(t.hours[1]), t.nested.deep.x", chunkName: "=inspect")
        let fields = try inspect.call(lua.value(data))
        #expect(fields[0].doubleValue == 1.5)
        #expect(fields[1].stringValue == "integer")
        #expect(fields[2].boolValue == true)
    }

    @Test func cyclicTablesKeepTheirIdentityAndDetachWithoutLooping() throws {
        let lua = try LuaState()
        let results = try lua.run("local t = {name = 'loop'}; t.self = t; return t")
        guard case .table(let table) = results.first else { Issue.record("no table"); return }
        let viaSelf = try table.get("self")
        #expect(viaSelf.tableValue?.isSame(as: table) == true)
        let detached = try table.detached()
        #expect(detached["self"] == .opaque("<cycle>"))
        #expect(detached["name"] == .string("loop"))
        // The live table passes through Lua and back as the same object.
        let same = try lua.load("local a, b = ...; return rawequal(a, b.self)", chunkName: "=same")
        #expect(try same.call(.table(table), .table(table)).first?.boolValue == true)
    }

    @Test func arraysAndPairsReadRaw() throws {
        let lua = try LuaState()
        guard case .table(let t) = try lua.run("return setmetatable({10, 20, 30, x = 'y'}, {__index = function() return 'meta' end})").first else {
            Issue.record("no table"); return
        }
        #expect(t.arrayValues.compactMap(\.intValue) == [10, 20, 30])
        #expect(t.rawLength == 3)
        #expect(t.pairs.count == 4)
        #expect(t.rawGet("missing").isNil)
        #expect(try t.get("missing").stringValue == "meta")
    }

    @Test func luaErrorLocationIsParsed() {
        let error = LuaError(kind: .runtime, rawMessage: #"[string "a:b"]:12: boom: again"#)
        #expect(error.chunkName == #"[string "a:b"]"#)
        #expect(error.line == 12)
        #expect(error.message == "boom: again")
        let plain = LuaError(kind: .runtime, rawMessage: "no location here")
        #expect(plain.chunkName == nil && plain.message == "no location here")
    }
}
