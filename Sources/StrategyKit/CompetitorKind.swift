/// Against whom an advantage counts, after pbsm.
public enum CompetitorKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Companies offering the same performance (market competitors).
    case performance
    /// Anyone competing for the same users' attention.
    case attention
}
