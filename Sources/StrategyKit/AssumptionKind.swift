/// Whether a draft merely assumes something or cannot work without it.
public enum AssumptionKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Something believed to be true about users, platforms or competitors.
    case assumption
    /// Something that must be in place for the draft to work (weighs double in risk).
    case prerequisite
}
