/// A group the organisation wants to reach.
public struct TargetGroup: Sendable, Hashable, Codable, Identifiable {
    /// Stable id within the workspace.
    public var id: String
    /// Name shown in reports.
    public var name: LocalizedText
    /// Consumers, business roles or applicants.
    public var kind: TargetGroupKind
    /// Age bands the group falls into; used for reach by age.
    public var ageBands: [AgeBand]
    /// Business roles, e.g. "Einkauf", "Instandhaltungsleitung".
    public var roles: [String]
    /// Relative importance (default 1); weights the group in reach scores.
    public var weight: Double

    /// Creates a target group.
    public init(id: String, name: LocalizedText, kind: TargetGroupKind = .consumer,
                ageBands: [AgeBand] = [], roles: [String] = [], weight: Double = 1) {
        self.id = id
        self.name = name
        self.kind = kind
        self.ageBands = ageBands
        self.roles = roles
        self.weight = weight
    }
}
