import Foundation
import StrategyDocuments
import StrategyKit
import Testing

/// The contest facts that belong in the terms appear there, in German and English.
@Suite("Contest terms from the new facts")
struct ContestTermsFactsTests {
    static let base = """
        kind: contest
        title: Fotowettbewerb
        platforms: [instagram]
        text: "Gewinnspiel! Zeig uns dein Foto."
        entry: [upload, story_share]
        entries_per_person: 3
        entries_per_day: 1
        prize: { description: ein Brettspiel und eine Flasche Sekt, age_rating: 12, restricted_goods: [alcohol], cash_alternative: false, transferable: true }
        eligibility: { minimum_age: 18, countries: [DE] }
        period: { start: 2026-12-01, end: 2026-12-07, time_zone: Europe/Berlin }
        winner:
          selection: jury
          criteria: [Originalität]
          draw: 2026-12-08
          notification: email
          publish_names: true
          publication_consent: true
          announcement: { where: story, when: 2026-12-09 }
          reply_within_days: 10
          redraw: false
        organiser: { name: Bäckerei Sonnenschein GmbH, address: "Marktplatz 3, 79098 Freiburg", email: info@example.de }
        sponsors: [Mühle Müller GmbH, Kaffeerösterei Bohne]
        advertising_consent: { requested: true, separate: true, sponsors: [Mühle Müller GmbH], required_for_entry: true }
        submissions: { rights: organiser_channels, credit: true, duration: 12 }
        """

    static func terms(_ yaml: String, _ language: Language) throws -> String {
        let document = try CheckDocumentLoader.parse(yaml: yaml, file: "c.yaml")
        let input = try ContestTermsInput.from(document, language: language)
        return try ContestTermsGenerator(language: language)
            .generate(input, generatedOn: CalendarDate(year: 2026, month: 12, day: 7)!, inputs: ["c.yaml"]).markdown()
    }

    @Test func germanTermsStateTheFacts() throws {
        let text = try Self.terms(Self.base, .de)
        for fact in ["Partner des Gewinnspiels (Mitveranstalter oder Sponsoren der Gewinne): Mühle Müller GmbH und Kaffeerösterei Bohne.",
                     "Jede Person kann bis zu 3-mal teilnehmen, höchstens einmal pro Tag",
                     "den Beitrag in der eigenen Story teilen",
                     "Der Gewinn ist ab 12 Jahren freigegeben.",
                     "Der Gewinn enthält alkoholische Getränke und wird nur an Gewinner übergeben",
                     "Eine Barauszahlung ist nicht möglich.",
                     "Der Gewinn kann auf eine andere Person übertragen werden",
                     "per E-Mail benachrichtigt", "innerhalb von 10 Tagen",
                     "verfällt der Gewinn; ein Ersatzgewinner wird nicht ermittelt.",
                     "Die Gewinner werden am 09.12.2026 in einer Story bekanntgegeben, mit Namen nur nach ihrer gesonderten Einwilligung.",
                     "Die Teilnahme setzt Ihre Einwilligung in Werbung durch Mühle Müller GmbH voraus.",
                     "auf seinen eigenen Kanälen (Social-Media-Profile, Website) zu veröffentlichen",
                     "Dauer der Nutzungsrechte: 12 Monate.", "wird die Urheberin oder der Urheber genannt."] {
            #expect(text.contains(fact), "\(fact)")
        }
        #expect(!text.contains("Eine Einwilligung in Werbung ist keine Voraussetzung"))
        #expect(!text.contains("{{") && !text.contains("per per"))
    }

    @Test func englishTermsStateTheFacts() throws {
        let text = try Self.terms(Self.base, .en)
        for fact in ["Partners of the contest (co-organisers or prize sponsors): Mühle Müller GmbH and Kaffeerösterei Bohne.",
                     "Each person may enter up to 3 times, at most once a day",
                     "share the post to your story",
                     "The prize is rated for ages 12 and up.",
                     "The prize contains alcoholic drinks and is handed over only to winners who have reached the legal age",
                     "A cash payout is not possible.", "The prize may be transferred to another person",
                     "notified by e-mail", "within 10 days", "the prize lapses; no substitute winner is chosen.",
                     "The winners are announced on 9 December 2026 in a story, by name only with their separate consent.",
                     "Entering requires your consent to advertising by Mühle Müller GmbH.",
                     "to publish the content on its own channels", "Duration of the rights: 12 months.",
                     "The author is named whenever the content is used."] {
            #expect(text.contains(fact), "\(fact)")
        }
        #expect(!text.contains("{{") && !text.contains("by by"))
    }

    @Test(arguments: [Language.de, .en])
    func theOtherChoicesRead(language: Language) throws {
        var yaml = Self.base
        for (old, new) in [("cash_alternative: false, transferable: true", "cash_alternative: true"),
                           ("announcement: { where: story, when: 2026-12-09 }", "announcement: { where: direct_message }"),
                           ("redraw: false", "redraw: true"), ("required_for_entry: true", "required_for_entry: false"),
                           ("rights: organiser_channels, credit: true, duration: 12", "rights: unlimited, duration: bis Ende 2027"),
                           ("entries_per_person: 3\n", "")] {
            #expect(yaml.contains(old), "\(old)")
            yaml = yaml.replacingOccurrences(of: old, with: new)
        }
        let text = try Self.terms(yaml, language)
        let de = language == .de
        for fact in [de ? "Auf Wunsch erhält der Gewinner statt des Gewinns dessen Wert in Geld." : "the winner receives the prize's value in cash instead",
                     de ? "Ein Tausch oder eine Übertragung des Gewinns auf andere ist nicht möglich." : "The prize cannot be exchanged or transferred",
                     de ? "Die Gewinner werden nicht öffentlich bekanntgegeben." : "The winners are not announced publicly.",
                     de ? "wird ein Ersatzgewinner auf dieselbe Weise ermittelt" : "a substitute winner is chosen the same way",
                     de ? "Eine Einwilligung in Werbung ist keine Voraussetzung der Teilnahme." : "Consent to advertising is not a condition of entry.",
                     de ? "ohne Beschränkung auf bestimmte Kanäle oder Zwecke" : "without limits of channel or purpose",
                     de ? "Dauer der Nutzungsrechte: bis Ende 2027." : "Duration of the rights: bis Ende 2027.",
                     de ? "Jede Person kann einmal pro Tag teilnehmen" : "Each person may enter once a day"] {
            #expect(text.contains(fact), "\(fact)")
        }
    }

    /// Dates read as people write them, a day-only end says when it ends, and a value the
    /// description already names is not repeated.
    @Test(arguments: [Language.de, .en])
    func datesAndValuesReadAsWritten(language: Language) throws {
        let yaml = Self.base.replacingOccurrences(of: #"description: [^,}]*"#,
                                                  with: "description: Kinogutschein im Wert von 25 €, value_eur: 25",
                                                  options: .regularExpression)
        let text = try Self.terms(yaml, language)
        let de = language == .de
        #expect(text.contains(de ? "beginnt am 01.12.2026 und endet am 07.12.2026 um 24:00 Uhr"
                                 : "starts on 1 December 2026 and ends on 7 December 2026 at 24:00"), "\(text)")
        #expect(text.contains(de ? "werden am 08.12.2026 ermittelt" : "determined on 8 December 2026"))
        #expect(!text.contains(de ? "endet am 2026-" : "ends on 2026-"), "ISO dates left in the period")
        #expect(text.contains("Kinogutschein im Wert von 25 €"))
        #expect(!text.contains(de ? "im Wert von je" : "each worth"), "the value is stated twice")
    }
}
