import Foundation

/// A metric: its definition and the closure that computes it.
///
/// The built-in metrics are in ``Metric/defaults``. Custom metrics (later also
/// defined in Lua) are made the same way and appear in the same tables:
///
/// ```swift
/// let savesPerPost = Metric(definition: MetricDefinition(
///     id: "likes_per_post", name: .init(en: "Likes per post", de: "Likes pro Beitrag"),
///     summary: .init(en: "…", de: "…"), numerator: "likes", denominator: "posts",
///     aggregation: .ratioOfSums, unit: .perPost, sources: [])) { ctx in
///     guard let likes = ctx.series.sum(.likes), let posts = ctx.series.sum(.posts), posts > 0 else {
///         return .na("no posts")
///     }
///     return MetricValue(likes / posts, samples: ctx.series.count)
/// }
/// ```
public struct Metric: Sendable {
    public var definition: MetricDefinition
    public var compute: @Sendable (MetricContext) -> MetricValue

    public init(definition: MetricDefinition, compute: @escaping @Sendable (MetricContext) -> MetricValue) {
        self.definition = definition
        self.compute = compute
    }

    public var id: String { definition.id }
}

/// Sums of each measure over all competitors on a platform in a window
/// (for shares of voice and other relative metrics). Computed on first use
/// per measure and cached.
public final class MeasureTotals: @unchecked Sendable {
    private let series: [Series]
    private let lock = NSLock()
    private var cache: [Double?]
    private var done: [Bool]

    init(series: [Series]) {
        self.series = series
        cache = Array(repeating: nil, count: Measure.allCases.count)
        done = Array(repeating: false, count: Measure.allCases.count)
    }

    /// The total of the known values, `nil` when every competitor's value is missing.
    public func total(_ measure: Measure) -> Double? {
        lock.lock()
        defer { lock.unlock() }
        if done[measure.rawValue] { return cache[measure.rawValue] }
        var total = 0.0
        var known = 0
        if let data = series.first?.data {
            let rows = data.rows
            for s in series {
                for r in s.range {
                    let v = rows.value(measure, r)
                    if !v.isNaN { total += v; known += 1 }
                }
            }
        }
        let result: Double? = known > 0 ? total : nil
        cache[measure.rawValue] = result
        done[measure.rawValue] = true
        return result
    }
}

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
