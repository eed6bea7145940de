/// Settings for one benchmark run.
public struct BenchmarkOptions: Sendable {
    /// The competitor the benchmark is for (matched case-insensitively).
    public var organization: String?
    /// Metrics for the tables, in order; built-ins and custom ones mixed freely.
    public var metrics: [Metric]
    /// Ids of the metrics that also get a weekly series per competitor.
    public var trendMetricIDs: [String]
    /// Restrict to these days (day numbers, see ``CivilDate``); `nil` = all data.
    public var period: ClosedRange<Int32>?
    /// Restrict to these platforms (canonical ids); `nil` = all.
    public var platforms: [String]?

    public static let defaultTrendMetricIDs = ["followers", "posts_per_week", "er_post_follower",
                                               "er_daily_follower", "share_of_voice_interactions"]

    public init(organization: String? = nil, metrics: [Metric] = Metric.defaults,
                trendMetricIDs: [String] = BenchmarkOptions.defaultTrendMetricIDs,
                period: ClosedRange<Int32>? = nil, platforms: [String]? = nil) {
        self.organization = organization
        self.metrics = metrics
        self.trendMetricIDs = trendMetricIDs
        self.period = period
        self.platforms = platforms
    }

    /// Sets ``period`` from ISO dates (`YYYY-MM-DD`); `nil` if a date is invalid or the range is reversed.
    public mutating func setPeriod(from start: String, to end: String) -> Bool {
        guard let a = CivilDate.parseISO(start), let b = CivilDate.parseISO(end), a <= b else { return false }
        period = a...b
        return true
    }
}
