public import StrategyKit

/// What `smkit rules freshness` found for one rule.
public enum FreshnessStatus: Sendable, Hashable {
    /// The quote is on the source page.
    case fresh
    /// The page was read but the quote is not on it any more; `lastSeen` is the last day it was
    /// found (from the state file, else the rule's read date), `fromState` says which.
    case changed(lastSeen: CalendarDate?, fromState: Bool)
    /// The page could not be read.
    case unreachable(PageFetchFailure)
    /// The rule gives no quote to look for.
    case noQuote

    /// The keyword used in JSON: `fresh`, `changed`, `unreachable`, `no_quote`.
    public var keyword: String {
        switch self {
        case .fresh: "fresh"
        case .changed: "changed"
        case .unreachable: "unreachable"
        case .noQuote: "no_quote"
        }
    }
}
