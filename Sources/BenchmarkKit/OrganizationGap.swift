/// How far the organisation is from the leader and from the median competitor.
///
/// Differences are `organisation − reference` in the metric's unit; the
/// relative ones are that difference / |reference| × 100. Whether a positive
/// difference is good depends on the metric's direction.
public struct OrganizationGap: Codable, Sendable {
    public var organization: String
    public var value: Double?
    public var leader: String?
    public var leaderValue: Double?
    public var toLeader: Double?
    public var toLeaderPercent: Double?
    /// Median of the other competitors' values (the organisation left out).
    public var medianCompetitorValue: Double?
    public var toMedian: Double?
    public var toMedianPercent: Double?
    public var rank: Int?
    public var ranked: Int
    /// Why (part of) the gap is not available.
    public var naReason: String?
}
