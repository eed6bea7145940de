/// The state of an existing presence on a platform.
public enum PresenceStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Maintained and posting.
    case active
    /// Created by the company, then left alone.
    case abandoned
    /// Created by the platform (e.g. from employees' profiles), never claimed.
    case autoCreated = "auto_created"
    /// Planned, not yet live.
    case planned
}
