/// A letter of SMART after Doran (1981): Specific, Measurable, Assignable, Realistic, Time-related.
public enum SMARTLetter: String, Sendable, Hashable, Codable, CaseIterable {
    /// Specific.
    case s = "S"
    /// Measurable.
    case m = "M"
    /// Assignable (someone owns it).
    case a = "A"
    /// Realistic given the resources.
    case r = "R"
    /// Time-related.
    case t = "T"

    /// German and English name of the criterion.
    public var name: LocalizedText {
        switch self {
        case .s: LocalizedText(de: "spezifisch", en: "specific")
        case .m: LocalizedText(de: "messbar", en: "measurable")
        case .a: LocalizedText(de: "zuordenbar", en: "assignable")
        case .r: LocalizedText(de: "realistisch", en: "realistic")
        case .t: LocalizedText(de: "terminiert", en: "time-related")
        }
    }
}
