/// What a metric's compute closure sees: one competitor's series on one
/// platform within a window of days, and the other competitors on the platform.
public struct MetricContext: Sendable {
    public var competitor: String
    public var platform: String
    /// Whether `competitor` is the organisation the benchmark is for.
    public var isOrganization: Bool
    /// The competitor's rows on the platform within ``window``, sorted by day.
    public var series: Series
    /// First and last day of the period (day numbers, see ``CivilDate``).
    public var window: ClosedRange<Int32>
    /// Sums over all competitors on the platform in the window.
    public var platformTotals: MeasureTotals
    /// All competitors' series on the platform in the window (including this one).
    public var peers: [Series]

    public init(competitor: String, platform: String, isOrganization: Bool, series: Series,
                window: ClosedRange<Int32>, platformTotals: MeasureTotals, peers: [Series]) {
        self.competitor = competitor
        self.platform = platform
        self.isOrganization = isOrganization
        self.series = series
        self.window = window
        self.platformTotals = platformTotals
        self.peers = peers
    }
}
