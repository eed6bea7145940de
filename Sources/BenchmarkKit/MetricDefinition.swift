/// Text in German and English.
public struct LocalizedText: Codable, Sendable, Hashable {
    public var en: String
    public var de: String

    public init(en: String, de: String) {
        self.en = en
        self.de = de
    }

    /// The text for a language code (`de` or anything else → English).
    public func text(for language: String) -> String { language.lowercased().hasPrefix("de") ? de : en }
}

/// Where a metric definition comes from.
public struct SourceReference: Codable, Sendable, Hashable {
    public var name: String
    public var url: String

    public init(_ name: String, _ url: String) {
        self.name = name
        self.url = url
    }
}

/// How per-day (or per-post) values become one number for the period
/// (the vocabulary of domain-facts §3.5, plus a few plain ones).
public struct Aggregation: RawRepresentable, Codable, Sendable, Hashable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
    public var description: String { rawValue }

    /// Post-weighted mean of per-post rates (Σ daily rates / Σ posts).
    public static let meanOfPostRates = Aggregation(rawValue: "mean_of_post_rates")
    /// Mean over all days with data, zero-post days counting as 0.
    public static let meanOfDailyRatesInclZeroDays = Aggregation(rawValue: "mean_of_daily_rates_incl_zero_days")
    /// Mean over the days with at least one post.
    public static let meanOfDailyRatesPostDaysOnly = Aggregation(rawValue: "mean_of_daily_rates_post_days_only")
    /// Σ numerator / Σ denominator over the period.
    public static let ratioOfSums = Aggregation(rawValue: "ratio_of_sums")
    public static let median = Aggregation(rawValue: "median")
    public static let mean = Aggregation(rawValue: "mean")
    public static let sum = Aggregation(rawValue: "sum")
    /// The last known value in the period.
    public static let last = Aggregation(rawValue: "last")
    /// (last − first) / first.
    public static let changeFirstToLast = Aggregation(rawValue: "change_first_to_last")
    /// (last / first)^(7 / days) − 1: average weekly growth, compounded.
    public static let compoundedWeekly = Aggregation(rawValue: "compounded_weekly")
    /// The competitor's sum / the sum over all competitors on the platform.
    public static let shareOfTotal = Aggregation(rawValue: "share_of_total")
}

/// The unit of a metric's values.
public enum MetricUnit: String, Codable, Sendable, Hashable {
    /// Values are percentages (0.47 means 0.47 %).
    case percent
    case count
    case perPost = "per_post"
    case perWeek = "per_week"
    case minutes
    case ratio
}

/// Whether a larger value is better (engagement) or worse (response time).
public enum MetricDirection: String, Codable, Sendable, Hashable {
    case higherIsBetter = "higher_is_better"
    case lowerIsBetter = "lower_is_better"
}

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
