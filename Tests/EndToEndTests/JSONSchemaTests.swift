import Foundation
import Testing

/// Every JSON output of the built binary against its schema in docs/schemas, with a real
/// validator (Python's jsonschema, Debian python3-jsonschema).
@Suite("JSON outputs validate against their schemas", .timeLimit(.minutes(3)))
struct JSONSchemaTests {
    /// Runs the validator on `json`; the status (0 valid, 1 invalid) and its messages.
    static func validate(_ json: String, schema: String) throws -> BuiltBinary.Result {
        let python = FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") ? "/usr/bin/python3" : "python3"
        let scratch = try TemporaryDirectory()
        let document = try scratch.file("document.json", json)
        let script = PluginE2E.packageRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures/validate_json.py").path
        let schemaPath = PluginE2E.packageRoot.appendingPathComponent("docs/schemas/\(schema).schema.json").path
        return try BuiltBinary(name: "smkit").run([], launcher: ["/bin/sh", "-c",
            "exec \"$1\" \"$2\" \"$3\" < \"$4\"", "sh", python, script, schemaPath, document])
    }

    static func expectValid(_ arguments: [String], schema: String) throws {
        let output = try PluginE2E.run(arguments)
        #expect(!output.stdout.isEmpty, "\(arguments): \(output.stderr)")
        let result = try validate(output.stdout, schema: schema)
        #expect(result.status == 0, "\(arguments.joined(separator: " ")): \(result.stderr)")
    }

    @Test(arguments: ["baeckerei-sonnenschein", "kessler-industrietechnik"])
    func report(example: String) throws {
        try Self.expectValid(["report", "Examples/\(example)", "--format", "json"], schema: "report")
        try Self.expectValid(["check", "--workspace", "Examples/\(example)", "--format", "json"], schema: "check")
    }

    @Test func reportAndBenchmarkAreTheSameInBothLanguages() throws {
        for arguments in [["report", "Examples/baeckerei-sonnenschein", "--format", "json"],
                          ["benchmark", "Examples/baeckerei-sonnenschein/competitors.csv", "--workspace",
                           "Examples/baeckerei-sonnenschein", "--format", "json"]] {
            let de = try PluginE2E.run(arguments + ["--lang", "de"]), en = try PluginE2E.run(arguments + ["--lang", "en"])
            #expect(de.status == 0 && !de.stdout.isEmpty, "\(de.stderr)")
            #expect(de.stdout == en.stdout, "\(arguments[0])")
            #expect(!de.stdout.contains("\"_0\""))
        }
    }

    @Test func benchmarkOfTheExampleAndOfAnExport() throws {
        try Self.expectValid(["benchmark", "Examples/baeckerei-sonnenschein/competitors.csv", "--workspace",
                              "Examples/baeckerei-sonnenschein", "--format", "json"], schema: "benchmark")
        let dir = try TemporaryDirectory()
        let csv = try ExportImportEndToEndTests.germanExcelCSV(dir, "fanpage-karma.csv", ExportImportEndToEndTests.fanpageKarma)
        try Self.expectValid(["benchmark", csv, "--organization", "Nicht Dabei", "--format", "json"], schema: "benchmark")
    }

    @Test func contestDrafts() throws {
        let folder = PluginE2E.packageRoot.appendingPathComponent("Examples/contests")
        let drafts = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") && $0 != "broken.yaml" }
        #expect(drafts.count >= 4)
        for draft in drafts { try Self.expectValid(["check", "Examples/contests/\(draft)", "--format", "json"], schema: "check") }
    }

    @Test func rulesAndPlugins() throws {
        try Self.expectValid(["rules", "--format", "json"], schema: "rules")
        try Self.expectValid(["plugin", "list", "--format", "json"], schema: "plugin-list")
    }

    @Test func rulesFreshness() throws {
        let server = try FreshnessServer()
        defer { server.stop() }
        let plugins = try RulesFreshnessEndToEndTests.plugins(server)
        let scratch = try TemporaryDirectory()
        for plugin in ["e2e-fresh", "e2e-stale"] {
            let output = try RulesFreshnessEndToEndTests.run(["--plugin", plugin, "--state", scratch.url.path + "/state.json",
                                                              "--format", "json"], plugins: plugins,
                                                             day: RulesFreshnessEndToEndTests.firstDay)
            let result = try Self.validate(output.stdout, schema: "rules-freshness")
            #expect(result.status == 0, "\(plugin): \(result.stderr)")
        }
    }

    /// The validator really validates: a number as a string, an unknown key and a wrong schema id are refused.
    @Test func aDocumentThatBreaksTheSchemaIsRejected() throws {
        let output = try PluginE2E.run(["benchmark", "Examples/baeckerei-sonnenschein/competitors.csv", "--format", "json"])
        var document = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(try Self.validate(output.stdout, schema: "benchmark").status == 0)
        document["schema"] = "smkit.benchmark/0"
        let wrongID = String(decoding: try JSONSerialization.data(withJSONObject: document), as: UTF8.self)
        let refused = try Self.validate(wrongID, schema: "benchmark")
        #expect(refused.status == 1 && refused.stderr.contains("schema"), "\(refused.stderr)")
        document["schema"] = "smkit.benchmark/1"
        document["period"] = ["start": "2026-01-01", "end": "2026-01-31", "days": "31"]
        let stringNumber = String(decoding: try JSONSerialization.data(withJSONObject: document), as: UTF8.self)
        #expect(try Self.validate(stringNumber, schema: "benchmark").status == 1)
        document.removeValue(forKey: "period")
        document["extra"] = true
        let unknownKey = String(decoding: try JSONSerialization.data(withJSONObject: document), as: UTF8.self)
        #expect(try Self.validate(unknownKey, schema: "benchmark").status == 1)
    }
}
