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

/// A span of days, as ISO dates (`YYYY-MM-DD`) and day numbers.
public struct Period: Codable, Sendable, Hashable {
    public var start: String
    public var end: String
    /// Number of calendar days, both ends included.
    public var days: Int

    public init(_ range: ClosedRange<Int32>) {
        start = CivilDate.isoString(range.lowerBound)
        end = CivilDate.isoString(range.upperBound)
        days = Int(range.upperBound - range.lowerBound) + 1
    }
}

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

/// A weekly series of one metric for one competitor on one platform.
///
/// ``values`` has one entry per week of ``PlatformBenchmark/trendWeeks``;
/// `nil` means n/a that week (no data, no posts, a zero denominator). Stored
/// compactly (`NaN` inside, `null` in JSON).
public struct TrendSeries: Codable, Sendable {
    public var metricID: String
    public var competitor: String
    public var isOrganization: Bool
    var storage: [Double]

    public init(metricID: String, competitor: String, isOrganization: Bool, values: [Double?]) {
        self.metricID = metricID
        self.competitor = competitor
        self.isOrganization = isOrganization
        storage = values.map { v in v.flatMap { $0.isFinite ? $0 : nil } ?? .nan }
    }

    init(metricID: String, competitor: String, isOrganization: Bool, storage: [Double]) {
        self.metricID = metricID
        self.competitor = competitor
        self.isOrganization = isOrganization
        self.storage = storage
    }

    /// Value per week, `nil` when n/a.
    public var values: [Double?] { storage.map { $0.isNaN ? nil : $0 } }

    /// Value of week `i`, `nil` when n/a.
    public subscript(week i: Int) -> Double? { storage[i].isNaN ? nil : storage[i] }

    public var count: Int { storage.count }

    enum CodingKeys: String, CodingKey { case metricID, competitor, isOrganization, values }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(metricID: try c.decode(String.self, forKey: .metricID),
                  competitor: try c.decode(String.self, forKey: .competitor),
                  isOrganization: try c.decode(Bool.self, forKey: .isOrganization),
                  values: try c.decode([Double?].self, forKey: .values))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(metricID, forKey: .metricID)
        try c.encode(competitor, forKey: .competitor)
        try c.encode(isOrganization, forKey: .isOrganization)
        var list = c.nestedUnkeyedContainer(forKey: .values)
        for v in storage {
            if v.isNaN { try list.encodeNil() } else { try list.encode(v) }
        }
    }
}
