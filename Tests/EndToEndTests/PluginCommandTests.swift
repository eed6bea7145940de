import Foundation
import Testing

@Suite("smkit plugin")
struct PluginCommandTests {
    @Test func listShowsEveryBuiltInInOrder() throws {
        let output = try PluginE2E.run(["plugin", "list"])
        #expect(output.status == 0, "\(output.stderr)")
        let ids = output.stdout.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { String($0.split(separator: "\t")[0]) }
        #expect(ids == ["de-contest-law", "facebook", "instagram", "linkedin", "pbsm-scorer", "pinterest", "social-media-audit", "tiktok",
                        "x", "xing", "youtube"])
        #expect(output.stdout.contains("# built-in: "))
    }

    @Test func newScaffoldsAPluginWhoseTestsPassAndWhichValidates() throws {
        let folder = PluginE2E.temporaryDirectory()
        let created = try PluginE2E.run(["plugin", "new", "my-rules", "--directory", folder.path])
        #expect(created.status == 0, "\(created.stderr)")
        let plugin = folder.appendingPathComponent("my-rules").path
        let tested = try PluginE2E.run(["plugin", "test", plugin])
        #expect(tested.status == 0, "\(tested.stdout)\(tested.stderr)")
        #expect(tested.stdout.contains("2 passed, 0 failed"))
        let validated = try PluginE2E.run(["plugin", "validate", plugin])
        #expect(validated.status == 0, "\(validated.stderr)")
        #expect(validated.stdout.contains("my-rules 0.1.0: manifest ok (API level 1 of 1), 1 checks, 0 scorers, 2 test cases"))
        // Never overwrite without --force.
        let again = try PluginE2E.run(["plugin", "new", "my-rules", "--directory", folder.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("exists; use --force"))
        #expect(try PluginE2E.run(["plugin", "new", "my-rules", "--directory", folder.path, "--force"]).status == 0)
        let invalid = try PluginE2E.run(["plugin", "new", "My Rules", "--directory", folder.path])
        #expect(invalid.status != 0 && invalid.stderr.contains("not a valid plugin id"))
    }

    @Test func testReportsFailingCases() throws {
        let folder = PluginE2E.temporaryDirectory()
        _ = try PluginE2E.run(["plugin", "new", "flaky", "--directory", folder.path])
        let cases = folder.appendingPathComponent("flaky/tests/cases.yaml")
        let text = try String(contentsOf: cases, encoding: .utf8).replacingOccurrences(of: "absent: [FLAKY-01]", with: "expect: [FLAKY-01]")
        try text.write(to: cases, atomically: true, encoding: .utf8)
        let output = try PluginE2E.run(["plugin", "test", folder.appendingPathComponent("flaky").path])
        #expect(output.status == 1)
        #expect(output.stdout.contains("FAIL  "))
        #expect(output.stdout.contains("expected FLAKY-01, but it was not reported"))
        #expect(output.stdout.contains("1 passed, 1 failed"))
    }

    @Test func builtInPluginTestsPassFromTheBinary() throws {
        let output = try PluginE2E.run(["plugin", "test", "Plugins/de-contest-law"])
        #expect(output.status == 0, "\(output.stdout)")
        #expect(output.stdout.hasSuffix(" passed, 0 failed\n"))
    }

    @Test func validateNamesFileAndLineOfAnAPILevelProblem() throws {
        let folder = PluginE2E.temporaryDirectory()
        _ = try PluginE2E.run(["plugin", "new", "future", "--directory", folder.path])
        let manifest = folder.appendingPathComponent("future/plugin.yaml")
        let text = try String(contentsOf: manifest, encoding: .utf8).replacingOccurrences(of: "api: 1", with: "api: 7")
        try text.write(to: manifest, atomically: true, encoding: .utf8)
        let output = try PluginE2E.run(["plugin", "validate", folder.appendingPathComponent("future").path])
        #expect(output.status == 1)
        #expect(output.stderr.contains("future/plugin.yaml:5:1: error: plugin 'future' needs smkit API level 7, this smkit provides 1"))
    }
}
