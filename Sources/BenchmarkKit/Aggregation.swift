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
