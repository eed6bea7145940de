import Testing
@testable import LuaHost

@Suite struct LuaViewTemplateTests {
    /// A template like the plugin API's: list methods on the data, writes refused on proxies.
    func template(in lua: LuaState) throws -> LuaViewTemplate {
        let made = try lua.run("""
            local methods = { first = function(self) return rawget(self, 1) end }
            return { __index = methods }, {
              __newindex = function(_, k) error("read-only field " .. tostring(k), 2) end,
              __index = "ignored", __metatable = false,
            }
            """)
        return LuaViewTemplate(dataMetatable: try #require(made[0].tableValue), proxyMetatable: try #require(made[1].tableValue))
    }

    @Test func nestedTablesBecomeReadOnlyProxiesOverTheirData() throws {
        let lua = try LuaState()
        let data = LuaData.record(["name": .string("Adventsverlosung"), "entry": .array([.string("like"), .string("comment")]),
                                   "prize": .record(["winners": .integer(3)])])
        let built = lua.views(of: [data, .array([.string("x")])], template: try template(in: lua))
        #expect(built.roots.count == 2)
        let inspect = try lua.load("""
            local subject, platforms, views = ...
            local changed = pcall(function() subject.name = "x" end)
            local nested = pcall(function() subject.prize.winners = 0 end)
            local _, message = pcall(function() subject.entry[1] = "share" end)
            local count = 0
            for proxy, data in next, views do
              if rawget(proxy, "name") == nil and next(proxy) == nil then count = count + 1 end
            end
            return subject.name, subject.prize.winners, views[subject.entry]:first(), getmetatable(subject),
              changed, nested, message, count, views[platforms][1], rawget(subject, "name"), views[subject].name
            """, chunkName: "=inspect")
        let r = try inspect.call(arguments: [built.roots[0], built.roots[1], .table(built.views)])
        #expect(r[0].stringValue == "Adventsverlosung")
        #expect(r[1].intValue == 3)
        #expect(r[2].stringValue == "like")
        #expect(r[3].boolValue == false)
        #expect(r[4].boolValue == false)
        #expect(r[5].boolValue == false)
        #expect(r[6].stringValue?.contains("read-only field 1") == true)
        #expect(r[7].intValue == 4)  // subject, entry, prize and the platform list, each an empty proxy
        #expect(r[8].stringValue == "x")
        #expect(r[9].isNil)
        #expect(r[10].stringValue == "Adventsverlosung")
    }

    @Test func scalarsArePushedAsThemselves() throws {
        let lua = try LuaState()
        let built = lua.views(of: [.integer(7), .string("text")], template: try template(in: lua))
        #expect(built.roots[0].intValue == 7)
        #expect(built.roots[1].stringValue == "text")
        #expect(built.views.pairs.isEmpty)
    }
}
