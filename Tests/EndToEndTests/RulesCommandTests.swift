import Foundation
import Testing

/// `smkit rules` over the built-in plugins (whatever rules and quotes they have today).
@Suite("smkit rules", .timeLimit(.minutes(2)))
struct RulesCommandTests {
    static let keys: Set<String> = ["id", "plugin", "subject", "severity", "consequence", "platforms", "summary", "source",
                                    "source_title", "read", "quote", "secondary"]

    /// The rules as JSON objects.
    static func records(_ arguments: [String] = []) throws -> [[String: Any]] {
        let output = try PluginE2E.run(["rules", "--format", "json"] + arguments)
        #expect(output.status == 0, "\(output.stderr)")
        return try rules(of: output.stdout)
    }

    /// The `rules` array of a `smkit rules --format json` document.
    static func rules(of json: String) throws -> [[String: Any]] {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(document["schema"] as? String == "smkit.rules/1")
        return try #require(document["rules"] as? [[String: Any]])
    }

    /// The number of checks `smkit plugin list` counts.
    static func checkCount() throws -> Int {
        let list = try PluginE2E.run(["plugin", "list"])
        return list.stdout.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line -> Int? in
            let fields = line.split(separator: "\t")
            return fields.count > 4 ? Int(fields[4].split(separator: " ")[0]) : nil
        }.reduce(0, +)
    }

    @Test func jsonListsEveryRuleWithEveryKeySortedByPluginThenID() throws {
        let records = try Self.records()
        #expect(!records.isEmpty)
        #expect(records.count == (try Self.checkCount()))
        for record in records {
            #expect(Set(record.keys) == Self.keys, "\(record)")
            #expect((record["summary"] as? [String: String])?.keys.sorted() == ["de", "en"])
            #expect(record["secondary"] is [Any])
        }
        let plugins = records.compactMap { $0["plugin"] as? String }
        #expect(plugins == plugins.sorted())
    }

    @Test func textAndMarkdownListEveryRule() throws {
        let ids = try Self.records().compactMap { $0["id"] as? String }
        let text = try PluginE2E.run(["rules", "--lang", "en"])
        let markdown = try PluginE2E.run(["rules", "--format", "markdown", "--lang", "en"])
        #expect(text.status == 0 && markdown.status == 0)
        for id in ids {
            #expect(text.stdout.contains("\n  \(id)  "), "\(id) missing from text")
            #expect(markdown.stdout.contains("\n### \(id.replacingOccurrences(of: "_", with: "\\_")): "), "\(id) missing from markdown")
        }
        #expect(text.stdout.contains("Note: not legal advice."))
        #expect(markdown.stdout.hasPrefix("# Rules and their sources\n"))
        #expect(markdown.stdout.contains("\n> **Note: not legal advice."))
        #expect(markdown.stdout.contains("\n## facebook\n"))
        #expect(markdown.stdout.contains("](https://") || markdown.stdout.contains("<https://"))
    }

    @Test func germanMarkdownSaysItIsNoLegalAdvice() throws {
        let output = try PluginE2E.run(["rules", "--format", "markdown"])
        #expect(output.stdout.hasPrefix("# Regeln und ihre Quellen\n"))
        #expect(output.stdout.contains("Keine Rechtsberatung"))
        #expect(output.stdout.contains("Erstellt am "))
    }

    @Test func pluginFiltersAndAMisspelledIDSuggestsTheRightOne() throws {
        let facebook = try Self.records(["--plugin", "facebook"])
        #expect(!facebook.isEmpty)
        #expect(facebook.allSatisfy { $0["plugin"] as? String == "facebook" })
        let typo = try PluginE2E.run(["rules", "--plugin", "facebok"])
        #expect(typo.status == 64)
        #expect(typo.stderr.contains("unknown plugin 'facebok'; did you mean 'facebook'?"))
        #expect(typo.stdout.isEmpty)
        let fresh = try PluginE2E.run(["rules", "freshness", "--plugin", "facebok", "--state", "/nonexistent/state.json"])
        #expect(fresh.status == 64)
        #expect(fresh.stderr.contains("did you mean 'facebook'?"))
    }

    @Test func outputFilesAreNotOverwrittenWithoutForce() throws {
        let folder = try TemporaryDirectory()
        let path = folder.url.appendingPathComponent("rules.md").path
        let first = try PluginE2E.run(["rules", "--format", "markdown", "-o", path])
        #expect(first.status == 0 && first.stdout.isEmpty)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("Keine Rechtsberatung"))
        let again = try PluginE2E.run(["rules", "--format", "markdown", "-o", path])
        #expect(again.status == 2)
        #expect(again.stderr.contains(path))
        #expect(try PluginE2E.run(["rules", "-o", path, "--force"]).status == 0)
    }

    @Test func aPluginThatFailsToLoadIsReportedAndExitsThree() throws {
        let extra = PluginE2E.temporaryDirectory()
        let plugin = extra.appendingPathComponent("broken")
        try FileManager.default.createDirectory(at: plugin, withIntermediateDirectories: true)
        try "id: broken\nname: broken\nversion: 1.0.0\napi: 1\nauthor: T\nlicence: MIT\nrules_date: 2026-11-22\n"
            .write(to: plugin.appendingPathComponent("plugin.yaml"), atomically: true, encoding: .utf8)
        try "this is not lua(".write(to: plugin.appendingPathComponent("init.lua"), atomically: true, encoding: .utf8)
        let output = try PluginE2E.run(["rules", "--format", "json"], environment: ["SMKIT_PLUGIN_PATH": extra.path])
        #expect(output.status == 3)
        #expect(output.stderr.contains("broken"))
        let records = try Self.rules(of: output.stdout)
        #expect(records.contains { $0["plugin"] as? String == "facebook" })
    }
}
