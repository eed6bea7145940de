/// The outcome of a benchmark: per platform, one table per metric (values,
/// ranks, percentiles, the organisation's gaps) and weekly trend series, plus
/// the definitions of all metrics used. `Codable` for JSON output; renderers
/// (terminal, Markdown, HTML) read the same shape.
public struct BenchmarkResult: Codable, Sendable {
    public var tool: String
    /// The competitor the benchmark is for (matched case-insensitively), if given.
    public var organization: String?
    /// First and last day over all platforms.
    public var period: Period?
    /// Definitions of every metric in the tables, in table order.
    public var definitions: [MetricDefinition]
    public var platforms: [PlatformBenchmark]
    /// What the import did (rows read, skipped, merged, columns used).
    public var importReport: ImportReport?
    /// Notes such as "organisation not found".
    public var warnings: [String]

    public init(tool: String = "smkit BenchmarkKit \(BenchmarkKit.version)", organization: String?, period: Period?,
                definitions: [MetricDefinition], platforms: [PlatformBenchmark], importReport: ImportReport?,
                warnings: [String]) {
        self.tool = tool
        self.organization = organization
        self.period = period
        self.definitions = definitions
        self.platforms = platforms
        self.importReport = importReport
        self.warnings = warnings
    }

    /// The table of one metric on one platform.
    public func table(platform: String, metric: String) -> MetricTable? {
        platforms.first { $0.platform == platform }?.tables.first { $0.metricID == metric }
    }

    /// The definition of a metric id.
    public func definition(_ id: String) -> MetricDefinition? { definitions.first { $0.id == id } }
}
