import Foundation
import Testing
@testable import StrategyKit

@Suite("Contest and post files")
struct ContestLoaderTests {
    static let examples = Fixture.packageRoot.appendingPathComponent("Examples/contests")

    @Test func loadsTheCompleteExample() throws {
        let document = try CheckDocumentLoader.load(path: Self.examples.appendingPathComponent("adventsverlosung.yaml").path,
                                                    knownPlatforms: Workspace.builtInPlatformIDs)
        guard case .contest(let contest) = document.subject else { Issue.record("not a contest"); return }
        #expect(contest.id == "adventsverlosung")
        #expect(contest.platforms == ["instagram", "facebook"])
        #expect(contest.entry == [.comment])
        #expect(contest.prize.valueEUR == 40)
        #expect(contest.prize.winners == 3)
        #expect(contest.eligibility.minimumAge == 18)
        #expect(contest.period.end == LocalDateTime("2026-12-07T23:59"))
        #expect(contest.terms.covers(.platformRelease))
        #expect(contest.links.contains("https://baeckerei-sonnenschein.example/gewinnspiel"))
        // The key 'entry' is on line 14, column 1 of the example; value_eur at column 65 of line 16.
        #expect(document.location(of: "entry").hasSuffix("adventsverlosung.yaml:14:1"))
        #expect(document.location(of: "prize.value_eur").hasSuffix("adventsverlosung.yaml:16:65"))
        #expect(document.location(of: "winner.no_such_field").hasSuffix("adventsverlosung.yaml:22:1"))
    }

    @Test func reportsEveryProblemWithItsPosition() {
        let yaml = """
        kind: contest
        platforms: [facebok]
        text: "Gewinnspiel!"
        entry: [coment]
        prize: { value_eur: -5 }
        period: { start: 2026-12-10, end: 2026-12-01 }
        termz: {}
        """
        do {
            _ = try CheckDocumentLoader.parse(yaml: yaml, file: "c.yaml", knownPlatforms: ["facebook", "x"])
            Issue.record("expected diagnostics")
        } catch {
            let text = error.formatted(in: .en)
            #expect(text.contains("c.yaml:2:13: error: unknown platform 'facebok' in 'platforms'; did you mean 'facebook'?"))
            #expect(text.contains("c.yaml:4:9: error: unknown value 'coment' for 'entry'; did you mean 'comment'?"))
            #expect(text.contains("c.yaml:5:21: error: 'prize.value_eur' must not be negative"))
            #expect(text.contains("c.yaml:6:35: error: 'period.end' (2026-12-01) is before 'period.start' (2026-12-10)"))
            #expect(text.contains("c.yaml:7:1: error: unknown key 'termz' in contest; did you mean 'terms'?"))
            #expect(error.diagnostics.count == 5)
        }
    }

    @Test func requiresKind() {
        #expect(throws: DiagnosticError.self) { try CheckDocumentLoader.parse(yaml: "text: hi\n") }
        #expect(throws: DiagnosticError.self) { try CheckDocumentLoader.parse(yaml: "kind: strategy\n") }
        #expect(throws: DiagnosticError.self) { try CheckDocumentLoader.parse(yaml: "- a\n- b\n") }
        #expect(throws: DiagnosticError.self) { try CheckDocumentLoader.parse(yaml: "") }
    }

    @Test func postDerivesHashtagsMentionsAndLinks() throws {
        let document = try CheckDocumentLoader.parse(yaml: """
            kind: post
            platform: instagram
            text: "Neu von @muehle_mueller: #Brot und #Bäckerei, mail@example.de ist keine Erwähnung. https://example.de/x."
            """, file: "p.yaml")
        guard case .post(let post) = document.subject else { Issue.record("not a post"); return }
        #expect(post.id == "p")
        #expect(post.hashtags == ["Brot", "Bäckerei"])
        #expect(post.mentions == ["muehle_mueller"])
        #expect(post.links == ["https://example.de/x"])
    }

    @Test func localDateTimeParsesAndOrders() {
        #expect(LocalDateTime("2026-12-01")?.description == "2026-12-01")
        #expect(LocalDateTime("2026-12-01 08:05")?.description == "2026-12-01T08:05")
        #expect(LocalDateTime("2026-12-01T24:00") == nil)
        #expect(LocalDateTime("2026-02-30") == nil)
        #expect(LocalDateTime("2026-12-01T08:00")! < LocalDateTime("2026-12-01T09:00")!)
    }

    @Test func findingEncodesSnakeCaseKeys() throws {
        let finding = Finding(ruleID: "FB-04", pluginID: "facebook", severity: .error, consequence: .platform,
                              message: LocalizedText(de: "d", en: "e"), source: "https://x", ruleDate: CalendarDate("2026-11-22"),
                              subject: .contest, subjectID: "c")
        let json = String(decoding: try JSONEncoder().encode(finding), as: UTF8.self)
        #expect(json.contains("\"rule_id\":\"FB-04\""))
        #expect(json.contains("\"rule_date\":\"2026-11-22\""))
        #expect(json.contains("\"plugin_id\":\"facebook\""))
    }
}
