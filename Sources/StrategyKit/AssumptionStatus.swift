/// Whether a monitored assumption still holds.
public enum AssumptionStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// The indicator has not moved against it.
    case holding
    /// The indicator moved in the falsifying direction.
    case flagged
    /// Not monitored, or fewer than two measurements (one with a threshold).
    case noData = "no_data"
}
