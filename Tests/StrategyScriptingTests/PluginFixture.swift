import Foundation
import LuaHost
import StrategyKit
@testable import StrategyScripting

/// Temporary plugin folders and shared values for the plugin tests.
enum PluginFixture {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let builtIn = packageRoot.appendingPathComponent("Plugins").path

    /// Small limits so hostile plugins stop quickly.
    static let limits = LuaLimits(memoryBytes: 32 << 20, instructions: 5_000_000, seconds: 3)

    /// A fresh folder under the temporary directory.
    static func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "smkit-plugin-tests-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func manifest(id: String, api: Int = 1) -> String {
        """
        id: \(id)
        name: \(id)
        version: 1.0.0
        api: \(api)
        author: Test
        licence: MIT
        rules_date: 2026-11-22

        """
    }

    /// Writes a plugin folder `<parent>/<id>` with the manifest, `init.lua` and extra files.
    @discardableResult
    static func write(id: String, lua: String, in parent: String, api: Int = 1, folder: String? = nil,
                      files: [String: String] = [:]) -> String {
        let directory = parent + "/" + (folder ?? id)
        try? FileManager.default.createDirectory(atPath: directory + "/tests", withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: directory + "/plugin.yaml", contents: Data(manifest(id: id, api: api).utf8))
        _ = FileManager.default.createFile(atPath: directory + "/init.lua", contents: Data(lua.utf8))
        for (name, content) in files {
            _ = FileManager.default.createFile(atPath: directory + "/" + name, contents: Data(content.utf8))
        }
        return directory
    }

    /// A plugin with one contest check whose body is `body` (line 5 of init.lua is the body's first line).
    static func checkPlugin(id: String, rule: String, body: String, prelude: String = "") -> String {
        """
        local smkit = require "smkit"
        local plugin = smkit.plugin { id = "\(id)", api = 1 } \(prelude)
        plugin:check { id = "\(rule)", subject = "contest", severity = "error", consequence = "platform",
          source = "https://example.org/rule", read = "2026-11-22", summary = { de = "Regel", en = "Rule" }, run = function(contest, report)
        \(body)
        end }
        return plugin
        """
    }

    /// A well-behaved plugin that always reports GOOD-01 on the text: the witness that others still run.
    static let good = checkPlugin(id: "good", rule: "GOOD-01",
                                  body: "if contest.text:find(\"Gewinnspiel\") then report:fail { field = \"text\" } end")

    static let contest = Contest(id: "c1", platforms: ["facebook"], text: "Gewinnspiel! Kommentiere.", entry: [.comment])

    /// A host with the plugins in `parent`, loaded in discovery order.
    static func host(_ parent: String, limits: LuaLimits = limits) throws -> PluginHost {
        let found = PluginDiscovery.discover([PluginSearchPath(directory: parent, origin: .explicit)])
        let host = try PluginHost(limits: limits)
        host.load(found.plugins)
        return host
    }
}
