/// How much each term counts in ``PlatformFitScorer``.
public struct PlatformFitWeights: Sendable, Hashable, Codable {
    /// Target-group reach by age band.
    public var reach: Double
    /// Fit for the benefits the goals pursue.
    public var benefit: Double
    /// B2B/B2C fit.
    public var businessFit: Double
    /// Low effort relative to the hours available.
    public var effort: Double

    /// Creates weights; totals are normalised, so they need not sum to 1.
    public init(reach: Double, benefit: Double, businessFit: Double, effort: Double) {
        self.reach = reach
        self.benefit = benefit
        self.businessFit = businessFit
        self.effort = effort
    }

    /// Default: reach 0.4, benefit 0.25, business fit 0.2, effort 0.15. Reach first because a
    /// platform the target groups do not use cannot deliver any benefit (seeds: find the 2–3
    /// channels relevant to the target groups).
    public static let `default` = PlatformFitWeights(reach: 0.4, benefit: 0.25, businessFit: 0.2, effort: 0.15)
}
