/// How long a competitive advantage lasts, after pbsm.
///
/// Mapping used by ``DraftEvaluator``: structural 0.6, lasting 0.35, temporary 0.15.
public enum Durability: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Competitors must first build structures (e.g. usage formats, a community) to follow.
    case structural
    /// Longer-term but not structural (e.g. know-how, a head start in content).
    case lasting
    /// Easily copied (e.g. a campaign idea).
    case temporary

    /// The number used in competitive-quality scores.
    public var value: Double {
        switch self {
        case .structural: 0.6
        case .lasting: 0.35
        case .temporary: 0.15
        }
    }

    /// German and English label.
    public var label: LocalizedText {
        switch self {
        case .structural: LocalizedText(de: "strukturell", en: "structural")
        case .lasting: LocalizedText(de: "dauerhaft", en: "lasting")
        case .temporary: LocalizedText(de: "temporär", en: "temporary")
        }
    }

    public static func < (lhs: Durability, rhs: Durability) -> Bool { lhs.value < rhs.value }
}
