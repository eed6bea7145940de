/// How far the organisation has come with social media (Entwicklungsstadium).
public enum MaturityStage: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// No or only accidental presences.
    case beginner
    /// First presences run without a strategy.
    case experimenting
    /// A team runs presences with goals.
    case established
    /// Social media is part of business processes and controlled by KPIs.
    case integrated

    public static func < (lhs: MaturityStage, rhs: MaturityStage) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
