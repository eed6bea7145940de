public import StrategyKit

/// The scorers chosen for a report: at most one per subject; `nil` means the built-in default.
public struct ScorerSelection: Sendable, Hashable {
    /// For the platform ranking.
    public var platform: ScorerReference?
    /// For the drafts.
    public var draft: ScorerReference?

    /// Creates a selection.
    public init(platform: ScorerReference? = nil, draft: ScorerReference? = nil) {
        self.platform = platform
        self.draft = draft
    }
}
