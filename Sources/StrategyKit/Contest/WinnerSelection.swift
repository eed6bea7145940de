/// How a contest's winners are chosen.
public enum WinnerSelection: String, Sendable, Hashable, Codable, CaseIterable {
    /// Drawn at random.
    case random
    /// A jury decides by stated criteria.
    case jury
    /// The best answer or skill wins.
    case skill
    /// The entry with the most votes or likes wins.
    case mostVotes = "most_votes"
    /// Whoever reposts most often wins.
    case mostReposts = "most_reposts"
    /// The first entrants win.
    case firstCome = "first_come"
}
