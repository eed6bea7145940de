/// What a check looks at.
public enum CheckSubjectKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A planned contest (``Contest``).
    case contest
    /// A planned post (``Post``).
    case post
    /// An existing account or page (``Presence``).
    case presence
    /// A strategy draft (``StrategyDraft``).
    case strategy
}
