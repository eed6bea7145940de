import Foundation
import Testing

/// Runs the built `smkit` binary for the plugin commands' end-to-end tests.
enum PluginE2E {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    typealias Output = BuiltBinary.Result

    /// Runs smkit with the repository's plugins only (no user or path plugins).
    static func run(_ arguments: [String], in directory: URL? = nil, environment extra: [String: String] = [:]) throws -> Output {
        let home = NSTemporaryDirectory() + "smkit-e2e-home"
        var environment = [
            "SMKIT_PLUGINS_DIR": packageRoot.appendingPathComponent("Plugins").path,
            "XDG_CONFIG_HOME": home, "HOME": home, "SMKIT_PLUGIN_PATH": "",
            // No installed plugins of whoever runs the tests.
            "XDG_DATA_HOME": home + "/data",
        ]
        for (key, value) in extra { environment[key] = value }
        return try BuiltBinary.smkit.run(arguments, environment: environment, directory: directory ?? packageRoot)
    }

    static func temporaryDirectory() -> URL {
        let url = URL(fileURLWithPath: NSTemporaryDirectory() + "smkit-e2e-" + UUID().uuidString)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

@Suite("smkit check")
struct CheckCommandTests {
    @Test func cleanContestExitsZeroWithTheNotice() throws {
        let output = try PluginE2E.run(["check", "Examples/contests/adventsverlosung.yaml"])
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
        #expect(output.stdout.contains("0 Fehler, 0 Warnungen, 0 Hinweise; 0 Plugin-Ausfälle."))
        #expect(output.stdout.contains("Keine Rechtsberatung"))
    }

    @Test func mistakesExitOneWithSourcedFindings() throws {
        let output = try PluginE2E.run(["check", "Examples/contests/teilen-und-markieren.yaml", "--lang", "en"])
        #expect(output.status == 1)
        #expect(output.stdout.contains(
            "Examples/contests/teilen-und-markieren.yaml:8:1: error: [facebook FB-04] No entry via personal timelines"))
        #expect(output.stdout.contains("source: https://www.facebook.com/policies_center/pages_groups_events (read 2026-12-07)"))
        #expect(output.stdout.contains("[de-contest-law DE-11]"))
        #expect(output.stdout.contains("(law)"))
        #expect(output.stdout.contains("Note: not legal advice."))
    }

    @Test func germanAndEnglishMessagesDiffer() throws {
        let de = try PluginE2E.run(["check", "Examples/contests/x-retweet.yaml", "--lang", "de"])
        let en = try PluginE2E.run(["check", "Examples/contests/x-retweet.yaml", "--lang", "en"])
        #expect(de.stdout.contains("Die Teilnahme kostet 1,00 €"))
        #expect(en.stdout.contains("Entering costs €1.00"))
    }

    @Test func jsonHasFindingsFailuresAndDisclaimer() throws {
        let output = try PluginE2E.run(["check", "Examples/contests/influencer-gewinnspiel.yaml", "Examples/contests/instagram-post.yaml",
                                        "--format", "json"])
        #expect(output.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        let findings = try #require(object?["findings"] as? [[String: Any]])
        let rules = Set(findings.compactMap { $0["rule_id"] as? String })
        #expect(rules.isSuperset(of: ["DE-13", "DE-14", "DE-15", "DE-16", "DE-16.P", "IG-POST-02"]))
        #expect(findings.allSatisfy { ($0["source"] as? String)?.hasPrefix("http") == true && $0["rule_date"] != nil })
        #expect((object?["disclaimer"] as? [String: String])?["en"]?.contains("not legal advice") == true)
        #expect((object?["failures"] as? [Any])?.isEmpty == true)
    }

    @Test func markdownReportHasATablePerSubject() throws {
        let output = try PluginE2E.run(["check", "Examples/contests/x-retweet.yaml", "--format", "markdown", "--lang", "en"])
        #expect(output.stdout.hasPrefix("# Check report"))
        #expect(output.stdout.contains("## x-retweet"))
        #expect(output.stdout.contains("| error | X-02 | x | platform rule |"))
    }

    @Test func platformOptionChecksForAnotherPlatform() throws {
        let output = try PluginE2E.run(["check", "Examples/contests/adventsverlosung.yaml", "--platform", "linkedin", "--lang", "en"])
        #expect(output.status == 1)
        #expect(output.stdout.contains("[linkedin LI-01]"))
        #expect(!output.stdout.contains("[facebook "))
        let unknown = try PluginE2E.run(["check", "Examples/contests/adventsverlosung.yaml", "--platform", "myspace"])
        #expect(unknown.status != 0 && unknown.stderr.contains("unknown platform 'myspace'"))
    }

    @Test func brokenInputGetsPositionsAndExitTwo() throws {
        let output = try PluginE2E.run(["check", "Examples/contests/broken.yaml", "--lang", "en"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("Examples/contests/broken.yaml:3:13: error: unknown platform 'facebok'"))
        #expect(output.stderr.contains("Examples/contests/broken.yaml:7:1: error: unknown key 'termz' in contest; did you mean 'terms'?"))
    }

    @Test func failingPluginExitsThreeAndOthersStillReport() throws {
        let extra = PluginE2E.temporaryDirectory()
        let plugin = extra.appendingPathComponent("loops")
        try FileManager.default.createDirectory(at: plugin, withIntermediateDirectories: true)
        try """
            id: loops
            name: loops
            version: 1.0.0
            api: 1
            author: T
            licence: MIT
            rules_date: 2026-11-22
            """.write(to: plugin.appendingPathComponent("plugin.yaml"), atomically: true, encoding: .utf8)
        try """
            local plugin = smkit.plugin { id = "loops", api = 1 }
            plugin:check { id = "LOOP-1", subject = "contest", severity = "info", consequence = "best_practice",
              source = "https://example.org", read = "2026-11-22", summary = "loops",
              run = function() while true do end end }
            return plugin
            """.write(to: plugin.appendingPathComponent("init.lua"), atomically: true, encoding: .utf8)
        let output = try PluginE2E.run(["check", "Examples/contests/teilen-und-markieren.yaml", "--lang", "en"],
                                       environment: ["SMKIT_PLUGIN_PATH": extra.path])
        #expect(output.status == 3)
        #expect(output.stdout.contains("[facebook FB-04]"))
        #expect(output.stdout.contains("plugin 'loops' failed (check, rule LOOP-1, subject teilen-und-markieren)"))
        #expect(output.stdout.contains("loops/init.lua:4:"))
        #expect(output.stdout.contains("instruction limit exceeded"))
    }
}
