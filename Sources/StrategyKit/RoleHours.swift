/// Hours per week one role spends (or must spend) on social media.
public struct RoleHours: Sendable, Hashable, Codable {
    /// The role, e.g. "social_media_manager", "community_manager", "Filialleitung".
    public var role: String
    /// Hours per week.
    public var hoursPerWeek: Double

    /// Creates a role-hours entry.
    public init(role: String, hoursPerWeek: Double) {
        self.role = role
        self.hoursPerWeek = hoursPerWeek
    }
}
