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
