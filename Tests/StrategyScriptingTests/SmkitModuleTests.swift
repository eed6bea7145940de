import Foundation
import LuaHost
import StrategyKit
import Testing
@testable import StrategyScripting

/// The `smkit` module as scripts use it, checked from Lua.
@Suite struct SmkitModuleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let bakery = root.appendingPathComponent("Examples/baeckerei-sonnenschein").path
    static let kessler = root.appendingPathComponent("Examples/kessler-industrietechnik").path

    func state(profile: LuaSandboxProfile = .trusted) throws -> LuaState {
        let lua = try LuaState(profile: profile)
        let platforms = try PlatformCatalogLoader.loadRegistry(directory: Self.root.appendingPathComponent("Plugins"))
        let context = SmkitContext(platforms: platforms, language: .en)
        if profile == .plugin {
            try lua.expose("smkit", .table(try SmkitModule.install(in: lua, context: context, forPlugins: true)))
        } else {
            try SmkitModule.install(in: lua, context: context)
        }
        return lua
    }

    func run(_ lua: LuaState, _ code: String, _ args: LuaValue...) throws -> [LuaValue] {
        try lua.load(code, chunkName: "=test").call(arguments: args)
    }

    @Test func requireGivesTheModuleWithVersionAndApiLevel() throws {
        let r = try run(state(), "local smkit = require 'smkit'; return smkit.api_level, smkit.version, #smkit.platforms()")
        #expect(r[0].intValue == 1)
        #expect(r[1].stringValue == SmkitModule.version)
        #expect(r[2].intValue == 8)
    }

    @Test func workspaceFieldsAndAnalysesMatchTheSwiftDomain() throws {
        let lua = try state()
        let r = try run(lua, """
            local smkit = require 'smkit'
            local ws = smkit.load_workspace(...)
            local ranking = ws:rank_platforms()
            local failed = {}
            for _, result in ipairs(ws:check_goals()) do
              for _, c in ipairs(result.criteria) do if not c.passed then failed[#failed + 1] = result.goal_id .. ':' .. c.letter end end
            end
            return ws.name, #ws.goals, ranking.channel_capacity, ranking.entries[1].platform_id,
                   ws:compare_drafts().ranking[1].draft_id, table.concat(failed, ','), tostring(ws)
            """, .string(LuaString(Self.bakery)))
        let workspace = try Workspace.load(directory: URL(fileURLWithPath: Self.bakery),
                                           platforms: PlatformCatalogLoader.loadRegistry(directory: Self.root.appendingPathComponent("Plugins")))
        #expect(r[0].stringValue == workspace.organization.name)
        #expect(r[1].intValue == Int64(workspace.goals.count))
        #expect(r[2].intValue == 1)  // 6 h/week carry one channel
        #expect(r[3].stringValue == "instagram")
        #expect(r[4].stringValue == "lokal")
        #expect(r[5].stringValue?.contains("mehr-likes:") == true)
        #expect(r[6].stringValue?.hasPrefix("smkit.Workspace(") == true)
    }

    @Test func whatIfHoursChangesTheChannelCount() throws {
        let r = try run(state(), """
            local ws = require('smkit').load_workspace(...)
            return ws:rank_platforms().channel_capacity, ws:with_hours({ social_media_manager = 30 }):rank_platforms().channel_capacity
            """, .string(LuaString(Self.bakery)))
        #expect(r[0].intValue == 1)
        #expect((r[1].intValue ?? 0) > 1)
    }

    @Test func changedWeightsReachTheDecisionMatrix() throws {
        let r = try run(state(), """
            local ws = require('smkit').load_workspace(...)
            local m = ws:compare_drafts({ company_benefit = 1, resource_fit = 0, risk = 0, competitive_quality = 0 })
            return m.rows[1].weight, m.rows[2].weight
            """, .string(LuaString(Self.kessler)))
        #expect(r[0].doubleValue == 1)
        #expect(r[1].doubleValue == 0)
    }

    @Test func workspaceRoundTripsThroughATable() throws {
        let r = try run(state(), """
            local smkit = require 'smkit'
            local t = smkit.load_workspace(...):totable()
            t.organization.name = 'Changed'
            local ws = smkit.workspace(t)
            return ws.name, #ws.goals
            """, .string(LuaString(Self.kessler)))
        #expect(r[0].stringValue == "Changed")
        #expect((r[1].intValue ?? 0) > 0)
    }

    @Test func misuseRaisesClearErrors() throws {
        let lua = try state()
        #expect {
            try run(lua, "require('smkit').load_workspace('/nonexistent')")
        } throws: { error in
            (error as? LuaError)?.message.contains("cannot load workspace /nonexistent") == true
        }
        #expect {
            try run(lua, "require('smkit').set_language('fr')")
        } throws: { error in
            (error as? LuaError)?.message.contains("bad argument #1 to 'smkit.set_language'") == true
        }
        #expect {
            try run(lua, "local ws = require('smkit').load_workspace(...); ws:check_goal({ id = 'x' })", .string(LuaString(Self.bakery)))
        } throws: { error in
            (error as? LuaError)?.message.contains("missing field") == true
        }
        #expect {
            try run(lua, "local ws = require('smkit').load_workspace(...); ws.check_goals({})", .string(LuaString(Self.bakery)))
        } throws: { error in
            (error as? LuaError)?.message.contains("smkit.Workspace expected, got table") == true
        }
    }

    @Test func textPicksTheLanguage() throws {
        let r = try run(state(), """
            local smkit = require 'smkit'
            local t = { de = 'Hallo', en = 'Hello' }
            local a = smkit.text(t)
            smkit.set_language('de')
            return a, smkit.text(t), smkit.text({ en = 'only' })
            """)
        #expect(r.map(\.stringValue) == ["Hello", "Hallo", "only"])
    }

    @Test func pluginProfileGetsNoFileAccessThroughTheModule() throws {
        let r = try run(state(profile: .plugin), "return smkit.load_workspace, smkit.set_language, #smkit.platforms()")
        #expect(r[0].isNil && r[1].isNil)
        #expect(r[2].intValue == 8)
    }
}

@Suite struct ModuleLifetimeTests {
    @Test func aStateWithTheModuleIsFreedWhenDropped() throws {
        weak var weakState: LuaState?
        do {
            let lua = try SmkitModuleTests().state()
            weakState = lua
            _ = try SmkitModuleTests().run(lua, """
                local smkit = require 'smkit'
                smkit.metric { id = 'm', numerator = 'x', compute = function() return 1 end }
                return smkit.load_workspace(...):rank_platforms()
                """, .string(LuaString(SmkitModuleTests.bakery)))
        }
        #expect(weakState == nil)
    }
}

/// Scripts run the plugins' checks through the module.
@Suite struct ScriptChecksTests {
    @Test func checkFilesAndTablesFromLua() throws {
        let module = SmkitModuleTests()
        let lua = try module.state()
        let contest = SmkitModuleTests.root.appendingPathComponent("Examples/contests/teilen-und-markieren.yaml").path
        let r = try module.run(lua, """
            local smkit = require 'smkit'
            local fromFile = smkit.check(..., { platforms = { 'facebook' } })
            local ids = {}
            for _, f in ipairs(fromFile.findings) do ids[f.rule_id] = true end
            local post = smkit.check({ kind = 'post', id = 'p1', platform = 'instagram', text = 'Neu! #a #b #c #d #e #f #g' })
            local tags = false
            for _, f in ipairs(post.findings) do if f.rule_id == 'IG-POST-02' then tags = true end end
            local clean = smkit.check({ kind = 'post', id = 'p2', platform = 'instagram', text = 'Guten Morgen #baeckerei' })
            local cleanTags = false
            for _, f in ipairs(clean.findings) do if f.rule_id == 'IG-POST-02' then cleanTags = true end end
            return ids['FB-04'] == true, ids['IG-03'] == nil, tags, cleanTags, #fromFile.failures, #smkit.plugins().loaded
            """, .string(LuaString(contest)))
        #expect(r[0].boolValue == true)   // sharing and tagging on Facebook
        #expect(r[1].boolValue == true)   // --platform facebook leaves Instagram's rules out
        #expect(r[2].boolValue == true)   // seven hashtags
        #expect(r[3].boolValue == false)  // one hashtag is fine
        #expect(r[4].intValue == 0)
        #expect((r[5].intValue ?? 0) >= 9)
    }

    @Test func badSubjectTablesNameTheProblem() throws {
        let module = SmkitModuleTests()
        #expect {
            try module.run(try module.state(), "require('smkit').check({ kind = 'contest', platforms = { 'myspace' } })")
        } throws: { error in
            (error as? LuaError)?.message.contains("bad argument #1 to 'smkit.check'") == true
        }
    }
}

/// The documentation registry (`smkit types`, the REPL's `name?`) matches what a state offers.
@Suite struct ScriptAPIReferenceTests {
    @Test func everyModuleFunctionAndMethodIsDocumentedAndNothingElse() throws {
        let lua = try SmkitModuleTests().state()
        let r = try SmkitModuleTests().run(lua, """
            local smkit = require 'smkit'
            local names = {}
            for k, v in pairs(smkit) do
              if type(v) == 'function' then names[#names + 1] = 'smkit.' .. k end
              if k == 'text' then
                names[#names + 1] = 'smkit.text'
                for k2, v2 in pairs(v) do if type(v2) == 'function' then names[#names + 1] = 'smkit.text.' .. k2 end end
              end
            end
            local ws = smkit.load_workspace(...)
            local objects = { Workspace = ws, Guidelines = smkit.guidelines(ws) }
            for type_name, object in pairs(objects) do
              local methods = debug.getupvalue(debug.getmetatable(object).__index, 1)
              for k in pairs(select(2, debug.getupvalue(debug.getmetatable(object).__index, 1))) do
                names[#names + 1] = type_name .. ':' .. k
              end
            end
            table.sort(names)
            return table.concat(names, ' ')
            """, .string(LuaString(SmkitModuleTests.bakery)))
        let live = Set((r.first?.stringValue ?? "").split(separator: " ").map(String.init))
        let documented = Set(ScriptAPIReference.functionNames + PluginAPIReference.functionNames)
            // Plugin, Report, List and TextAnalysis methods: PluginBuiltInTests.apiRegistryMatchesTheLiveAPI.
            .filter { !$0.hasPrefix("Series:") && !$0.hasPrefix("Plugin:") && !$0.hasPrefix("Report:") && !$0.hasPrefix("List:")
                && !$0.hasPrefix("TextAnalysis:") }
        #expect(live.subtracting(documented).sorted() == [], "undocumented")
        #expect(documented.subtracting(live).sorted() == [], "documented but missing")
    }

    @Test func documentationAnswersDottedAndMethodNames() {
        #expect(ScriptAPIReference.documentation("smkit.load_workspace")?.contains("file:line:column") == true)
        #expect(ScriptAPIReference.documentation("rank_platforms")?.contains("channel count") == true)
        #expect(ScriptAPIReference.documentation("smkit.text.find_any") != nil)
        #expect(ScriptAPIReference.documentation("smkit.nope") == nil)
    }

    @Test func typesFileCoversScriptsToo() {
        let text = LuaTypesGenerator.definitions()
        #expect(text.contains("function smkit.load_workspace(dir) end"))
        #expect(text.contains("function Workspace:rank_platforms(options) end"))
        #expect(text.contains("---@class smkit.Workspace"))
    }
}
