public import StrategyKit

/// The outcome of one freshness run over a set of rules.
public struct FreshnessReport: Sendable, Hashable {
    /// One result per rule, in the catalogue's order (plugin, then id).
    public var results: [RuleFreshness]
    /// The day of the run.
    public var checked: CalendarDate

    /// Creates a report.
    public init(results: [RuleFreshness], checked: CalendarDate) {
        self.results = results
        self.checked = checked
    }

    public var freshCount: Int { results.filter { $0.status == .fresh }.count }
    public var changedCount: Int { results.filter { if case .changed = $0.status { true } else { false } }.count }
    public var unreachableCount: Int { results.filter { if case .unreachable = $0.status { true } else { false } }.count }
    public var noQuoteCount: Int { results.filter { $0.status == .noQuote }.count }

    /// Each page that could not be read, once, with why, sorted by URL.
    public var unreachablePages: [(url: String, failure: PageFetchFailure)] {
        var seen: [String: PageFetchFailure] = [:]
        for result in results {
            if case .unreachable(let failure) = result.status { seen[result.rule.source] = failure }
        }
        return seen.keys.sorted().map { ($0, seen[$0]!) }
    }

    /// The exit status: 2 when a page could not be read, else 1 when a quote was not found,
    /// else 0 (rules without a quote do not count).
    public var exitStatus: Int32 {
        if unreachableCount > 0 { return 2 }
        if changedCount > 0 { return 1 }
        return 0
    }
}
