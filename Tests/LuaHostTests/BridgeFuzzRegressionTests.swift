import Testing
@testable import LuaHost

/// Inputs of the `lua-bridge` fuzz target (Fuzz/LuaBridgeFuzz.swift) that broke the value bridge,
/// replayed through the plain API. The first four are the known stack overflows of issue #11
/// (pushing and detaching without `lua_checkstack`).
@Suite struct BridgeFuzzRegressionTests {
    private func plugin() throws -> LuaState {
        try LuaState(profile: .plugin, limits: LuaLimits(memoryBytes: 16 << 20, instructions: 1_000_000, seconds: 2))
    }

    private static func nested(_ depth: Int) -> LuaData {
        var data = LuaData.record(["leaf": .string("bottom")])
        for i in 1..<depth { data = .table([.init(.integer(1), data), .init(.string("k\(i)"), .record(["x": .integer(Int64(i))]))]) }
        return data
    }

    @Test func deeplyNestedDataIsPushedAndDetachedAgain() throws {
        let lua = try plugin()
        let data = Self.nested(200)
        let back = try lua.value(data).detached()
        #expect(back.depth == 200)
        #expect(back == data)
    }

    @Test func deeplyNestedTablesBuiltInLuaAreDetached() throws {
        let lua = try plugin()
        // Table keys count as a level: 150 levels with table keys nest 151 deep, under the cap of 200.
        let results = try lua.run("local t = {} for i = 1, 150 do t = {t, [{i}] = i} end return t", chunkName: "=deep")
        #expect(try results.first?.detached().depth == 151)
    }

    @Test func deeplyNestedErrorObjectsAreDetached() throws {
        let lua = try plugin()
        #expect {
            try lua.run("local e = {} for i = 1, 100 do e = {e, code = i} end error(e)", chunkName: "=deep-error")
        } throws: { error in
            (error as? LuaError)?.object?.depth == 101
        }
    }

    @Test func manyArgumentsReachTheFunction() throws {
        let lua = try plugin()
        let echo = try lua.load("return select('#', ...), ...", chunkName: "=echo")
        let arguments = (1...300).map { LuaValue.integer(Int64($0)) }
        let results = try lua.call(.function(echo), arguments)
        #expect(results.first?.intValue == 300)
        #expect(results.last?.intValue == 300)
    }
}
