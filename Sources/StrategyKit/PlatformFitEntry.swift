/// One platform in a ``PlatformRanking`` with its explained score.
public struct PlatformFitEntry: Sendable, Hashable, Codable {
    /// 1 is the best fit.
    public var rank: Int
    /// The platform id.
    public var platformID: String
    /// The platform's name.
    public var platformName: String
    /// The fit score with its terms (reach, benefit, business fit, effort).
    public var score: Score
    /// Typical hours per week the platform needs.
    public var effortHoursPerWeek: Double
    /// Effort of this and all better-ranked platforms.
    public var cumulativeEffort: Double
    /// Whether the team's channel hours still carry this platform after the better-ranked ones.
    public var withinCapacity: Bool
    /// Whether it is among the recommended channels.
    public var recommended: Bool
}
