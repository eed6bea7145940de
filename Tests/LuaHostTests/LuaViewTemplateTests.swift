import CLua
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

    /// Runs `inspect` on a subject written by `write`, a platform list and the views table.
    func inspect(_ lua: LuaState, _ source: String, fields: Int = 4,
                 write: (inout LuaViewWriter) -> Void) throws -> [LuaValue] {
        let function = try lua.load(source, chunkName: "=inspect")
        let template = try template(in: lua)
        return try function.call(views: template, { arguments in
            arguments.view(fields: fields, write)
            arguments.view(of: ["x"])
            arguments.views()
        }, reading: { stack in (1...stack.count()).map { i in
            stack.element(i, as: String.self).map { .string(LuaString($0)) } ?? stack.element(i, as: Int64.self).map(LuaValue.integer) ?? .nil
        } })
    }

    @Test func nestedTablesBecomeReadOnlyProxiesOverTheirData() throws {
        let lua = try LuaState()
        let r = try inspect(lua, """
            local subject, platforms, views = ...
            local changed = pcall(function() subject.name = "x" end)
            local nested = pcall(function() subject.prize.winners = 0 end)
            local _, message = pcall(function() subject.entry[1] = "share" end)
            local count = 0
            for proxy in next, views do
              if rawget(proxy, "name") == nil and next(proxy) == nil then count = count + 1 end
            end
            return { subject.name, subject.prize.winners, views[subject.entry]:first(), tostring(getmetatable(subject)),
              tostring(changed), tostring(nested), message, count, views[platforms][1], tostring(rawget(subject, "name")),
              views[subject].name }
            """) { w in
            w.set("name", "Adventsverlosung")
            w.set("entry", ["like", "comment"])
            w.table("prize", fields: 1) { $0.set("winners", 3) }
        }
        #expect(r[0].stringValue == "Adventsverlosung")
        #expect(r[1].intValue == 3)
        #expect(r[2].stringValue == "like")
        #expect(r[3].stringValue == "false")
        #expect(r[4].stringValue == "false")
        #expect(r[5].stringValue == "false")
        #expect(r[6].stringValue?.contains("read-only field 1") == true)
        // subject, entry, prize, the platform list and the shared empty view, each an empty proxy
        #expect(r[7].intValue == 5)
        #expect(r[8].stringValue == "x")
        #expect(r[9].stringValue == "nil")
        #expect(r[10].stringValue == "Adventsverlosung")
    }

    @Test func emptyTablesShareOneViewThatCannotBeChanged() throws {
        let lua = try LuaState()
        let r = try inspect(lua, """
            local subject, _, views = ...
            local ok = pcall(function() subject.disclosure.label = "Anzeige" end)
            return { tostring(subject.disclosure == subject.tags), tostring(subject.tags == subject.media),
              tostring(ok), tostring(subject.disclosure.label), #views[subject.tags], tostring(next(views[subject.media])) }
            """) { w in
            w.table("disclosure", fields: 2) { t in t.set("label", nil as String?); t.set("commercial", nil as Bool?) }
            w.set("tags", [])
            w.list("media", [Int](), fields: 1) { _, _ in }
        }
        #expect(r.map(\.stringValue) == ["true", "true", "false", "nil", nil, "nil"])
        #expect(r[4].intValue == 0)
    }

    @Test func listsOfTablesAndScalarsAreWritten() throws {
        let lua = try LuaState()
        let r = try inspect(lua, """
            local subject, _, views = ...
            return { #views[subject.media], subject.media[2].kind, subject.media[1].tagged[1], math.type(subject.count),
              subject.share, tostring(subject.open) }
            """) { w in
            w.list("media", [("image", ["@a"]), ("video", [])], fields: 2) { t, m in
                t.set("kind", m.0)
                t.set("tagged", m.1)
            }
            w.set("count", 3)
            w.set("share", 0.25)
            w.set("open", true)
        }
        #expect(r[0].intValue == 2)
        #expect(r[1].stringValue == "video")
        #expect(r[2].stringValue == "@a")
        #expect(r[3].stringValue == "integer")
        #expect(r[5].stringValue == "true")
    }

    @Test func detachedDataBecomesViewsToo() throws {
        let lua = try LuaState()
        let function = try lua.load("""
            local data, scalar, views = ...
            return { data.name, data.list[2], tostring(pcall(function() data.list[1] = 0 end)),
              tostring(views[data.empty] ~= nil), scalar }
            """, chunkName: "=inspect")
        let r = try function.call(views: try template(in: lua), { arguments in
            arguments.view(of: LuaData.record(["name": .string("n"), "list": .array([.integer(1), .integer(2)]), "empty": .array([])]))
            arguments.view(of: .string("text"))
            arguments.views()
        }, reading: { stack in (1...stack.count()).map { stack.element($0, as: String.self) ?? stack.element($0, as: Int64.self).map { "\($0)" } } })
        #expect(r == ["n", "2", "false", "true", "text"])
    }

    /// Each level of nesting takes stack slots while it is pushed; the call makes room for them.
    @Test func deeplyNestedDataIsPushedWithRoomOnTheStack() throws {
        let lua = try LuaState()
        var data = LuaData.record(["leaf": .string("bottom")])
        for _ in 1..<400 { data = .record(["child": data, "key": .array([.integer(1)])]) }
        #expect(data.depth == 400)
        let walk = try lua.load("""
            local node, views = ...
            local depth = 1
            while node.child do node, depth = node.child, depth + 1 end
            return { depth, node.leaf, #views[node] == 0 and "record" or "list" }
            """, chunkName: "=walk")
        let r = try walk.call(views: try template(in: lua), { arguments in
            arguments.view(of: data)
            arguments.views()
        }, reading: { stack in [stack.element(1, as: Int64.self).map { "\($0)" }, stack.element(2, as: String.self),
                                stack.element(3, as: String.self)] })
        #expect(r == ["400", "bottom", "record"])
    }

    @Test func theDataWriterBuildsTheSameShape() throws {
        let data = LuaDataWriter.table(fields: 3) { w in
            w.set("name", "x")
            w.set("missing", nil as String?)
            w.set("tags", ["a"])
            w.table("prize", fields: 1) { $0.set("winners", 2) }
            w.list("media", [1, 2], fields: 1) { t, n in t.set("n", n) }
        }
        guard case .table(let entries) = data else { Issue.record("not a table"); return }
        #expect(entries.map(\.key) == ["name", "tags", "prize", "media"].map { LuaData.string($0) })
        #expect(data["name"] == .string("x"))
        #expect(data["tags"] == .array([.string("a")]))
        #expect(data["prize"] == .record(["winners": .integer(2)]))
        #expect(data["media"] == .array([.record(["n": .integer(1)]), .record(["n": .integer(2)])]))
    }

    @Test func anArgumentErrorLeavesTheStackAsItWas() throws {
        let lua = try LuaState()
        let function = try lua.load("error('no')", chunkName: "=fails")
        let template = try template(in: lua)
        let top = lua.withUnsafeRawState { lua_gettop($0) }
        #expect(throws: LuaError.self) {
            try function.call(views: template, { $0.view(fields: 1) { $0.set("a", 1) } }, reading: { _ in 0 })
        }
        #expect(lua.withUnsafeRawState { lua_gettop($0) } == top)
    }
}
