import Foundation
import StrategyKit
import Testing
@testable import StrategyScripting

/// `smkit.plugin { defaults = ... }` and the one-line rule constructors (docs/plugins.md,
/// "Defaults and rules in one line").
@Suite("Rules in one line", .timeLimit(.minutes(1)))
struct RuleConstructorTests {
    static let header = """
        local smkit = require "smkit"
        local plugin = smkit.plugin { id = "one", api = 1, defaults = {
          subject = "contest", consequence = "platform", severity = "error", platforms = { "facebook" },
          source = "https://example.org/rules", source_title = "Example rules",
          secondary = { { url = "https://example.org/copy", title = "A copy" } },
        } }

        """

    /// Loads a plugin "one" whose init.lua is the header and `body`.
    static func host(_ body: String, header: String = header) throws -> PluginHost {
        let parent = PluginFixture.temporaryDirectory()
        PluginFixture.write(id: "one", lua: header + body + "\nreturn plugin\n", in: parent)
        return try PluginFixture.host(parent)
    }

    /// The message of the one load failure of `body`.
    static func loadError(_ body: String, header: String = header) throws -> String {
        let host = try host(body, header: header)
        #expect(host.checks.isEmpty)
        return try #require(host.loadFailures.first?.message, "\(body) loaded")
    }

    @Test func defaultsFillEveryRuleAndTheReadDateComesFromTheManifest() throws {
        let host = try Self.host("""
            plugin:requires_terms { id = "ONE-01", include = "platform_release", summary = "release" }
            plugin:check { id = "ONE-02", source = "https://example.org/other", severity = "warning", summary = "other",
              platforms = false, run = function() end }
            """)
        #expect(host.loadFailures.isEmpty, "\(host.loadFailures)")
        let first = try #require(host.checks.first { $0.id == "ONE-01" })
        #expect(first.subject == .contest && first.severity == .error && first.consequence == .platform)
        #expect(first.platforms == ["facebook"])
        #expect(first.source == "https://example.org/rules" && first.sourceTitle == "Example rules")
        #expect(first.secondary.map(\.url) == ["https://example.org/copy"])
        #expect(first.read?.description == "2026-11-22", "the manifest's rules_date")
        // A rule with a source of its own does not inherit the default source's title and copies.
        let second = try #require(host.checks.first { $0.id == "ONE-02" })
        #expect(second.sourceTitle == nil && second.secondary.isEmpty)
        #expect(second.severity == .warning && second.platforms == nil)
    }

    @Test func constructorsReportWhatTheirShapeSays() throws {
        let host = try Self.host("""
            plugin:requires_terms { id = "T", include = { "privacy_notice", "platform_release" }, summary = "terms" }
            plugin:requires_field { id = "F", field = "organiser.imprint_url", summary = "imprint" }
            plugin:requires_field { id = "E", field = "period.end", report_field = "period", summary = "end" }
            plugin:forbids_entry { id = "S", actions = { "share", "tag_friends" }, summary = "share" }
            plugin:requires_intent { id = "D", intent = "random_draw", summary = "draw" }
            plugin:forbids_intent { id = "L", intent = { "like" }, summary = "like" }
            """)
        #expect(host.loadFailures.isEmpty, "\(host.loadFailures)")
        let bare = Contest(id: "c1", platforms: ["facebook"], text: "Gewinnspiel! Liken und gewinnen.",
                           terms: ContestTerms(includes: [.privacyNotice]))
        let findings = host.check(.contest(bare)).findings
        let fields = Dictionary(findings.map { ($0.ruleID, $0.field ?? "-") }, uniquingKeysWith: { a, _ in a })
        #expect(fields == ["T": "terms.includes", "F": "organiser.imprint_url", "E": "period", "D": "text", "L": "text"])
        let complete = Contest(id: "c2", platforms: ["facebook"], text: "Teile den Beitrag! Der Gewinner wird unter allen Teilnehmern ausgelost.",
                               entry: [.comment],
                               period: ContestPeriod(end: LocalDateTime(date: CalendarDate(year: 2026, month: 12, day: 24)!)),
                               organiser: ContestOrganiser(imprintURL: "https://example.org/impressum"),
                               terms: ContestTerms(includes: [.privacyNotice, .platformRelease]))
        #expect(host.check(.contest(complete)).findings.map(\.ruleID) == ["S"])
        #expect(host.check(.contest(complete)).findings.first?.field == "text")
        // Not on other platforms.
        #expect(host.check(.contest(bare), platforms: ["instagram"]).findings.isEmpty)
    }

    @Test func whenLimitsWhichSubjectsARuleSees() throws {
        let host = try Self.host("""
            plugin:requires_intent { id = "W", intent = "random_draw", summary = "draw",
              when = function(contest) return contest.entry:has("comment") end }
            """)
        #expect(host.check(.contest(Contest(id: "a", platforms: ["facebook"], text: "Hallo", entry: [.comment]))).findings.count == 1)
        #expect(host.check(.contest(Contest(id: "b", platforms: ["facebook"], text: "Hallo", entry: [.like]))).findings.isEmpty)
    }

    @Test(arguments: [
        ("plugin:requires_terms { id = \"R-1\", include = { \"platform_release\", \"non_afiliation\" }, summary = \"s\" }",
         "plugin:requires_terms 'R-1': include[2]: unknown terms item 'non_afiliation' (did you mean 'non_affiliation'?)"),
        ("plugin:requires_terms { id = \"R-2\", summary = \"s\" }",
         "plugin:requires_terms 'R-2': 'include' must be a terms item or a list of them"),
        ("plugin:requires_terms { id = \"R-3\", include = \"prize\", subject = \"post\", summary = \"s\" }",
         "plugin:requires_terms 'R-3': 'subject' must be contest, got post"),
        ("plugin:requires_field { id = \"R-4\", field = \"organiser.imprint_ur\", summary = \"s\" }",
         "plugin:requires_field 'R-4': 'field': a contest has no field 'organiser.imprint_ur'"),
        ("plugin:requires_field { id = \"R-5\", field = \"a..b\", summary = \"s\" }",
         "plugin:requires_field 'R-5': 'field' must be a dotted field name"),
        ("plugin:forbids_entry { id = \"R-6\", actions = { \"shar\" }, summary = \"s\" }",
         "plugin:forbids_entry 'R-6': actions[1]: unknown intent 'shar' (did you mean 'share'?)"),
        ("plugin:requires_intent { id = \"R-7\", intent = \"random_draw\", summary = \"s\", run = function() end }",
         "plugin:requires_intent 'R-7': 'run' is made by plugin:requires_intent"),
        ("plugin:forbids_intent { id = \"R-8\", intent = \"like\", summary = \"s\", includes = 1 }",
         "plugin:forbids_intent 'R-8': unknown field 'includes'"),
        ("plugin:forbids_intent { id = \"R-9\", intent = \"like\", subject = \"presence\", summary = \"s\" }",
         "plugin:forbids_intent 'R-9': 'subject' must be contest or post, got presence"),
        ("plugin:requires_intent { id = \"R-10\", intent = \"like\", summary = \"s\", source = \"ftp://x\" }",
         "plugin:requires_intent 'R-10': 'source' must be the http(s) URL of the rule text, got ftp://x"),
        ("plugin:requires_intent { id = \"R-11\", intent = \"like\" }",
         "plugin:requires_intent 'R-11': 'summary' must be a table"),
        ("plugin:check { id = \"R-12\", summary = \"s\", run = function() end, when = 3 }",
         "plugin:check 'R-12': 'when' must be a function"),
    ])
    func constructorErrorsNameTheRuleAndTheField(body: String, message: String) throws {
        let error = try Self.loadError(body)
        #expect(error.contains(message), "\(error)")
    }

    @Test(arguments: [
        ("defaults = { sourse = \"https://example.org\" }", "smkit.plugin: defaults: unknown field 'sourse'"),
        ("defaults = { consequence = \"law\" }", "smkit.plugin: defaults.consequence must be platform, legal or best_practice, got law"),
        ("defaults = { platforms = { 1 } }", "smkit.plugin: defaults.platforms[1] must be a string, got number"),
        ("defaults = { read = \"7.12.2026\" }", "smkit.plugin: defaults.read must be a date (YYYY-MM-DD), got 7.12.2026"),
        ("defaults = { secondary = { { url = \"x\" } } }", "smkit.plugin: defaults: secondary[1]: 'url' must be an http(s) URL"),
    ])
    func defaultErrorsNameTheField(defaults: String, message: String) throws {
        let header = "local smkit = require \"smkit\"\nlocal plugin = smkit.plugin { id = \"one\", api = 1, \(defaults) }\n"
        let error = try Self.loadError("", header: header)
        #expect(error.contains(message), "\(error)")
    }
}
