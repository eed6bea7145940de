/// A numeric column of ``BenchmarkData``. `interactions` is derived on import
/// (likes + comments + shares, see ``BenchmarkData``).
public enum Measure: Int, CaseIterable, Codable, Sendable, Hashable {
    case followers, posts, likes, comments, shares, views, impressions, reach, mentions, responseMinutes
    case interactions

    /// Measures read from input files (all but the derived `interactions`).
    public static let imported: [Measure] = Array(allCases.dropLast())

    /// Measures that add up over days and competitors.
    public var isAdditive: Bool {
        switch self {
        case .followers, .responseMinutes: return false
        default: return true
        }
    }

    /// Stable lower-case name used in definitions and JSON.
    public var name: String {
        switch self {
        case .followers: return "followers"
        case .posts: return "posts"
        case .likes: return "likes"
        case .comments: return "comments"
        case .shares: return "shares"
        case .views: return "views"
        case .impressions: return "impressions"
        case .reach: return "reach"
        case .mentions: return "mentions"
        case .responseMinutes: return "response_minutes"
        case .interactions: return "interactions"
        }
    }
}
