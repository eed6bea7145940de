import Foundation
import StrategyDocuments
import StrategyKit
import Testing

@Suite("Strategy report")
struct StrategyReportTests {
    static let formats: [OutputFormat] = [.text, .markdown, .html, .json]

    @Test("every example renders in every format and language with its key findings",
          arguments: DocumentsFixture.examples, [Language.de, .en])
    func keyFindings(example: String, language: Language) throws {
        let report = try DocumentsFixture.report(example)
        let (workspace, registry) = try DocumentsFixture.load(example)
        let ranking = workspace.platformRanking(platforms: registry)
        let winner = try #require(workspace.decisionMatrix(platforms: registry).winner)
        let flagged = workspace.assumptionChecks().filter { $0.status == .flagged }
        let failing = workspace.smartResults().filter { !$0.passed }
        for format in Self.formats where format != .json {
            let text = report.rendered(as: format, language: language)
            let plain = format == .html ? text.replacingOccurrences(of: "&#39;", with: "'") : text
            #expect(plain.contains(workspace.organization.name), "\(format)")
            #expect(plain.contains(winner.name.text(in: language)), "winner in \(format)")
            for check in flagged {
                let assumption = workspace.draft(check.draftID)!.assumptions.first { $0.id == check.assumptionID }!
                #expect(plain.contains(assumption.text.text(in: language)), "flagged assumption in \(format)")
            }
            for result in failing {
                let title = workspace.goal(result.goalID)!.title!.text(in: language)
                #expect(plain.contains(title), "failing goal in \(format)")
                let letters = result.failedLetters.map(\.rawValue).joined(separator: ", ")
                #expect(plain.contains("(\(letters))"), "failed letters \(letters) in \(format)")
            }
            let capacity = language == .de ? "trägt \(ranking.channelCapacity) Kanal" : "carries \(ranking.channelCapacity) channel"
            #expect(plain.contains(capacity), "channel count in \(format)")
            #expect(plain.contains("2026-11-22"), "generation date in \(format)")
            #expect(plain.contains(language == .de ? "Kein Rechtsrat" : "Not legal advice"), "disclaimer in \(format)")
            #expect(!plain.contains("\u{1B}["), "no terminal colour codes in \(format)")
        }
    }

    @Test("hand-computed facts of the examples appear: bakery carries 1 channel, Kessler 3")
    func handComputedCapacity() throws {
        // Bakery: 6 h × (1 − 0.2) = 4.8 h; Instagram 4 h fits, + Facebook 3 h = 7 h does not.
        let bakery = try DocumentsFixture.report("baeckerei-sonnenschein")
        #expect(bakery.platformRanking.channelCapacity == 1)
        #expect(bakery.rendered(as: .markdown, language: .en).contains("4.8 h/week of them for channels; that carries 1 channel(s). Recommended: Instagram."))
        // Kessler: 16 h × 0.8 = 12.8 h; LinkedIn 3 + XING 1.5 + YouTube 8 = 12.5 h fit.
        let kessler = try DocumentsFixture.report("kessler-industrietechnik")
        #expect(kessler.platformRanking.channelCapacity == 3)
        #expect(kessler.rendered(as: .markdown, language: .de).contains("Empfohlen: LinkedIn, XING und YouTube."))
    }

    @Test("the bakery's likes goal shows its SMART letters as failed in every format")
    func smartFailure() throws {
        let report = try DocumentsFixture.report("baeckerei-sonnenschein")
        let result = try #require(report.smart.first { $0.goalID == "mehr-likes" })
        #expect(result.failedLetters == [.s, .a, .r, .t])
        let markdown = report.rendered(as: .markdown, language: .en)
        #expect(markdown.contains("| S✗ M✓ A✗ R✗ T✗ | cannot be judged |"))
        #expect(markdown.contains("KPI 'likes' does not measure the benefit Sales"))
        let html = report.rendered(as: .html, language: .de)
        #expect(html.contains("<span class=\"badge fail\" title=\"✗\">S</span>"))
        #expect(html.contains("<span class=\"badge pass\" title=\"✓\">M</span>"))
    }

    @Test("each platform's score is shown with the sum of its terms", arguments: DocumentsFixture.examples)
    func scoresAreTraceable(example: String) throws {
        let report = try DocumentsFixture.report(example)
        let text = report.rendered(as: .markdown, language: .en)
        for entry in report.platformRanking.entries {
            let sum = entry.score.terms.map { "\(NumberText.format($0.value, .en)) × \(NumberText.format($0.weight, .en))" }
                .joined(separator: " + ")
            let recomputed = entry.score.terms.reduce(0) { $0 + $1.value * $1.weight }
                / entry.score.terms.reduce(0) { $0 + $1.weight }
            #expect(abs(recomputed - entry.score.value) < 1e-9)
            #expect(text.contains("**\(entry.rank). \(entry.platformName): \(NumberText.format(entry.score.value, .en))** = (\(sum))"))
        }
    }

    @Test("JSON has stable keys in declaration order and decodes to the same analysis", arguments: DocumentsFixture.examples)
    func json(example: String) throws {
        let report = try DocumentsFixture.report(example)
        let json = report.rendered(as: .json, language: .en)
        #expect(json == report.rendered(as: .json, language: .de), "JSON carries both languages itself")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "smkit.strategy-report/2")
        let keys = ["schema", "generatedOn", "inputs", "asOf", "organization", "goals", "smart", "progress",
                    "platformRanking", "rankingSettings", "scorers", "draftScores", "drafts", "evaluations",
                    "decisionMatrix", "assumptionChecks", "kpis", "platformSources", "disclaimer"]
        #expect(object.keys.sorted() == keys.sorted())
        let topLevelOrder = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { String($0.dropFirst(3).prefix { $0 != "\"" }) }
        #expect(topLevelOrder == keys, "keys are written in declaration order")
        let decoded = try JSONDecoder().decode(ReportJSON.self, from: Data(json.utf8))
        #expect(decoded.decisionMatrix == report.decisionMatrix)
        #expect(decoded.platformRanking == report.platformRanking)
    }

    @Test("HTML is one self-contained page with SVG charts", arguments: DocumentsFixture.examples)
    func htmlSelfContained(example: String) throws {
        let html = try DocumentsFixture.report(example).rendered(as: .html, language: .de)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<html lang=\"de\">"))
        for forbidden in ["<script", "<link", " src=", "@import", "url("] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        let opened = html.components(separatedBy: "<svg").count - 1
        #expect(opened >= 3, "ranking bars, score matrix and draft comparison at least")
        #expect(opened == html.components(separatedBy: "</svg>").count - 1)
        #expect(html.contains("@media print"))
    }

    @Test("extra sections render in every format before the method section")
    func extraSections() throws {
        let extra = ReportSection(id: "benchmark", title: "Benchmark <Wettbewerb>", blocks: [
            .paragraph("Share of voice **42%**"),
            .table(ReportTable(headers: ["Competitor", "Followers"], alignments: [.left, .right],
                               rows: [["Café | Rot", "1,200"]])),
        ])
        let report = try DocumentsFixture.report("baeckerei-sonnenschein", extraSections: [extra])
        let text = report.rendered(as: .text, language: .en)
        #expect(text.contains("8. Benchmark <Wettbewerb>"))
        #expect(text.contains("9. Method and sources"))
        #expect(text.contains("Share of voice 42%"))
        let markdown = report.rendered(as: .markdown, language: .en)
        #expect(markdown.contains("## Benchmark &lt;Wettbewerb&gt;"))
        #expect(markdown.contains("| Café \\| Rot | 1,200 |"))
        let html = report.rendered(as: .html, language: .en)
        #expect(html.contains("<section id=\"benchmark\">"))
        #expect(html.contains("<h2>Benchmark &lt;Wettbewerb&gt;</h2>"))
        #expect(html.contains("Share of voice <strong>42%</strong>"))
        #expect(!report.rendered(as: .json, language: .en).contains("\"blocks\""), "JSON is data, not the rendered sections")
    }

    @Test("presences that need a decision are named with advice")
    func neglectedPresences() throws {
        let text = try DocumentsFixture.report("baeckerei-sonnenschein").rendered(as: .text, language: .en)
        #expect(text.contains("X “SonnenscheinBack” is abandoned since 2019-05-14"))
        let kessler = try DocumentsFixture.report("kessler-industrietechnik").rendered(as: .markdown, language: .de)
        #expect(kessler.contains("wurde von der Plattform automatisch angelegt"))
    }
}
