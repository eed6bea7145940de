import Foundation
import StrategyDocuments
import StrategyKit
import Testing
@testable import StrategyScripting

/// Generated contest terms satisfy the contest checks' terms rules.
@Suite struct TermsCheckTests {
    /// The complete example contest, on four platforms, with its terms left out.
    func draftWithoutTerms() throws -> CheckDocument {
        let path = SmkitModuleTests.root.appendingPathComponent("Examples/contests/adventsverlosung.yaml").path
        var yaml = try String(contentsOfFile: path, encoding: .utf8)
        let start = yaml.range(of: "terms:\n")!.lowerBound
        let end = yaml.range(of: "entry_fee_eur:")!.lowerBound
        yaml.removeSubrange(start..<end)
        yaml = yaml.replacingOccurrences(of: "platforms: [instagram, facebook]", with: "platforms: [instagram, facebook, tiktok, youtube]")
        yaml = yaml.replacingOccurrences(of: "privacy_notice_url: https://baeckerei-sonnenschein.example/datenschutz\n", with: "")
        return try CheckDocumentLoader.parse(yaml: yaml, file: "draft.yaml")
    }

    @Test(arguments: [Language.de, .en])
    func generatedTermsLeaveNoFindingAboutTheTerms(language: Language) throws {
        let document = try draftWithoutTerms()
        let host = try PluginRun().host
        let before = host.check(document).findings.filter(TermsCheck.isAboutTerms)
        #expect(before.contains { $0.ruleID == "DE-02" })  // the draft lacks terms, and the checks say so
        #expect(before.count >= 4)

        let input = try ContestTermsInput.from(document, language: language)
        let terms = try ContestTermsGenerator(language: language).generate(
            input, generatedOn: CalendarDate("2026-11-22")!, inputs: ["draft.yaml"])
        let after = try TermsCheck.recheck(document, with: terms)
        #expect(after.findings.isEmpty, "\(after.findings.map(\.ruleID))")
        #expect(after.failures.isEmpty, "\(after.failures)")
        // The release section names the platforms whose rules require it.
        let release = try #require(terms.section("platform-release"))
        #expect(release.body.contains("TikTok") && release.body.contains("YouTube"))
        #expect(!terms.markdown().contains("{{"))
    }

    @Test func missingFactsAreReportedWithTheirPosition() throws {
        let yaml = """
            kind: contest
            id: knapp
            platforms: [instagram]
            text: Kommentiere und gewinne!
            entry: [comment]
            winner: { selection: jury }
            organiser: { name: Beispiel GmbH }
            """
        let document = try CheckDocumentLoader.parse(yaml: yaml, file: "knapp.yaml")
        #expect {
            try ContestTermsInput.from(document, language: .en)
        } throws: { error in
            let text = (error as! DiagnosticError).description
            return text.contains("knapp.yaml:7:1: error: organiser.address") && text.contains("winner.criteria")
                && text.contains("period.end") && text.contains("eligibility.minimum_age")
        }
    }
}
