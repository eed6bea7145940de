public import StrategyKit
/// The stated definition of a metric: what is divided by what, how days are
/// aggregated, and where the definition comes from.
public struct MetricDefinition: Codable, Sendable, Hashable, Identifiable {
    /// Stable id, e.g. `er_post_follower`.
    public var id: String
    public var name: LocalizedText
    /// One or two sentences a reader of a report understands.
    public var summary: LocalizedText
    /// What is counted, e.g. `interactions (likes + comments + shares) of the day's posts`.
    public var numerator: String
    /// What it is divided by (`followers_daily`, `reach`, `impressions`, `views`,
    /// `posts`, …), `nil` for plain counts.
    public var denominator: String?
    public var aggregation: Aggregation
    /// Weights of the numerator's parts, e.g. comments ×2, shares ×3.
    public var weights: [String: Double]?
    public var unit: MetricUnit
    public var direction: MetricDirection
    public var sources: [SourceReference]
    /// How missing values, zero-post days and zero denominators are treated.
    public var notes: String?

    public init(id: String, name: LocalizedText, summary: LocalizedText, numerator: String, denominator: String?,
                aggregation: Aggregation, weights: [String: Double]? = nil, unit: MetricUnit,
                direction: MetricDirection = .higherIsBetter, sources: [SourceReference], notes: String? = nil) {
        self.id = id
        self.name = name
        self.summary = summary
        self.numerator = numerator
        self.denominator = denominator
        self.aggregation = aggregation
        self.weights = weights
        self.unit = unit
        self.direction = direction
        self.sources = sources
        self.notes = notes
    }
}
