import Foundation
import StrategyDocuments
import StrategyKit
import Testing

@Suite("Contest terms (design stage)")
struct ContestTermsTests {
    static let input = ContestTermsInput(
        title: "Kuchen des Monats",
        organiser: .init(name: "Bäckerei Sonnenschein GmbH", address: "Sonnenweg 1, 79098 Freiburg",
                         email: "gewinnspiel@baeckerei-sonnenschein.example",
                         imprintURL: "https://baeckerei-sonnenschein.example/impressum"),
        platforms: ["instagram", "facebook"], start: "2026-12-01 10:00", end: "2026-12-14 23:59",
        timeZone: "Europe/Berlin (MEZ)", drawDate: "2026-12-15", minimumAge: 18, residence: "Deutschland",
        entryAction: "unter dem Gewinnspiel-Beitrag den Lieblingskuchen kommentieren", prize: "eine Festtagstorte",
        winners: 3, prizeValue: 45, notificationChannel: "Direktnachricht", delivery: "Abholung in einer Filiale",
        privacyContact: "datenschutz@baeckerei-sonnenschein.example")

    @Test("all fourteen checklist points with the contest's facts", arguments: [Language.de, .en])
    func checklist(language: Language) throws {
        let document = try ContestTermsGenerator(language: language)
            .generate(Self.input, generatedOn: CalendarDate(year: 2026, month: 11, day: 22)!, inputs: ["contest.yaml"])
        #expect(document.sections.map(\.id) == ContestTermsGenerator.order.filter { $0 != "user-content" })
        #expect(document.omitted.map(\.id) == ["user-content"])
        let markdown = document.markdown()
        for fact in ["Bäckerei Sonnenschein GmbH", "2026-12-01 10:00", "2026-12-14 23:59", "Europe/Berlin (MEZ)", "18",
                     "Festtagstorte", "Instagram und Facebook".replacingOccurrences(of: " und ", with: language == .de ? " und " : " and "),
                     "datenschutz@baeckerei-sonnenschein.example", "https://baeckerei-sonnenschein.example/impressum"] {
            #expect(markdown.contains(fact), "\(fact)")
        }
        #expect(markdown.contains(language == .de ? "45 €" : "€45"))
        #expect(markdown.contains(language == .de ? "Kein Rechtsrat" : "Not legal advice"))
        #expect(!markdown.contains("{{") && !markdown.contains("()"))
    }

    @Test("a release section only for platforms that require one; a jury names its criteria")
    func variants() throws {
        var input = Self.input
        input.platforms = ["x"]
        input.selection = .jury(criteria: ["Originalität", "Bezug zur Bäckerei"])
        input.userContent = true
        let document = try ContestTermsGenerator(language: .de)
            .generate(input, generatedOn: CalendarDate(year: 2026, month: 11, day: 22)!, inputs: [])
        #expect(document.section("platform-release") == nil)
        #expect(document.section("user-content") != nil)
        #expect(document.section("selection")?.body.contains("Originalität und Bezug zur Bäckerei") == true)
    }
}
