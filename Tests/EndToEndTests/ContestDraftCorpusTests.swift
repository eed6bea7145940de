import Foundation
import Testing

/// Contest drafts written as real posts are written (Fixtures/contest-drafts), checked with the
/// built `smkit check`: each file's first lines name the findings it must and must not give,
/// and where a finding is about a phrase, the line and column of that phrase in the file.
@Suite("Contest drafts end to end", .timeLimit(.minutes(3)))
struct ContestDraftCorpusTests {
    static let folder = PluginE2E.packageRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures/contest-drafts")

    static var drafts: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted()
    }

    struct Expectations {
        var expected: [(rule: String, at: String?)] = []
        var absent: [String] = []
    }

    /// `# expect: FB-04 at 12:49, DE-01` and `# absent: DE-07` in the file's leading comments.
    static func expectations(of text: String) -> Expectations {
        var result = Expectations()
        for line in text.split(separator: "\n").prefix(while: { $0.hasPrefix("#") }) {
            let body = line.dropFirst().trimmingCharacters(in: .whitespaces)
            let items = { (prefix: String) in
                body.dropFirst(prefix.count).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            }
            if body.hasPrefix("expect:") {
                for item in items("expect:") {
                    let parts = item.components(separatedBy: " at ")
                    result.expected.append((parts[0], parts.count > 1 ? parts[1] : nil))
                }
            } else if body.hasPrefix("absent:") {
                result.absent += items("absent:")
            }
        }
        return result
    }

    @Test(arguments: drafts)
    func draftGivesExactlyTheNamedFindings(file: String) throws {
        let path = Self.folder.appendingPathComponent(file).path
        let expectations = Self.expectations(of: try String(contentsOfFile: path, encoding: .utf8))
        #expect(!expectations.expected.isEmpty || !expectations.absent.isEmpty, "\(file) names no expectations")
        let output = try PluginE2E.run(["check", "--format", "json", path])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any],
                                "\(output.stdout)\(output.stderr)")
        #expect((json["failures"] as? [Any])?.isEmpty == true, "plugin failures: \(json["failures"] ?? "")")
        let findings = (json["findings"] as? [[String: Any]]) ?? []
        let found = findings.map { ($0["rule_id"] as? String ?? "", $0["location"] as? String ?? "") }
        for (rule, at) in expectations.expected {
            let locations = found.filter { $0.0 == rule }.map(\.1)
            #expect(!locations.isEmpty, "\(file): \(rule) was not reported; found \(found.map(\.0))")
            if let at {
                #expect(locations.contains(path + ":" + at), "\(file): \(rule) at \(locations), expected \(at)")
            }
        }
        for rule in expectations.absent {
            #expect(!found.contains { $0.0 == rule }, "\(file): \(rule) must not be reported: \(found.filter { $0.0 == rule })")
        }
    }
}
