import Foundation
import StrategyKit
import Testing
@testable import StrategyScripting

/// The freshness decision per rule, with pages served from memory.
@Suite struct FreshnessCheckerTests {
    static func rule(_ id: String, _ url: String, quote: String?, read: String = "2026-11-20") -> CheckDescriptor {
        var rule = CheckDescriptor(index: 1, id: id, pluginID: "p", subject: .contest, severity: .info,
                                   consequence: .bestPractice, source: url, read: CalendarDate(read),
                                   platforms: nil, summary: LocalizedText(id), message: LocalizedText(id))
        rule.quote = quote
        return rule
    }

    final class Pages: @unchecked Sendable {
        let lock = NSLock()
        var bodies: [String: String] = [:]
        var fetched: [String] = []
        func fetch(_ url: String) -> Result<FetchedPage, PageFetchFailure> {
            lock.lock()
            defer { lock.unlock() }
            fetched.append(url)
            guard let body = bodies[url] else { return .failure(.httpStatus(404)) }
            return .success(FetchedPage(url: url, finalURL: url, contentType: "text/html", body: Data(body.utf8)))
        }
    }

    @Test func eachPageIsFetchedOnceAndTheStateRemembersTheLastDaySeen() throws {
        let pages = Pages()
        pages.bodies = ["http://a/": "<p>alpha &amp; beta</p>", "http://b/": "<p>gamma</p>"]
        let rules = [Self.rule("R-1", "http://a/", quote: "alpha & beta"), Self.rule("R-2", "http://a/", quote: "delta"),
                     Self.rule("R-3", "http://b/", quote: "gamma"), Self.rule("R-4", "http://c/", quote: "x"),
                     Self.rule("R-5", "http://d/", quote: nil)]
        let checker = FreshnessChecker { pages.fetch($0) }
        var state = FreshnessState()
        let first = checker.run(rules, state: &state, today: CalendarDate("2026-12-01")!)
        #expect(first.results.map(\.status) == [.fresh, .changed(lastSeen: CalendarDate("2026-11-20"), fromState: false),
                                                .fresh, .unreachable(.httpStatus(404)), .noQuote])
        #expect(pages.fetched.sorted() == ["http://a/", "http://b/", "http://c/"])
        #expect(first.exitStatus == 2)
        #expect(state.rules.map(\.rule) == ["R-1", "R-3"])

        pages.bodies["http://b/"] = "<p>something else</p>"
        let second = checker.run(Array(rules[2...2]), state: &state, today: CalendarDate("2026-12-15")!)
        #expect(second.results.map(\.status) == [.changed(lastSeen: CalendarDate("2026-12-01"), fromState: true)])
        #expect(second.exitStatus == 1)
        #expect(state.lastSeen(plugin: "p", rule: "R-3", quoteHash: FreshnessState.hash(quote: "gamma")) == CalendarDate("2026-12-01"))
    }

    @Test func aNewQuoteStartsWithoutHistoryButTypographyKeepsIt() {
        #expect(FreshnessState.hash(quote: "\u{201E}Ja\u{201C}") == FreshnessState.hash(quote: "\"ja\""))
        #expect(FreshnessState.hash(quote: "ja") != FreshnessState.hash(quote: "nein"))
        #expect(FreshnessState.hash(quote: "").hasPrefix("fnv1a64:cbf29ce484222325"))
    }

    @Test func aBrokenStateFileIsAnErrorNamingIt() throws {
        let path = NSTemporaryDirectory() + "smkit-state-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try FreshnessState.load(path: path) == FreshnessState())
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: FreshnessStateError.self) { try FreshnessState.load(path: path) }
        do {
            _ = try FreshnessState.load(path: path)
        } catch {
            #expect(error.description.hasPrefix(path + ": error: state file: "))
        }
    }

    @Test func theDefaultStateFileFollowsXDG() {
        #expect(FreshnessState.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/smkit/rules-freshness.json")
        #expect(FreshnessState.defaultPath(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"])
                == "/h/.local/state/smkit/rules-freshness.json")
        #expect(FreshnessState.defaultPath(environment: [:]) == nil)
    }

    @Test func theCatalogueSortsByPluginThenIdWithNumbersInOrder() throws {
        func rule(_ plugin: String, _ id: String) -> CheckDescriptor {
            var r = Self.rule(id, "http://x/", quote: nil)
            r.pluginID = plugin
            return r
        }
        let catalog = RuleCatalog(checks: [rule("b", "B-10"), rule("a", "A-2"), rule("b", "B-2"), rule("a", "A-1")],
                                  pluginIDs: ["c"])
        #expect(catalog.rules.map(\.id) == ["A-1", "A-2", "B-2", "B-10"])
        #expect(catalog.pluginIDs == ["a", "b", "c"])
        #expect(try catalog.filtered(plugin: "b").rules.map(\.id) == ["B-2", "B-10"])
        #expect(throws: RuleCatalogError(unknownPlugin: "bb", suggestion: "b", known: ["a", "b", "c"])) {
            try catalog.filtered(plugin: "bb")
        }
    }
}
