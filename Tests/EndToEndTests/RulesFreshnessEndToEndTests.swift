import Foundation
import Testing

/// `smkit rules freshness` against a local HTTP server: every status, the exit codes, the
/// state file, and a page that changes between two runs.
@Suite("smkit rules freshness", .serialized, .timeLimit(.minutes(2)))
struct RulesFreshnessEndToEndTests {
    /// 2026-12-01 and 2026-12-15, 00:00 UTC (SOURCE_DATE_EPOCH sets smkit's "today").
    static let firstDay = "1796083200", laterDay = "1797292800"

    /// A plugin folder for SMKIT_PLUGIN_PATH with two plugins: one whose pages all have their
    /// quotes, one whose pages fail in every way.
    static func plugins(_ server: FreshnessServer) throws -> URL {
        let folder = PluginE2E.temporaryDirectory()
        func plugin(_ id: String, _ rules: [(String, String, String?)]) throws {
            let directory = folder.appendingPathComponent(id)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try "id: \(id)\nname: \(id)\nversion: 1.0.0\napi: 1\nauthor: T\nlicence: MIT\nrules_date: 2026-11-20\n"
                .write(to: directory.appendingPathComponent("plugin.yaml"), atomically: true, encoding: .utf8)
            var lua = "local plugin = smkit.plugin { id = \"\(id)\", api = 1 }\n"
            for (rule, path, quote) in rules {
                let quoted = quote.map { "[==[\($0)]==]" } ?? "nil"
                lua += """
                    plugin:check { id = "\(rule)", subject = "contest", severity = "info", consequence = "best_practice",
                      source = "\(server.url(path))", source_title = "Test page", read = "2026-11-20", quote = \(quoted),
                      summary = "\(rule)", run = function() end }

                    """
            }
            try (lua + "return plugin\n").write(to: directory.appendingPathComponent("init.lua"), atomically: true, encoding: .utf8)
        }
        try plugin("e2e-fresh", [
            // On the page behind &nbsp;, <b>, &#8222;…&#8220;, &ndash;, <a>, &shy; and &rsquo;.
            ("F-01", "/quote", #"Promotions must not require people to "share" the post - nor tag friends, says the platform's policy."#),
            ("F-02", "/changing", "Entries close at midnight"),
            ("F-03", "/r1", "redirects are followed"),
            ("F-04", "/plain", "winners are drawn at random within 7 days"),
            ("F-05", "/user-agent", "smkit/"),
            ("F-06", "/quote", nil),
        ])
        try plugin("e2e-stale", [
            ("S-01", "/quote", "Only a script says this sentence"),  // in a <script>: not page text
            ("S-02", "/missing", "anything"),
            ("S-03", "/loop", "anything"),
            ("S-04", "/slow", "anything"),
            ("S-05", "/doc.pdf", "quote inside a pdf"),
        ])
        return folder
    }

    static func run(_ arguments: [String], plugins: URL, day: String) throws -> BuiltBinary.Result {
        try PluginE2E.run(["rules", "freshness", "--lang", "en", "--timeout", "1"] + arguments,
                          environment: ["SMKIT_PLUGIN_PATH": plugins.path, "SOURCE_DATE_EPOCH": day])
    }

    static func lines(_ output: BuiltBinary.Result) -> [String] {
        output.stdout.split(separator: "\n").map(String.init)
    }

    @Test func everyStatusTheStateFileAndAPageThatChanges() throws {
        let server = try FreshnessServer()
        defer { server.stop() }
        let plugins = try Self.plugins(server)
        let scratch = try TemporaryDirectory()
        let state = scratch.url.appendingPathComponent("nested/state/freshness.json").path

        // 1. Every quote is found: exit 0; the state file and its folder are created.
        let first = try Self.run(["--plugin", "e2e-fresh", "--state", state], plugins: plugins, day: Self.firstDay)
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        let lines = Self.lines(first)
        #expect(lines.contains("e2e-fresh F-01: fresh"))
        #expect(lines.contains("e2e-fresh F-02: fresh"))
        #expect(lines.contains("e2e-fresh F-03: fresh (moved to \(server.url("/final")))"))
        #expect(lines.contains("e2e-fresh F-04: fresh"))
        #expect(lines.contains("e2e-fresh F-05: fresh"))
        #expect(lines.contains("e2e-fresh F-06: no quote"))
        #expect(lines.contains("5 fresh, 0 changed, 0 unreachable, 1 without quote."))
        #expect(lines.contains { $0.hasPrefix("Note: not legal advice.") })
        let recorded = try Self.state(state)
        #expect(recorded.map(\.rule) == ["F-01", "F-02", "F-03", "F-04", "F-05"])
        #expect(recorded.allSatisfy { $0.lastSeen == "2026-12-01" && $0.plugin == "e2e-fresh" && $0.hash.hasPrefix("fnv1a64:") })

        // 2. Pages that cannot be read: exit 2, one clear reason per page.
        let stale = try Self.run(["--plugin", "e2e-stale", "--state", state], plugins: plugins, day: Self.firstDay)
        #expect(stale.status == 2, "\(stale.stdout)\(stale.stderr)")
        let staleLines = Self.lines(stale)
        #expect(staleLines.contains("e2e-stale S-01: changed: quote not found on the page; last seen 2026-11-20 (the rule's read date)"))
        #expect(staleLines.contains("e2e-stale S-02: unreachable: HTTP 404 Not Found"))
        #expect(staleLines.contains("e2e-stale S-03: unreachable: too many redirects (more than 5)"))
        #expect(staleLines.contains("e2e-stale S-04: unreachable: timed out: no answer after 1 s"))
        #expect(staleLines.contains { $0.hasPrefix("e2e-stale S-05: unreachable: not text (application/pdf)") })
        #expect(staleLines.contains("Pages that could not be read:"))
        #expect(staleLines.contains("  \(server.url("/missing")): HTTP 404 Not Found"))
        #expect(staleLines.contains("0 fresh, 1 changed, 4 unreachable, 0 without quote."))
        #expect(try Self.state(state).count == 5)  // the other plugin's records are kept

        // 3. The page changes; two weeks later the quote is missing and was last seen on the first run.
        try server.setChangingPage("Entries now close at noon.")
        let later = try Self.run(["--plugin", "e2e-fresh", "--state", state], plugins: plugins, day: Self.laterDay)
        #expect(later.status == 1, "\(later.stdout)\(later.stderr)")
        #expect(Self.lines(later).contains("e2e-fresh F-02: changed: quote not found on the page; last seen 2026-12-01 (state file)"))
        #expect(Self.lines(later).contains("4 fresh, 1 changed, 0 unreachable, 1 without quote."))
        let updated = Dictionary(uniqueKeysWithValues: try Self.state(state).map { ($0.rule, $0.lastSeen) })
        #expect(updated["F-01"] == "2026-12-15")
        #expect(updated["F-02"] == "2026-12-01")

        // JSON says the same.
        let json = try Self.run(["--plugin", "e2e-fresh", "--state", state, "--format", "json"], plugins: plugins, day: Self.laterDay)
        #expect(json.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let rules = try #require(object["rules"] as? [[String: Any]])
        let changed = try #require(rules.first { $0["id"] as? String == "F-02" })
        #expect(changed["status"] as? String == "changed")
        #expect(changed["last_seen"] as? String == "2026-12-01")
        #expect(changed["last_seen_from"] as? String == "state")
        #expect((object["summary"] as? [String: Int])?["changed"] == 1)
        #expect(object["exit_status"] as? Int == 1)
    }

    @Test func aBrokenStateFileIsAnErrorNamingTheFileAndIsKept() throws {
        let server = try FreshnessServer()
        defer { server.stop() }
        let plugins = try Self.plugins(server)
        let scratch = try TemporaryDirectory()
        let state = try scratch.file("state.json", "{\"version\": 1, \"rules\": [ {\"plugin\": 3} ]}")
        let output = try Self.run(["--plugin", "e2e-fresh", "--state", state], plugins: plugins, day: Self.firstDay)
        #expect(output.status == 2)
        #expect(output.stderr.contains("\(state): error: state file: "))
        #expect(output.stdout.isEmpty)
        #expect(try String(contentsOfFile: state, encoding: .utf8) == "{\"version\": 1, \"rules\": [ {\"plugin\": 3} ]}")
    }

    struct Entry {
        var plugin: String, rule: String, hash: String, lastSeen: String
    }

    static func state(_ path: String) throws -> [Entry] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        let rules = try #require(object["rules"] as? [[String: Any]])
        return rules.map { Entry(plugin: $0["plugin"] as? String ?? "", rule: $0["rule"] as? String ?? "",
                                 hash: $0["quote_hash"] as? String ?? "", lastSeen: $0["last_seen"] as? String ?? "") }
    }
}
