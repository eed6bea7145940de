import Foundation
import LuaHost
import StrategyKit
import Testing
@testable import StrategyScripting

/// The one plugin run: its search order, the nearer-wins rule, the platforms it shares with
/// workspaces and scripts, and scorer selection.
@Suite(.timeLimit(.minutes(1)))
struct PluginRunTests {
    static let platformLua = """
        local smkit = require "smkit"
        local plugin = smkit.plugin { id = "threads", api = 1 }
        plugin:platform { id = "threads", name = "Threads", kind = "microblog", fit = { b2b = "low", b2c = "high" },
                          effort_hours_per_week = 1.5, response_time_hours = 24 }
        plugin:scorer { id = "threads-first", subject = "platform", summary = "Threads first",
                        score = function(p) return { value = p.id == "threads" and 1 or 0, terms = {} } end }
        return plugin
        """

    @Test func searchPathsAreNearestFirst() {
        let paths = PluginDiscovery.searchPaths(workspace: "/w/", environment: [
            "SMKIT_PLUGINS_DIR": "/b", "SMKIT_PLUGIN_PATH": "/p1::/p2", "HOME": "/h", "XDG_DATA_HOME": "/d",
        ])
        #expect(paths.map(\.origin) == [.workspace, .path, .path, .user, .installed, .builtIn])
        #expect(paths.map(\.directory) == ["/w/plugins", "/p1", "/p2", "/h/.config/smkit/plugins", "/d/smkit/plugins", "/b"])
    }

    @Test func theBuiltInFolderIsFoundFromTheExecutableOrTheEnvironment() throws {
        let root = PluginFixture.temporaryDirectory()
        PluginFixture.write(id: "demo", lua: "return require('smkit').plugin { id = 'demo', api = 1 }", in: root + "/Plugins")
        let executable = URL(fileURLWithPath: root + "/.build/debug/smkit")
        try FileManager.default.createDirectory(at: executable.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(PluginDiscovery.builtInDirectory(environment: [:], executable: executable) == root + "/Plugins")
        #expect(PluginDiscovery.builtInDirectory(environment: ["SMKIT_PLUGINS_DIR": "/x/y"], executable: executable) == "/x/y")
    }

    @Test func theNearerCopyWinsWithANoticeAndLoadsAfterTheFartherOnes() throws {
        let near = PluginFixture.temporaryDirectory(), far = PluginFixture.temporaryDirectory()
        PluginFixture.write(id: "threads", lua: Self.platformLua, in: near, folder: "not-the-id")
        PluginFixture.write(id: "threads", lua: Self.platformLua, in: far)
        PluginFixture.write(id: "extender", lua: """
            local plugin = require("smkit").plugin { id = "extender", api = 1 }
            plugin:platform { extends = "threads", notes = { "extended" } }
            return plugin
            """, in: near)
        let run = try PluginRun(paths: [PluginSearchPath(directory: near, origin: .workspace),
                                        PluginSearchPath(directory: far, origin: .path)])
        #expect(run.failures.isEmpty, "\(run.failures)")
        #expect(run.notices == [PluginNotice(pluginID: "threads", used: near + "/not-the-id/plugin.yaml",
                                             shadowed: far + "/threads/plugin.yaml")])
        #expect(run.plugin("threads")?.origin == .workspace)
        #expect(run.platforms["threads"]?.notes.map(\.en) == ["extended"])
    }

    @Test func aWorkspaceWithAPresenceOnAPluginPlatformLoadsAndRanksIt() throws {
        let root = PluginFixture.temporaryDirectory()
        PluginFixture.write(id: "threads", lua: Self.platformLua, in: root + "/ws/plugins")
        try """
            as_of: 2026-11-30
            organization:
              name: Kettenblatt
              business_model: { type: b2c, industry: Fahrräder, employees: 3 }
              resources: { hours: [ { role: owner, hours_per_week: 5 } ] }
              presences: [ { platform: threads, handle: k, status: active } ]
            """.write(toFile: root + "/ws/strategy.yaml", atomically: true, encoding: .utf8)
        let run = try PluginRun(workspace: root + "/ws",
                                environment: ["SMKIT_PLUGINS_DIR": PluginFixture.builtIn, "HOME": root + "/home"])
        let loaded = try run.loadWorkspace(root + "/ws")
        #expect(loaded.workspace.organization.presences.map(\.platform) == ["threads"])
        let ranking = try run.rankPlatforms(loaded.workspace, scorer: try run.scorer("threads-first", for: .platform))
        #expect(ranking.entries.first?.platformID == "threads")
        #expect(run.check(workspace: loaded.workspace).failures.isEmpty)
    }

    @Test func scorersAreChosenByIdOnePerSubject() throws {
        let root = PluginFixture.temporaryDirectory()
        PluginFixture.write(id: "threads", lua: Self.platformLua, in: root)
        let run = try PluginRun(paths: [PluginSearchPath(directory: root, origin: .path)])
        #expect(run.scorers.map(\.id) == ["platform-fit", "pbsm", "threads-first"])
        let found = try run.scorer("threads-first")
        #expect(found.pluginID == "threads" && found.source == root + "/threads/init.lua" && found.subject == .platform)
        #expect(throws: ScorerSelectionError("unknown scorer 'threads-frist'; did you mean 'threads-first'?; known: platform-fit, pbsm, threads-first")) {
            try run.scorer("threads-frist")
        }
        #expect(throws: ScorerSelectionError.self) { try run.selectScorers(["platform-fit", "threads-first"]) }
        let selection = try run.selectScorers(["threads-first", "pbsm"])
        #expect(selection.platform?.id == "threads-first" && selection.draft?.id == "pbsm")
    }

    @Test func aLuaTableIsWrittenWithTheFieldPathOfEveryLine() {
        let data = LuaData.record(["platforms": .array([.string("facebok")])])
        let document = LuaTableDocument(data)
        let line = document.text.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("facebok") }.map { $0 + 1 }
        #expect(line.flatMap { document.paths[$0] } == "platforms[1]")
    }
}

extension PluginRun {
    func plugin(_ id: String) -> LoadedPlugin? { plugins.first { $0.id == id } }
}
