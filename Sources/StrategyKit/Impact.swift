/// How bad a risk would be if it happened. Mapping: low 0.25, medium 0.5, high 1.0.
public enum Impact: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Annoying, easily repaired.
    case low
    /// Costs noticeable time, money or reputation.
    case medium
    /// Threatens the strategy or the presence (e.g. a deleted page).
    case high

    /// The number used in risk scores.
    public var value: Double {
        switch self {
        case .low: 0.25
        case .medium: 0.5
        case .high: 1.0
        }
    }

    public static func < (lhs: Impact, rhs: Impact) -> Bool { lhs.value < rhs.value }
}
