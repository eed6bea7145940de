/// All tables and trends of one platform.
public struct PlatformBenchmark: Codable, Sendable {
    /// Canonical platform id (`instagram`, `facebook`, `tiktok`, …).
    public var platform: String
    public var period: Period
    /// Competitors with data on this platform, in input order.
    public var competitors: [String]
    public var tables: [MetricTable]
    /// Start days (`YYYY-MM-DD`) of the ISO weeks (Monday start) of the
    /// trend series; the first and last week are clipped to the period.
    public var trendWeeks: [String]
    public var trends: [TrendSeries]

    /// The trend series of one metric and competitor.
    public func trend(metric: String, competitor: String) -> TrendSeries? {
        trends.first { $0.metricID == metric && $0.competitor == competitor }
    }
}
