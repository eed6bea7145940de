/// A column of the long-form competitor data (one row per competitor,
/// platform and day).
public enum BenchmarkField: String, CaseIterable, Codable, Sendable, Hashable {
    case competitor
    case platform
    case date
    case followers
    case posts
    case likes
    case comments
    case shares
    case views
    case impressions
    case reach
    case mentions
    case responseMinutes = "response_minutes"
    /// When a post was published (post exports): dates rows whose `date` says "Lifetime",
    /// or all rows when there is no date column.
    case publishTime = "publish_time"

    /// Fields without which a row cannot be placed.
    public static let required: [BenchmarkField] = [.competitor, .platform, .date]

    /// The numeric measure this field fills, if any.
    public var measure: Measure? {
        switch self {
        case .competitor, .platform, .date, .publishTime: return nil
        case .followers: return .followers
        case .posts: return .posts
        case .likes: return .likes
        case .comments: return .comments
        case .shares: return .shares
        case .views: return .views
        case .impressions: return .impressions
        case .reach: return .reach
        case .mentions: return .mentions
        case .responseMinutes: return .responseMinutes
        }
    }
}
