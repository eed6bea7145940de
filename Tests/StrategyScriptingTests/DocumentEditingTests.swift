import Foundation
import LuaHost
import StrategyDocuments
import StrategyKit
import Testing
@testable import StrategyScripting

/// Guidelines sections and benchmark metrics changed from Lua.
@Suite struct DocumentEditingTests {
    let module = SmkitModuleTests()

    @Test func scriptsAddRemoveAndRewriteGuidelineSections() throws {
        let lua = try module.state()
        let r = try module.run(lua, """
            local smkit = require 'smkit'
            local doc = smkit.guidelines(smkit.load_workspace(...), { lang = 'en' })
            local before = #doc.ids
            local removed = doc.ids[#doc.ids]
            doc:remove(removed)
            doc:add { id = 'hashtags', title = 'Our hashtags', body = 'Use #sunshine.', after = doc.ids[1] }
            doc:rewrite(doc.ids[1], function(body) return body .. ' REVIEWED' end)
            doc:retitle('hashtags', 'Hashtags we use')
            local md = doc:render('markdown')
            return before, #doc.ids, doc.ids[2], md:find('REVIEWED', 1, true) ~= nil,
                   md:find('Hashtags we use', 1, true) ~= nil, doc:section(removed) == nil, doc:render('html'):sub(1, 15)
            """, .string(LuaString(SmkitModuleTests.kessler)))
        #expect((r[0].intValue ?? 0) > 5)
        #expect(r[1].intValue == r[0].intValue)  // one removed, one added
        #expect(r[2].stringValue == "hashtags")
        #expect(r[3].boolValue == true)
        #expect(r[4].boolValue == true)
        #expect(r[5].boolValue == true)
        #expect(r[6].stringValue?.lowercased().hasPrefix("<!doctype html") == true)
    }

    @Test func editingErrorsAreLuaErrors() throws {
        let lua = try module.state()
        #expect {
            try module.run(lua, "local s = require 'smkit'; s.guidelines(s.load_workspace(...)):remove('no-such-section')",
                           .string(LuaString(SmkitModuleTests.kessler)))
        } throws: { error in
            (error as? LuaError)?.message.contains("no-such-section") == true
        }
    }

    @Test func customLuaMetricsAppearBesideTheBuiltInOnes() throws {
        let lua = try module.state()
        let csv = SmkitModuleTests.root.appendingPathComponent("Examples/baeckerei-sonnenschein/competitors.csv").path
        let r = try module.run(lua, """
            local smkit = require 'smkit'
            smkit.metric { id = 'likes_per_post', numerator = 'likes', denominator = 'posts', unit = 'per_post',
              name = { en = 'Likes per post', de = 'Likes pro Beitrag' },
              compute = function(series)
                local posts = series:sum('posts')
                if not posts or posts == 0 then return nil, 'no posts' end
                return series:sum('likes') / posts
              end }
            smkit.metric { id = 'broken', numerator = 'x', compute = function() error('oops') end }
            local result = smkit.benchmark(..., { organization = 'Bäckerei Sonnenschein', metrics = { 'likes_per_post', 'broken', 'posts_per_week' } })
            local ig = result.platforms[1]
            local function table_of(id) for _, t in ipairs(ig.tables) do if t.metric_id == id then return t end end end
            local custom, broken = table_of('likes_per_post'), table_of('broken')
            local defined = false
            for _, d in ipairs(result.definitions) do if d.id == 'likes_per_post' then defined = d.denominator == 'posts' end end
            return #ig.tables, custom.rows[1].value > 0, broken.rows[1].na_reason, defined
            """, .string(LuaString(csv)))
        #expect(r[0].intValue == 3)
        #expect(r[1].boolValue == true)
        #expect(r[2].stringValue?.contains("oops") == true)
        #expect(r[3].boolValue == true)
    }

    @Test func metricsMustStateTheirDefinition() throws {
        let lua = try module.state()
        #expect {
            try module.run(lua, "require('smkit').metric { id = 'x', compute = function() return 1 end }")
        } throws: { error in
            (error as? LuaError)?.message.contains("numerator") == true
        }
        #expect {
            try module.run(lua, "require('smkit').metric { id = 'posts_per_week', numerator = 'posts', compute = function() return 1 end }")
        } throws: { error in
            (error as? LuaError)?.message.contains("exists already") == true
        }
    }
}
