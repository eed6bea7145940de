import Foundation
import Testing

/// `smkit check --workspace`: presences and strategy from the built binary.
@Suite("smkit check --workspace")
struct CheckWorkspaceTests {
    static let kessler = "Examples/kessler-industrietechnik"
    static let bakery = "Examples/baeckerei-sonnenschein"

    /// The 1-based line of the first line containing `text` after the first containing `after`.
    static func line(of text: String, after: String, in relativePath: String) throws -> Int {
        let file = PluginE2E.packageRoot.appendingPathComponent(relativePath).path
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex { $0.contains(after) })
        return try #require(lines[start...].firstIndex { $0.contains(text) }) + 1
    }

    @Test func kesslersAutoCreatedFacebookPageIsAWarningAtItsLine() throws {
        let output = try PluginE2E.run(["check", "--workspace", Self.kessler, "--lang", "en"])
        #expect(output.status == 0, "\(output.stderr)")  // warnings only
        let line = try Self.line(of: "status: auto_created", after: "platform: facebook", in: Self.kessler + "/strategy.yaml")
        #expect(output.stdout.contains(
            "\(Self.kessler)/strategy.yaml:\(line):7: warning: [social-media-audit AUD-02] The page Kessler Industrietechnik GmbH on facebook"))
        #expect(output.stdout.contains("source: https://"))
        #expect(output.stdout.contains("(read 2026-12-07)"))
        #expect(output.stdout.contains("0 errors, 1 warnings, 0 notes; 0 plugin failures."))
        #expect(output.stdout.contains("not legal advice"))
    }

    @Test func theBakeryGetsItsAbandonedAccountAndTheChannelCountInGerman() throws {
        let output = try PluginE2E.run(["check", "--workspace", Self.bakery])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("[social-media-audit AUD-01] Verlassener Auftritt SonnenscheinBack auf x"))
        #expect(output.stdout.contains("[social-media-audit AUD-04] 2 aktive Auftritte"))
        #expect(output.stdout.contains("[social-media-audit AUD-06]"))
        #expect(!output.stdout.contains("AUD-02") && !output.stdout.contains("AUD-05"))
        #expect(output.stdout.contains("Keine Rechtsberatung"))
        let presences = try Self.line(of: "presences:", after: "organization:", in: Self.bakery + "/strategy.yaml")
        #expect(output.stdout.contains("\(Self.bakery)/strategy.yaml:\(presences):3: Warnung: [social-media-audit AUD-04]"))
    }

    @Test func jsonNamesSubjectsAndTheStrategyFile() throws {
        let output = try PluginE2E.run(["check", "--workspace", Self.bakery, "--format", "json", "--lang", "en"])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(json["files"] as? [String] == ["\(Self.bakery)/strategy.yaml"])
        let findings = try #require(json["findings"] as? [[String: Any]])
        let bySubject = Dictionary(grouping: findings) { $0["subject"] as? String ?? "" }
        #expect(bySubject["strategy"]?.compactMap { $0["rule_id"] as? String } == ["AUD-04"])
        #expect(Set(bySubject["presence"]?.compactMap { $0["rule_id"] as? String } ?? []) == ["AUD-01", "AUD-06"])
        #expect(findings.allSatisfy { $0["consequence"] as? String == "best_practice" && $0["rule_date"] as? String == "2026-12-07" })
    }

    @Test func filesAndAWorkspaceTogether() throws {
        let output = try PluginE2E.run(["check", "Examples/contests/teilen-und-markieren.yaml", "--workspace", Self.kessler,
                                        "--lang", "en"])
        #expect(output.status == 1, "\(output.stderr)")  // the contest has error findings
        #expect(output.stdout.contains("FB-04"))
        #expect(output.stdout.contains("AUD-02"))
    }

    @Test func nothingToCheckIsAUsageError() throws {
        let output = try PluginE2E.run(["check"])
        #expect(output.status == 64)
        #expect(output.stderr.contains("nothing to check"))
        #expect(output.stderr.contains("--workspace"))
    }

    @Test func aMissingOrBrokenWorkspaceExitsTwoWithAPosition() throws {
        let missing = try PluginE2E.run(["check", "--workspace", "Examples/no-such-workspace", "--lang", "en"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("Examples/no-such-workspace"))

        let folder = PluginE2E.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try String(contentsOf: PluginE2E.packageRoot.appendingPathComponent(Self.kessler + "/strategy.yaml"),
                                  encoding: .utf8)
        try original.replacingOccurrences(of: "status: auto_created", with: "status: forgotten")
            .write(to: folder.appendingPathComponent("strategy.yaml"), atomically: true, encoding: .utf8)
        let broken = try PluginE2E.run(["check", "--workspace", folder.path, "--lang", "en"])
        #expect(broken.status == 2)
        let line = try Self.line(of: "status: auto_created", after: "platform: facebook", in: Self.kessler + "/strategy.yaml")
        #expect(broken.stderr.contains("\(folder.path)/strategy.yaml:\(line):15:"), "\(broken.stderr)")
        #expect(broken.stderr.contains("forgotten"))
    }

    @Test func theAuditPluginsOwnTestsPassFromTheCommand() throws {
        let output = try PluginE2E.run(["plugin", "test", "Plugins/social-media-audit"])
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
        #expect(output.stdout.contains(" passed, 0 failed"))
        #expect(!output.stderr.contains("warning"))
    }
}
