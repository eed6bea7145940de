/// One metric on one platform: a row per competitor, best first.
public struct MetricTable: Codable, Sendable {
    public var metricID: String
    /// Rows sorted by rank; competitors with n/a come last, in input order.
    public var rows: [MetricRow]
    /// Competitor with rank 1 (first in input order on a tie), if any value exists.
    public var leader: String?
    /// Mean and median of the available competitor values.
    public var mean: Double?
    public var median: Double?
    /// Number of competitors with a value.
    public var ranked: Int
    /// The organisation compared with the leader and the median competitor.
    public var gap: OrganizationGap?

    /// The row of a competitor.
    public func row(_ competitor: String) -> MetricRow? { rows.first { $0.competitor == competitor } }
}

/// One competitor's value in a ``MetricTable``.
public struct MetricRow: Codable, Sendable {
    public var competitor: String
    public var isOrganization: Bool
    public var value: Double?
    /// Median of the same samples (for averaged metrics).
    public var median: Double?
    public var samples: Int
    public var naReason: String?
    /// 1 = best (by the metric's direction); ties share a rank ("1224"). `nil` when n/a.
    public var rank: Int?
    /// Percent of the other ranked competitors this one beats (ties count half);
    /// 100 = best. `nil` when n/a.
    public var percentile: Double?
}
