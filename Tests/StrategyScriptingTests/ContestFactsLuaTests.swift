import Foundation
import StrategyKit
import Testing
@testable import StrategyScripting

/// The new contest facts reach plugin checks under their documented Lua names.
@Suite("Contest facts in Lua")
struct ContestFactsLuaTests {
    static let yaml = """
        kind: contest
        platforms: [facebook]
        account_type: personal_profile
        text: "Gewinnspiel!"
        entry: [comment, story_share]
        entries_per_day: 2
        prize: { age_rating: 16, restricted_goods: [spirits, nicotine], cash_alternative: false, transferable: true }
        winner: { announcement: { where: website, when: 2026-12-09 }, reply_within_days: 3, redraw: true }
        sponsors: [Mühle Müller, Bohne & Co]
        advertising_consent: { requested: true, sponsors: [Mühle Müller, Bohne & Co], required_for_entry: true }
        submissions: { rights: unlimited, credit: false, duration: 24 }
        """

    /// Joins a list view with commas.
    static let join = """
        local function join(list) local out = {} for _, v in ipairs(list) do out[#out + 1] = tostring(v) end
          return table.concat(out, ",") end
        """

    @Test func aCheckReadsEveryNewField() throws {
        let parent = PluginFixture.temporaryDirectory()
        PluginFixture.write(id: "facts", lua: PluginFixture.checkPlugin(id: "facts", rule: "FACTS-01", body: """
              local c = contest
              local seen = table.concat({
                c.account_type, tostring(c.entries_per_day), tostring(c.entry:has("story_share")),
                tostring(c.prize.age_rating), join(c.prize.restricted_goods), tostring(c.prize.cash_alternative),
                tostring(c.prize.transferable), c.winner.announcement.where, c.winner.announcement.when,
                tostring(c.winner.reply_within_days), tostring(c.winner.redraw), join(c.sponsors),
                tostring(c.advertising_consent.sponsors), join(c.advertising_consent.sponsor_names),
                tostring(c.advertising_consent.required_for_entry), c.submissions.rights, tostring(c.submissions.credit),
                tostring(c.submissions.duration_months), tostring(c.submissions.duration) }, "|")
              report:fail { field = "prize.age_rating", message = { de = seen, en = seen } }
            """, prelude: Self.join), in: parent)
        let host = try PluginFixture.host(parent)
        #expect(host.loadFailures.isEmpty, "\(host.loadFailures)")
        let document = try CheckDocumentLoader.parse(yaml: Self.yaml, file: "facts.yaml")
        let result = host.check(document)
        #expect(result.failures.isEmpty, "\(result.failures)")
        let finding = try #require(result.findings.first)
        #expect(finding.message.en == "personal_profile|2|true|16|spirits,nicotine|false|true|website|2026-12-09|3|true|"
            + "Mühle Müller,Bohne & Co|2|Mühle Müller,Bohne & Co|true|unlimited|false|24|nil")
        #expect(finding.location == "facts.yaml:7:10")
    }

    @Test func builtInRulesPointAtTheNewFields() throws {
        let host = try PluginRun().host
        let document = try CheckDocumentLoader.parse(yaml: Self.yaml, file: "facts.yaml")
        let findings = host.check(document).findings
        func location(_ rule: String) -> String? { findings.first { $0.ruleID == rule }?.location }
        #expect(location("FB-14") == "facts.yaml:3:1")
        #expect(location("FB-04") == "facts.yaml:5:1")
        #expect(location("DE-20.1") == "facts.yaml:7:10")
        #expect(location("DE-20.2") == "facts.yaml:7:26")
        #expect(location("DE-20.3") == "facts.yaml:7:26")
        #expect(location("DE-21") == "facts.yaml:10:79")
        #expect(location("DE-22") == "facts.yaml:8:27")
    }

    @Test func typesDescribeTheNewFields() {
        let text = LuaTypesGenerator.definitions()
        for line in ["---@field account_type string?", "---@field entries_per_day integer?", "---@field age_rating integer?",
                     "---@field restricted_goods smkit.List|string[]", "---@field cash_alternative boolean?",
                     "---@field transferable boolean?", "---@field sponsors smkit.List|string[]",
                     "---@field announcement smkit.Contest.Winner.Announcement", "---@field reply_within_days integer?",
                     "---@field redraw boolean?", "---@class smkit.Contest.Winner.Announcement", "---@field where string?",
                     "---@field sponsors integer?", "---@field sponsor_names smkit.List|string[]",
                     "---@field required_for_entry boolean?", "---@field submissions smkit.Contest.Submissions",
                     "---@field duration_months integer?", "---@field criteria smkit.List|string[]"] {
            #expect(text.contains(line), "\(line)")
        }
    }

    @Test func newRulesNameTheirPrimarySourceAndQuoteIt() throws {
        let host = try PluginRun().host
        let checks = host.applicableChecks(kind: .contest, platforms: ["facebook"])
        let primary = ["FB-14": "https://www.facebook.com/policies_center/pages_groups_events", "DE-20.1": "https://www.gesetze-im-internet.de/juschg/__12",
                       "DE-20.2": "https://www.gesetze-im-internet.de/juschg/__9", "DE-20.3": "https://www.gesetze-im-internet.de/juschg/__10",
                       "DE-21": "https://eur-lex.europa.eu/", "DE-22": "https://eur-lex.europa.eu/"]
        for (id, prefix) in primary {
            let check = try #require(checks.first { $0.id == id }, "\(id)")
            #expect(check.source.hasPrefix(prefix), "\(id): \(check.source)")
            #expect(check.read == CalendarDate("2026-12-07"), "\(id)")
            let quote = try #require(check.quote, "\(id) has no quote")
            #expect((1...200).contains(quote.count), "\(id): \(quote.count) characters")
        }
    }
}
