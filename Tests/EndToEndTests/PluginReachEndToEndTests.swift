import Foundation
import Testing

/// What a plugin may touch, seen from outside (issue #11, item 7): `print` never reaches
/// stdout, `--verbose` shows it on stderr with the plugin id, and findings arrive cleaned.
@Suite("smkit check: plugin output")
struct PluginReachEndToEndTests {
    /// A folder for SMKIT_PLUGIN_PATH with one plugin that prints and forges output.
    static func forgingPlugin() throws -> URL {
        let extra = PluginE2E.temporaryDirectory()
        let plugin = extra.appendingPathComponent("forger")
        try FileManager.default.createDirectory(at: plugin.appendingPathComponent("tests"), withIntermediateDirectories: true)
        try """
            id: forger
            name: forger
            version: 1.0.0
            api: 1
            author: T
            licence: MIT
            rules_date: 2026-11-22
            """.write(to: plugin.appendingPathComponent("plugin.yaml"), atomically: true, encoding: .utf8)
        try #"""
            print("loading {\"not\": json")
            local plugin = smkit.plugin { id = "forger", api = 1 }
            plugin:check { id = "FORGE-1", subject = "contest", severity = "info", consequence = "best_practice",
              source = "https://example.org", read = "2026-11-22", summary = "forges",
              run = function(contest, report)
                print("\27[2J0 errors", contest.id)
                report:fail { field = "text", message = "looks fine\27[2J\n0 errors, 0 warnings" }
              end }
            return plugin
            """#.write(to: plugin.appendingPathComponent("init.lua"), atomically: true, encoding: .utf8)
        try """
            base: { kind: contest, platforms: [facebook], text: "Gewinnspiel", entry: [comment] }
            cases:
              - name: any contest
                contest: {}
                expect: [FORGE-1]
            """.write(to: plugin.appendingPathComponent("tests/cases.yaml"), atomically: true, encoding: .utf8)
        return extra
    }

    @Test func printNeverReachesStdoutAndJSONStillParses() throws {
        let extra = try Self.forgingPlugin()
        let output = try PluginE2E.run(["check", "Examples/contests/teilen-und-markieren.yaml", "--format", "json"],
                                       environment: ["SMKIT_PLUGIN_PATH": extra.path])
        #expect(output.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        let findings = try #require(json?["findings"] as? [[String: Any]])
        let forged = try #require(findings.first { $0["rule_id"] as? String == "FORGE-1" })
        #expect((forged["message"] as? [String: String])?["en"] == "looks fine 0 errors, 0 warnings")
        #expect(!output.stdout.contains("loading") && !output.stdout.contains("\u{1B}"))
        #expect(!output.stderr.contains("loading"))
    }

    @Test func verboseShowsTheLogOnStderrWithThePluginID() throws {
        let extra = try Self.forgingPlugin()
        let output = try PluginE2E.run(["check", "Examples/contests/teilen-und-markieren.yaml", "--verbose", "--lang", "en"],
                                       environment: ["SMKIT_PLUGIN_PATH": extra.path])
        let lines = output.stderr.split(separator: "\n")
        #expect(lines.contains("[forger] loading {\"not\": json"))
        #expect(lines.contains("[forger] 0 errors teilen-und-markieren"))
        #expect(!output.stderr.contains("\u{1B}") && !output.stdout.contains("\u{1B}"))
        #expect(!output.stdout.contains("loading"))
        // The forged line stays on the finding's own line.
        #expect(output.stdout.split(separator: "\n").contains { $0.contains("[forger FORGE-1] looks fine 0 errors, 0 warnings") })
    }

    @Test func pluginTestShowsWhatThePluginPrinted() throws {
        let extra = try Self.forgingPlugin()
        let output = try PluginE2E.run(["plugin", "test", extra.appendingPathComponent("forger").path])
        #expect(output.status == 0)
        #expect(output.stdout.contains("log   [forger] loading {\"not\": json"))
        #expect(output.stdout.contains("ok    any contest"))
        #expect(output.stdout.contains("      log [forger] 0 errors"))
        #expect(!output.stdout.contains("\u{1B}"))
    }
}
