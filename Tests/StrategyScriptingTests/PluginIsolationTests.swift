import Foundation
import LuaHost
import StrategyKit
import Testing
@testable import StrategyScripting

/// Hostile plugins: each sandbox hazard from inside a plugin's check. The hostile plugin is
/// reported as a failure (name, file, line, phase) and the well-behaved plugin next to it
/// still reports its finding.
@Suite("Plugin isolation", .serialized)
struct PluginIsolationTests {
    struct Hazard: CustomStringConvertible, Sendable {
        var name: String
        var body: String
        var limit: String? = nil
        var message: String? = nil
        /// False where Lua gives no position: memory errors raised from C skip the message handler.
        var hasLine = true
        var description: String { name }
    }

    static let hazards: [Hazard] = [
        Hazard(name: "runtime error", body: "error(\"boom\")", message: "boom"),
        Hazard(name: "endless loop", body: "while true do end", limit: "instructions"),
        Hazard(name: "loop that swallows the stop with pcall",
               body: "while true do pcall(function() while true do end end) end", limit: "instructions"),
        Hazard(name: "loop inside a coroutine", body: "coroutine.wrap(function() while true do end end)()", limit: "instructions"),
        Hazard(name: "table growth until memory runs out",
               body: "local t = {} for i = 1, 1e9 do t[i] = ('x'):rep(64) .. i end", limit: "memory"),
        Hazard(name: "one huge string", body: "local s = ('x'):rep(1 << 30) report:fail { field = s }", limit: "memory",
               hasLine: false),
        Hazard(name: "pathological pattern", body: "local s = ('a'):rep(2000) s:find('.-.-.-.-.-b')"),
        Hazard(name: "run a process", body: "os.execute('touch /tmp/smkit-pwned')", message: "execute"),
        Hazard(name: "read a file", body: "io.open('/etc/passwd')", message: "io"),
        Hazard(name: "require a native library", body: "require('io')", message: "not found"),
        Hazard(name: "require outside the plugin", body: "require('../../etc/passwd')", message: "not allowed"),
        Hazard(name: "binary chunk", body: "load(string.dump(function() end))()", message: "dump"),
        Hazard(name: "debug hook removal", body: "debug.sethook()", message: "debug"),
        Hazard(name: "package.loadlib", body: "package.loadlib('libc.so.6', 'system')", message: "package"),
        Hazard(name: "shared string metatable", body: "getmetatable('').__index = {}", message: "index a boolean"),
        Hazard(name: "finalizer", body: "setmetatable({}, { __gc = function() while true do end end })", message: "__gc"),
        Hazard(name: "garbage collector control", body: "collectgarbage('stop')", message: "collectgarbage"),
        Hazard(name: "change the subject", body: "contest.text = 'nothing to see'", message: "read-only"),
        Hazard(name: "change a list of the subject", body: "contest.entry[1] = 'share'", message: "read-only"),
        Hazard(name: "reach the subject's data through pairs",
               body: "local _, raw = pairs(contest); raw.text = 'nothing to see'", message: "read-only"),
        Hazard(name: "reach a list's data through pairs",
               body: "local _, raw = pairs(contest.entry); raw[1] = 'share'", message: "read-only"),
        Hazard(name: "change the smkit module", body: "smkit.text.find_any = function() end", message: "read-only"),
        Hazard(name: "change the report", body: "report.fail = nil", message: "read-only"),
        Hazard(name: "raw write to the base", body: "rawset(string, 'find', nil)", message: "read-only"),
        Hazard(name: "raw write to the subject", body: "rawset(contest, 'text', 'nothing to see')", message: "read-only"),
        Hazard(name: "raw write to the report", body: "rawset(report, 'fail', function() end)", message: "read-only"),
        Hazard(name: "yield out of the host", body: "coroutine.yield()", message: "yield"),
        Hazard(name: "error object that loops in __tostring",
               body: "error(setmetatable({}, { __tostring = function() while true do end end }))"),
        Hazard(name: "bad report", body: "report:fail { field = 42 }", message: "'field' must be a string"),
    ]

    @Test(arguments: hazards)
    func hostileCheckFailsAloneWhileOthersReport(hazard: Hazard) throws {
        let parent = PluginFixture.temporaryDirectory()
        PluginFixture.write(id: "evil", lua: PluginFixture.checkPlugin(id: "evil", rule: "EVIL-01", body: hazard.body), in: parent)
        PluginFixture.write(id: "good", lua: PluginFixture.good, in: parent)
        let host = try PluginFixture.host(parent)
        #expect(host.loadFailures.isEmpty)
        let result = host.check(.contest(PluginFixture.contest))
        #expect(result.findings.map(\.ruleID) == ["GOOD-01"], "the good plugin must still report")
        #expect(result.findings.first?.field == "text")
        let failure = try #require(result.failures.first { $0.pluginID == "evil" }, "\(hazard.name) was not reported")
        #expect(failure.phase == .check)
        #expect(failure.ruleID == "EVIL-01")
        #expect(failure.subjectID == "c1")
        #expect(failure.file?.hasSuffix("evil/init.lua") == true, "file: \(failure.file ?? "nil") \(failure)")
        if hazard.hasLine { #expect(failure.line == 5, "line: \(failure.line.map(String.init) ?? "nil") \(failure)") }
        if let limit = hazard.limit { #expect(failure.limit == limit, "\(failure)") }
        if let message = hazard.message { #expect(failure.message.contains(message), "\(failure.message)") }
        #expect(!FileManager.default.fileExists(atPath: "/tmp/smkit-pwned"))
        // The state keeps working for the next subject.
        let again = host.check(.contest(PluginFixture.contest))
        #expect(again.findings.map(\.ruleID) == ["GOOD-01"])
    }

    /// Findings reported before a limit cut the run short must not show up with the next subject.
    @Test func aRunCutShortLeavesNothingForTheNextSubject() throws {
        let parent = PluginFixture.temporaryDirectory()
        // "a-good" reports once per "!" in the text; "b-loop" then loops on the first subject only.
        PluginFixture.write(id: "a-good", lua: PluginFixture.checkPlugin(id: "a-good", rule: "GOOD-01", body: """
            for _ in contest.text:gmatch("!") do report:fail { field = "text" } end
            """), in: parent)
        PluginFixture.write(id: "b-loop", lua: PluginFixture.checkPlugin(id: "b-loop", rule: "LOOP-01", body: """
            if contest.id == "c1" then while true do end end
            """), in: parent)
        let host = try PluginFixture.host(parent)
        let first = host.check(.contest(Contest(id: "c1", platforms: ["facebook"], text: "Eins! Zwei! Drei!")))
        #expect(first.findings.map(\.ruleID) == ["GOOD-01", "GOOD-01", "GOOD-01"])
        #expect(first.failures.map(\.ruleID) == ["LOOP-01"])
        let second = host.check(.contest(Contest(id: "c2", platforms: ["facebook"], text: "Nur eins!")))
        #expect(second.findings.map(\.subjectID) == ["c2"])
        #expect(second.failures.isEmpty)
        let third = host.check(.contest(Contest(id: "c3", platforms: ["facebook"], text: "Keins.")))
        #expect(third.findings.isEmpty)
    }

    /// Every empty table of every subject is one shared view: no plugin may fill it.
    @Test func theSharedEmptyViewStaysEmpty() throws {
        let parent = PluginFixture.temporaryDirectory()
        PluginFixture.write(id: "a-fill", lua: PluginFixture.checkPlugin(id: "a-fill", rule: "FILL-01", body: """
            local empty = contest.hashtags
            pcall(table.insert, empty, "spam")
            pcall(rawset, empty, 1, "spam")
            pcall(function() empty[1] = "spam" end)
            pcall(function() empty.n = 1 end)
            pcall(setmetatable, empty, nil)
            pcall(table.move, { "spam" }, 1, 1, 1, empty)
            """), in: parent)
        PluginFixture.write(id: "b-witness", lua: PluginFixture.checkPlugin(id: "b-witness", rule: "WITNESS-01", body: """
            for _, list in ipairs { contest.hashtags, contest.mentions, contest.eligibility.exclusions } do
              if #list > 0 or next(list) ~= nil or list[1] ~= nil or list.n ~= nil then report:fail { field = "hashtags" } end
              for _ in pairs(list) do report:fail { field = "hashtags" } end
            end
            """), in: parent)
        let host = try PluginFixture.host(parent)
        #expect(host.loadFailures.isEmpty)
        for id in ["c1", "c2"] {
            let result = host.check(.contest(Contest(id: id, platforms: ["facebook"], text: "Ohne Hashtags.")))
            #expect(result.findings.isEmpty, "\(result.findings)")
            #expect(result.failures.isEmpty, "\(result.failures)")
        }
    }

    @Test func pluginThatHoardsMemoryIsDisabledAndFreed() throws {
        let parent = PluginFixture.temporaryDirectory()
        let hoarder = PluginFixture.checkPlugin(id: "hoarder", rule: "HOARD-01",
                                                body: "hoard = hoard or {} hoard[#hoard + 1] = ('x'):rep(4 << 20) .. #hoard")
        PluginFixture.write(id: "hoarder", lua: hoarder, in: parent)
        PluginFixture.write(id: "good", lua: PluginFixture.good, in: parent)
        let host = try PluginFixture.host(parent)
        var good = 0, failures: [PluginFailure] = []
        for _ in 0..<20 {
            let result = host.check(.contest(PluginFixture.contest))
            good += result.findings.filter { $0.ruleID == "GOOD-01" }.count
            failures += result.failures
        }
        #expect(good == 20)
        #expect(failures.count == 1)
        #expect(failures.first?.limit == "memory")
        #expect(host.plugin("hoarder")?.enabled == false)
        #expect(host.lua.memoryUsed < 8 << 20, "the hoard was not freed: \(host.lua.memoryUsed) bytes")
    }

    @Test func pluginsCannotSeeEachOthersGlobals() throws {
        let parent = PluginFixture.temporaryDirectory()
        // 'a' replaces its own string library and sets a global; 'b' must see neither.
        PluginFixture.write(id: "a", lua: PluginFixture.checkPlugin(id: "a", rule: "A-01", body: "shared = 'from a'",
                                                                    prelude: "string = nil"), in: parent)
        PluginFixture.write(id: "b", lua: PluginFixture.checkPlugin(
            id: "b", rule: "B-01", body: "if shared == nil and string.find(contest.text, 'Gewinnspiel') then report:fail {} end"),
                            in: parent)
        let host = try PluginFixture.host(parent)
        let result = host.check(.contest(PluginFixture.contest))
        #expect(result.failures.isEmpty, "\(result.failures)")
        #expect(result.findings.map(\.ruleID) == ["B-01"])
    }

    @Test func pluginLocalRequireLoadsOwnModulesOnce() throws {
        let parent = PluginFixture.temporaryDirectory()
        let lua = PluginFixture.checkPlugin(id: "mods", rule: "MODS-01",
                                            body: "if words.loads == 1 and words.list[1] == 'gewinnspiel' then report:fail {} end",
                                            prelude: "local words = require 'lib.words' local _ = require 'lib.words'")
        PluginFixture.write(id: "mods", lua: lua, in: parent,
                            files: ["lib/words.lua": "counter = (counter or 0) + 1 return { loads = counter, list = { 'gewinnspiel' } }"])
        try FileManager.default.createDirectory(atPath: parent + "/mods/lib", withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: parent + "/mods/lib/words.lua", contents: Data(
            "counter = (counter or 0) + 1 return { loads = counter, list = { 'gewinnspiel' } }".utf8))
        let host = try PluginFixture.host(parent)
        #expect(host.loadFailures.isEmpty, "\(host.loadFailures)")
        #expect(host.check(.contest(PluginFixture.contest)).findings.map(\.ruleID) == ["MODS-01"])
    }

    struct LoadHazard: CustomStringConvertible, Sendable {
        var name: String
        var lua: String
        var api = 1
        var message: String
        var description: String { name }
    }

    static let loadHazards: [LoadHazard] = [
        LoadHazard(name: "syntax error", lua: "local x = = 1", message: "unexpected symbol"),
        LoadHazard(name: "error while registering", lua: "error('cannot start')", message: "cannot start"),
        LoadHazard(name: "endless loop while registering", lua: "while true do end", message: "instruction limit"),
        LoadHazard(name: "never declares itself", lua: "return {}", message: "never called smkit.plugin"),
        LoadHazard(name: "declares another id", lua: "require('smkit').plugin { id = 'other', api = 1 }",
                   message: "does not match the id 'bad'"),
        LoadHazard(name: "declares a newer API", lua: "require('smkit').plugin { id = 'bad', api = 99 }",
                   message: "needs API level 99"),
        LoadHazard(name: "check without a source", lua: """
            local p = require('smkit').plugin { id = 'bad', api = 1 }
            p:check { id = 'B-1', subject = 'contest', severity = 'error', consequence = 'legal', read = '2026-01-01',
              summary = 'x', run = function() end }
            """, message: "'source' must be the http(s) URL"),
        LoadHazard(name: "check with an unknown subject", lua: """
            local p = require('smkit').plugin { id = 'bad', api = 1 }
            p:check { id = 'B-1', subject = 'tweet', severity = 'error', consequence = 'legal', source = 'https://x.org',
              read = '2026-01-01', summary = 'x', run = function() end }
            """, message: "'subject' must be contest, post, presence or strategy"),
        LoadHazard(name: "check with an empty quote", lua: """
            local p = require('smkit').plugin { id = 'bad', api = 1 }
            p:check { id = 'B-1', subject = 'contest', severity = 'error', consequence = 'legal', source = 'https://x.org',
              read = '2026-01-01', quote = '', summary = 'x', run = function() end }
            """, message: "'quote' must be the words of the source"),
        LoadHazard(name: "secondary source without a URL", lua: """
            local p = require('smkit').plugin { id = 'bad', api = 1 }
            p:check { id = 'B-1', subject = 'contest', severity = 'error', consequence = 'legal', source = 'https://x.org',
              read = '2026-01-01', secondary = { { title = 'a blog' } }, summary = 'x', run = function() end }
            """, message: "secondary[1]: 'url' must be an http(s) URL"),
        LoadHazard(name: "secondary source with an unknown field", lua: """
            local p = require('smkit').plugin { id = 'bad', api = 1 }
            p:check { id = 'B-1', subject = 'contest', severity = 'error', consequence = 'legal', source = 'https://x.org',
              read = '2026-01-01', secondary = { { url = 'https://b.org', date = '2026-01-01' } }, summary = 'x',
              run = function() end }
            """, message: "secondary[1]: unknown field 'date'"),
        LoadHazard(name: "manifest needs a newer API level", lua: "", api: 2, message: "needs smkit API level 2"),
    ]

    @Test func aRuleCarriesItsQuoteAndSecondarySources() throws {
        let parent = PluginFixture.temporaryDirectory()
        PluginFixture.write(id: "cited", lua: """
            local p = require('smkit').plugin { id = 'cited', api = 1 }
            p:check { id = 'C-1', subject = 'contest', severity = 'error', consequence = 'legal',
              source = 'https://law.example/s5a', source_title = 'UWG § 5a', read = '2026-12-07',
              quote = 'Unlauter handelt, wer \\27[31m irreführt',
              secondary = { { url = 'https://blog.example/a', title = 'A commentary', read = '2026-12-01' },
                            { url = 'https://blog.example/b' } },
              summary = 'x', run = function() end }
            return p
            """, in: parent)
        let host = try PluginFixture.host(parent)
        #expect(host.loadFailures.isEmpty, "\(host.loadFailures)")
        let check = try #require(host.checks.first)
        #expect(check.sourceTitle == "UWG § 5a")
        #expect(check.quote?.contains("\u{1B}") == false)
        #expect(check.quote?.hasSuffix("irreführt") == true)
        #expect(check.secondary == [RuleSource(url: "https://blog.example/a", title: "A commentary",
                                               read: CalendarDate("2026-12-01")),
                                    RuleSource(url: "https://blog.example/b")])
    }

    @Test(arguments: loadHazards)
    func brokenPluginFailsToLoadWhileOthersLoad(hazard: LoadHazard) throws {
        let parent = PluginFixture.temporaryDirectory()
        PluginFixture.write(id: "bad", lua: hazard.lua, in: parent, api: hazard.api)
        PluginFixture.write(id: "good", lua: PluginFixture.good, in: parent)
        let host = try PluginFixture.host(parent)
        let failure = try #require(host.loadFailures.first)
        #expect(failure.pluginID == "bad")
        #expect(failure.message.contains(hazard.message), "\(failure)")
        #expect(failure.file?.contains("bad/") == true, "\(failure)")
        #expect(host.plugins.map(\.id) == ["good"])
        #expect(host.checks.map(\.id) == ["GOOD-01"])
        #expect(host.check(.contest(PluginFixture.contest)).findings.map(\.ruleID) == ["GOOD-01"])
    }

    @Test func duplicateIdsAndBrokenManifestsAreNamed() throws {
        let first = PluginFixture.temporaryDirectory(), second = PluginFixture.temporaryDirectory()
        PluginFixture.write(id: "good", lua: PluginFixture.good, in: first)
        PluginFixture.write(id: "good", lua: PluginFixture.good, in: second, folder: "good-copy")
        let broken = PluginFixture.write(id: "broken", lua: "", in: second)
        _ = FileManager.default.createFile(atPath: broken + "/plugin.yaml", contents: Data("id: broken\nversion: [1\n".utf8))
        let found = PluginDiscovery.discover([PluginSearchPath(directory: first, origin: .builtIn),
                                              PluginSearchPath(directory: second, origin: .path)])
        #expect(found.plugins.map(\.manifest.directory) == [first + "/good"])
        let duplicate = try #require(found.failures.first { $0.message.contains("duplicate plugin id 'good'") })
        #expect(duplicate.file == second + "/good-copy/plugin.yaml")
        #expect(duplicate.message.contains(first + "/good/plugin.yaml"))
        let manifest = try #require(found.failures.first { $0.pluginID == "broken" })
        #expect(manifest.phase == .manifest)
        #expect(manifest.file == broken + "/plugin.yaml")
        #expect(manifest.line == 2 || manifest.line == 3)
    }

    @Test func searchPathsFollowTheDocumentedOrder() {
        let paths = PluginDiscovery.searchPaths(workspace: "/ws", environment: [
            "SMKIT_PLUGINS_DIR": "/builtin", "XDG_CONFIG_HOME": "/cfg", "HOME": "/home/u", "SMKIT_PLUGIN_PATH": "/p1:/p2",
        ])
        #expect(paths.map(\.directory) == ["/builtin", "/ws/plugins", "/cfg/smkit/plugins", "/home/u/.local/share/smkit/plugins",
                                            "/p1", "/p2"])
        #expect(paths.map(\.origin) == [.builtIn, .workspace, .user, .installed, .path, .path])
        let home = PluginDiscovery.searchPaths(environment: ["SMKIT_PLUGINS_DIR": "/b", "HOME": "/home/u"])
        #expect(home.map(\.directory) == ["/b", "/home/u/.config/smkit/plugins", "/home/u/.local/share/smkit/plugins"])
    }
}
