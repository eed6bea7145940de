import Foundation
import Testing
@testable import StrategyKit

@Suite("Contest facts: minors, account, entries, consent, sponsors, winners, prize, submissions")
struct ContestFactsLoaderTests {
    static let valid = """
        kind: contest
        platforms: [facebook]
        account_type: page
        text: "Gewinnspiel! Teile den Beitrag in deiner Story."
        entry: [comment, story_share]
        entries_per_person: 5
        entries_per_day: 1
        prize: { description: Spiel, age_rating: 12, restricted_goods: [alcohol, e_cigarettes], cash_alternative: false, transferable: true }
        period: { start: 2026-12-01, end: 2026-12-07, time_zone: Europe/Berlin }
        winner:
          announcement: { where: story, when: "2026-12-09T12:00" }
          reply_within_days: 5
          redraw: false
        sponsors: [Mühle Müller GmbH, Kaffeerösterei Bohne]
        data_collected: [name, email, postal_address, birth_date]
        advertising_consent: { requested: true, separate: true, sponsors: [Mühle Müller GmbH], required_for_entry: true }
        submissions: { rights: organiser_channels, credit: true, duration: 12 }
        """

    @Test func loadsEveryNewFactWithItsPosition() throws {
        let document = try CheckDocumentLoader.parse(yaml: Self.valid, file: "c.yaml", knownPlatforms: ["facebook"])
        guard case .contest(let c) = document.subject else { Issue.record("not a contest"); return }
        #expect(c.accountType == .page)
        #expect(c.entry == [.comment, .storyShare])
        #expect(c.entriesPerPerson == 5 && c.entriesPerDay == 1)
        #expect(c.prize.ageRating == 12)
        #expect(c.prize.restrictedGoods == [.alcohol, .eCigarettes])
        #expect(c.prize.cashAlternative == false && c.prize.transferable == true)
        #expect(c.period.timeZone == "Europe/Berlin")
        #expect(c.winner.announcement == WinnerAnnouncement(where: .story, when: LocalDateTime("2026-12-09T12:00")))
        #expect(c.winner.replyWithinDays == 5 && c.winner.redraw == false)
        #expect(c.sponsors == ["Mühle Müller GmbH", "Kaffeerösterei Bohne"])
        #expect(c.dataCollected == ["name", "email", "postal_address", "birth_date"])
        #expect(c.advertisingConsent.sponsorNames == ["Mühle Müller GmbH"])
        #expect(c.advertisingConsent.sponsors == 1)
        #expect(c.advertisingConsent.requiredForEntry == true)
        #expect(c.submissions == ContestSubmissions(rights: .organiserChannels, credit: true, durationMonths: 12))
        #expect(document.location(of: "account_type") == "c.yaml:3:1")
        #expect(document.location(of: "entries_per_day") == "c.yaml:7:1")
        #expect(document.location(of: "prize.age_rating") == "c.yaml:8:30")
        #expect(document.location(of: "prize.restricted_goods") == "c.yaml:8:46")
        #expect(document.location(of: "winner.announcement.where") == "c.yaml:11:19")
        #expect(document.location(of: "winner.reply_within_days") == "c.yaml:12:3")
        #expect(document.location(of: "advertising_consent.required_for_entry") == "c.yaml:16:88")
        #expect(document.location(of: "submissions.rights") == "c.yaml:17:16")
    }

    @Test func existingFormsStillLoad() throws {
        let document = try CheckDocumentLoader.parse(yaml: """
            kind: contest
            platforms: [instagram]
            text: "Gewinnspiel!"
            entry: [share]
            advertising_consent: { requested: true, sponsors: 3 }
            data_collected: [name, address]
            submissions: { duration: bis Ende 2027 }
            period: { time_zone: CET }
            """, file: "old.yaml")
        guard case .contest(let c) = document.subject else { Issue.record("not a contest"); return }
        #expect(c.entry == [.share])
        #expect(c.advertisingConsent.sponsors == 3 && c.advertisingConsent.sponsorNames.isEmpty)
        #expect(c.submissions.duration == "bis Ende 2027" && c.submissions.durationMonths == nil)
        #expect(c.period.timeZone == "CET")
        #expect(c.accountType == nil && c.sponsors.isEmpty && c.prize.restrictedGoods.isEmpty)
    }

    @Test("IANA names and the common aliases load", arguments: ["Europe/Berlin", "UTC", "CET", "Europe/Vienna", "America/New_York"])
    func timeZones(name: String) throws {
        #expect(!CheckDocumentLoader.knownTimeZones.isEmpty, "Foundation found no tz database")
        let document = try CheckDocumentLoader.parse(yaml: """
            kind: contest
            platforms: [x]
            text: t
            entry: [repost]
            period: { time_zone: "\(name)" }
            """)
        guard case .contest(let c) = document.subject else { Issue.record("not a contest"); return }
        #expect(c.period.timeZone == name)
    }

    @Test func reportsEveryWrongValueAtItsPosition() {
        let yaml = """
        kind: contest
        platforms: [facebook]
        account_type: personal_profil
        text: "Gewinnspiel!"
        entry: [comment, storyshare]
        entries_per_day: 0
        prize: { age_rating: 14, restricted_goods: [alcohol, spirit], cash_alternative: maybe }
        period: { time_zone: Europe/Berlinn }
        winner: { announcement: { where: feed, when: 2026-13-01 }, reply_within_days: 0, redraw: ja }
        data_collected: [name, emial]
        advertising_consent: { sponsors: [Mühle Müller], required_for_entry: sometimes }
        submissions: { rights: everything, credit: true, duration: 0, lenght: 3 }
        sponsorz: [x]
        """
        do {
            _ = try CheckDocumentLoader.parse(yaml: yaml, file: "c.yaml", knownPlatforms: ["facebook"])
            Issue.record("expected diagnostics")
        } catch {
            let text = error.formatted(in: .en)
            let expected = [
                "c.yaml:3:15: error: unknown value 'personal_profil' for 'account_type'; did you mean 'personal_profile'?",
                "c.yaml:5:18: error: unknown value 'storyshare' for 'entry'; did you mean 'story_share'?",
                "c.yaml:6:18: error: 'entries_per_day' must be greater than 0, found 0",
                "c.yaml:7:22: error: 'prize.age_rating' must be an age rating (0, 6, 12, 16, 18), found 14",
                "c.yaml:7:54: error: unknown value 'spirit' for 'prize.restricted_goods'; did you mean 'spirits'?",
                "c.yaml:7:81: error: expected true or false for 'prize.cash_alternative', found 'maybe'",
                "c.yaml:8:22: error: unknown time zone 'Europe/Berlinn' for 'period.time_zone'; did you mean 'Europe/Berlin'?",
                "c.yaml:9:34: error: unknown value 'feed' for 'winner.announcement.where'",
                "c.yaml:9:46: error: expected a date YYYY-MM-DD or YYYY-MM-DDTHH:MM for 'winner.announcement.when', found '2026-13-01'",
                "c.yaml:9:79: error: 'winner.reply_within_days' must be greater than 0, found 0",
                "c.yaml:9:90: error: expected true or false for 'winner.redraw', found 'ja'",
                "c.yaml:10:24: error: unknown value 'emial' for 'data_collected'; did you mean 'email'?",
                "c.yaml:11:70: error: expected true or false for 'advertising_consent.required_for_entry', found 'sometimes'",
                "c.yaml:12:24: error: unknown value 'everything' for 'submissions.rights'",
                "c.yaml:12:60: error: 'submissions.duration' must be greater than 0, found 0",
                "c.yaml:12:63: error: unknown key 'lenght' in submissions",
                "c.yaml:13:1: error: unknown key 'sponsorz' in contest; did you mean 'sponsors'?",
            ]
            for line in expected { #expect(text.contains(line), "\(line)") }
            #expect(error.diagnostics.count == expected.count)
        }
    }
}
