/// Whether a target group is made of consumers or of people in business roles.
public enum TargetGroupKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Private persons, described by age bands.
    case consumer
    /// People in business roles (buyers, engineers), described by roles.
    case business
    /// Job seekers and potential applicants.
    case applicants
}
