import Foundation
import Testing

/// The third-party flow of issue #13, with the built binary and an empty home: a Threads plugin
/// (not built in) packed as a tarball, installed, used by a workspace of a company that is not in
/// Examples/, its scorer picked by name from the command line and from Lua, its hash listed and
/// a change to one of its files reported.
@Suite(.timeLimit(.minutes(3)))
struct ThirdPartyPluginTests {
    /// The plugin's files; the folder is deliberately not named after the id.
    static let folder = "threads-plugin"

    static let manifest = """
        id: threads
        name: Threads
        version: 1.2.0
        api: 1
        author: Example Agency
        licence: MIT
        platforms:
          defines: [threads]
          extends: [instagram]
        rules_date: 2026-11-01

        """

    static let code = """
        local smkit = require "smkit"
        local plugin = smkit.plugin { id = "threads", api = 1 }

        plugin:platform {
          id = "threads", name = "Threads", kind = "microblog",
          fit = { b2b = "low", b2c = "high" },
          effort_hours_per_week = 1.5, response_time_hours = 24,
          formats = { "text", "image" },
        }

        plugin:platform { extends = "instagram", notes = { "Posts can be cross-posted to Threads" } }

        plugin:scorer {
          id = "threads-first", subject = "platform",
          summary = { de = "Threads zuerst", en = "Threads first" },
          score = function(platform, context)
            local value = platform.id == "threads" and 0.95 or 0.2
            return { value = value, terms = { { label = "Threads first", value = value, weight = 1,
              reason = ("%.1f hours for channels"):format(context.hours_for_channels) } } }
          end,
        }

        plugin:check {
          id = "TH-01", subject = "presence", severity = "warning", consequence = "best_practice",
          source = "https://example.org/threads-guide", read = "2026-11-01", platforms = { "threads" },
          summary = { de = "Threads-Profil seit über 30 Tagen still", en = "Threads profile silent for over 30 days" },
          run = function(presence, report)
            if presence.status == "active" and (presence.days_since_last_post or 0) > 30 then
              report:fail { field = "last_post" }
            end
          end,
        }

        return plugin

        """

    static let cases = """
        base: { platform: threads, handle: kettenblatt, status: active }
        cases:
          - name: silent for two months
            presence: { last_post: 2026-09-30 }
            as_of: 2026-11-30
            expect: [TH-01]
          - name: posted yesterday
            presence: { last_post: 2026-11-29 }
            as_of: 2026-11-30
            absent: [TH-01]
          - name: Threads ranks first
            scorer: threads-first
            workspace: fixtures/ws
            platforms: [threads]
            min: 0.9

        """

    /// A bicycle workshop with a presence on Threads (and one on Instagram).
    static let strategy = """
        version: 1
        as_of: 2026-11-30
        organization:
          name: Fahrradwerkstatt Kettenblatt
          business_model: { type: b2c, industry: Fahrradwerkstatt, employees: 6 }
          target_groups:
            - { id: pendler, name: Pendler, kind: consumer, age_bands: [30-49] }
          resources:
            hours:
              - { role: Inhaberin, hours_per_week: 4 }
          presences:
            - { platform: threads, handle: kettenblatt, status: active, last_post: 2026-11-28 }
            - { platform: instagram, handle: kettenblatt, status: active, last_post: 2026-11-20 }
        goals:
          - { id: g1, benefit: awareness, kpi: reach, platform: threads, baseline: 100, target: 500, deadline: 2027-06-30 }
        drafts:
          - id: lokal
            name: Werkstatt zeigen
            benefits: { awareness: high }
            components:
              channels:
                - { platform: threads, priority: 1 }

        """

    static let script = """
        local smkit = require "smkit"
        local ws = smkit.load_workspace(arg[1])
        local ranking = ws:rank_platforms{ scorer = "threads-first" }
        print(ranking.entries[1].platform_id, ranking.scorer.id, ranking.scorer.plugin_id)
        local ids = {}
        for _, p in ipairs(smkit.platforms()) do ids[#ids + 1] = p.id end
        print(table.concat(ids, ","))
        local instagram = smkit.platform("instagram")
        print(instagram.notes[#instagram.notes].en)
        print(select(2, pcall(ws.rank_platforms, ws, { scorer = "threads-frist" })))

        """

    static func write(_ text: String, _ path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// The plugin in `root/src/threads-plugin`, the workspace in `root/kettenblatt`.
    static func prepare(_ home: InstallHome) throws -> (plugin: String, workspace: String) {
        let plugin = home.root.path + "/src/" + folder
        try write(manifest, plugin + "/plugin.yaml")
        try write(code, plugin + "/init.lua")
        try write(cases, plugin + "/tests/cases.yaml")
        try write(strategy, plugin + "/tests/fixtures/ws/strategy.yaml")
        let workspace = home.root.path + "/kettenblatt"
        try write(strategy, workspace + "/strategy.yaml")
        try write(script, home.root.path + "/rank.lua")
        return (plugin, workspace)
    }

    @Test func aThreadsPluginFromATarballWorksEverywhere() throws {
        let home = InstallHome()
        let (plugin, workspace) = try Self.prepare(home)

        // The author's tools accept it, folder name and all.
        let tested = try home.smkit("plugin", "test", plugin)
        #expect(tested.status == 0, "\(tested.stdout)\(tested.stderr)")
        #expect(tested.stdout.contains("3 passed, 0 failed"))
        let validated = try home.smkit("plugin", "validate", plugin)
        #expect(validated.status == 0, "\(validated.stderr)")
        #expect(validated.stderr.contains("the folder 'threads-plugin' holds plugin 'threads'"))

        // Installed from a tarball into the empty home.
        let archive = try home.tarball(Self.folder, name: "threads.tgz")
        let installed = try home.smkit("plugin", "install", archive)
        #expect(installed.status == 0, "\(installed.stderr)")
        #expect(home.installedNames == ["smkit-plugins.lock", "threads"])

        // plugin list: installed, its scorer, its hash.
        let digest = try #require(try home.lockEntry("threads")?["digest"] as? String)
        let line = try #require(try home.listLine("threads"))
        #expect(line.contains("\tinstalled\t"))
        #expect(line.contains("scorers: threads-first (platform)"))
        #expect(line.hasSuffix("ok sha256:" + digest))

        // The report ranks Threads with the default scorer …
        let report = try home.smkit("report", workspace, "--lang", "en", "--format", "json")
        #expect(report.status == 0, "\(report.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let ranking = try #require(json["platformRanking"] as? [String: Any])
        let entries = try #require(ranking["entries"] as? [[String: Any]])
        #expect(entries.contains { $0["platformID"] as? String == "threads" })
        let scorers = try #require(json["scorers"] as? [[String: Any]])
        #expect(scorers.map { $0["id"] as? String } == ["platform-fit", "pbsm"])

        // … and with the plugin's scorer chosen by name, which it names with its plugin and source.
        let chosen = try home.smkit("report", workspace, "--lang", "en", "--scorer", "threads-first", "--format", "markdown")
        #expect(chosen.status == 0, "\(chosen.stderr)")
        #expect(chosen.stdout.contains("Scored with threads-first (plugin threads, \(home.installed)/threads/init.lua)"))
        #expect(chosen.stdout.contains("| 1 | Threads | 0.95 |"), "\(chosen.stdout)")
        let misspelt = try home.smkit("report", workspace, "--scorer", "threads-frist")
        #expect(misspelt.status == 1)
        #expect(misspelt.stderr.contains("unknown scorer 'threads-frist'; did you mean 'threads-first'?"))

        // From Lua: the same scorer by name, the platform among smkit.platforms(), the extension of Instagram.
        let lua = try home.smkit("run", home.root.path + "/rank.lua", workspace)
        #expect(lua.status == 0, "\(lua.stderr)")
        let printed = lua.stdout.split(separator: "\n").map(String.init)
        #expect(printed.first == "threads\tthreads-first\tthreads")
        #expect(printed.dropFirst().first == "facebook,instagram,linkedin,pinterest,threads,tiktok,x,xing,youtube")
        #expect(printed.dropFirst(2).first == "Posts can be cross-posted to Threads")
        #expect(printed.dropFirst(3).first?.contains("did you mean 'threads-first'?") == true)

        // The REPL sees the same plugin run: the platform, the scorer, the plugin.
        let repl = try BuiltBinary.repl.run(["--workspace", workspace, "--lang", "en"],
                                            stdin: "smkit.platform('threads').name\nws:rank_platforms{scorer = 'threads-first'}.entries[1].platform_id\n.plugins\n",
                                            environment: home.environment, directory: home.root)
        #expect(repl.status == 0, "\(repl.stderr)")
        #expect(repl.stdout.contains("\"Threads\"\n\"threads\"\n"), "\(repl.stdout)")
        #expect(repl.stdout.contains("threads 1.2.0"))

        // The workspace check knows the platform and runs the plugin's presence rule.
        let checked = try home.smkit("check", "--workspace", workspace, "--lang", "en", "--format", "json")
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
        #expect(!checked.stderr.contains("threads'"))

        // One changed file: plugin list says so.
        let file = home.installed + "/threads/init.lua"
        try (try String(contentsOfFile: file, encoding: .utf8) + "-- edited\n").write(toFile: file, atomically: true, encoding: .utf8)
        let modified = try #require(try home.listLine("threads"))
        #expect(modified.hasSuffix("modified: changed init.lua"), "\(modified)")
    }

    @Test func theSamePluginInTheWorkspaceAndOnThePathIsANoticeAndTheNearerOneWins() throws {
        let home = InstallHome()
        let (plugin, workspace) = try Self.prepare(home)
        let copy = workspace + "/plugins/threads"
        try FileManager.default.createDirectory(atPath: workspace + "/plugins", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: plugin, toPath: copy)
        let result = try BuiltBinary.smkit.run(
            ["plugin", "list", "--workspace", workspace],
            environment: home.environment.merging(["SMKIT_PLUGIN_PATH": home.root.path + "/src"]) { $1 },
            directory: home.root)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let line = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("threads\t") })
        #expect(line.contains("\tworkspace\t") && line.hasSuffix(copy))
        #expect(result.stdout.contains("NOTICE\tplugin 'threads': using \(copy)/plugin.yaml; \(plugin)/plugin.yaml has the same id"))
        #expect(!result.stdout.contains("FAILED"))
        let report = try BuiltBinary.smkit.run(
            ["report", workspace, "--scorer", "threads-first"],
            environment: home.environment.merging(["SMKIT_PLUGIN_PATH": home.root.path + "/src"]) { $1 },
            directory: home.root)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stderr.contains("notice: plugin 'threads'"))
        let repl = try BuiltBinary.repl.run(
            ["--workspace", workspace], stdin: ".plugins\n",
            environment: home.environment.merging(["SMKIT_PLUGIN_PATH": home.root.path + "/src"]) { $1 },
            directory: home.root)
        #expect(repl.stdout.contains("Failed: none\nNotices:\n  plugin 'threads': using \(copy)/plugin.yaml"), "\(repl.stdout)")
    }

    @Test func luaTablesAreCheckedLikeFilesWithFieldPaths() throws {
        let home = InstallHome()
        let script = home.root.path + "/strict.lua"
        try Self.write("""
            local smkit = require "smkit"
            smkit.set_language("en")
            print(select(2, pcall(smkit.check, { kind = "contest", platforms = { "facebok" }, text = "x", entry = { "comment" } })))
            print(select(2, pcall(smkit.check, { kind = "post", platform = "x", text = "hi" }, { platfroms = {} })))
            print(select(2, pcall(smkit.check, { kind = "post", platform = "x", text = "hi" }, { platforms = { "tiktk" } })))
            local ws = smkit.load_workspace(arg[1])
            local t = ws:totable()
            t.organization.presences[1].platform = "facebok"
            t.organization.buisness_model = t.organization.business_model
            print(select(2, pcall(smkit.workspace, t)))

            """, script)
        let result = try home.smkit("run", script, PluginE2E.packageRoot.appendingPathComponent("Examples/baeckerei-sonnenschein").path)
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.contains("platforms[1]: unknown platform 'facebok' in 'platforms'; did you mean 'facebook'?"), "\(out)")
        #expect(!out.contains("(table):"))
        #expect(out.contains("options: unknown key 'platfroms'; did you mean 'platforms'?"))
        #expect(out.contains("options.platforms[1]: unknown platform 'tiktk'; did you mean 'tiktok'?"))
        #expect(out.contains("organization.presences[1].platform: unknown platform 'facebok'; did you mean 'facebook'?"))
        #expect(out.contains("organization: unknown key 'buisness_model'; did you mean 'business_model'?"))
    }
}
