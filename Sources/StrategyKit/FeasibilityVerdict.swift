/// Whether a goal can be reached with the pace and hours at hand.
public enum FeasibilityVerdict: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// History or hours already carry the required pace.
    case feasible
    /// Needs up to twice the historical pace.
    case ambitious
    /// Needs more than twice the historical pace, or more hours than the team has.
    case unrealistic
    /// Neither history nor an hours estimate allow a judgement.
    case unknown

    /// German and English label.
    public var label: LocalizedText {
        switch self {
        case .feasible: LocalizedText(de: "machbar", en: "feasible")
        case .ambitious: LocalizedText(de: "ambitioniert", en: "ambitious")
        case .unrealistic: LocalizedText(de: "unrealistisch", en: "unrealistic")
        case .unknown: LocalizedText(de: "nicht beurteilbar", en: "cannot be judged")
        }
    }

    private var severity: Int {
        switch self {
        case .unknown: 0
        case .feasible: 1
        case .ambitious: 2
        case .unrealistic: 3
        }
    }

    public static func < (lhs: FeasibilityVerdict, rhs: FeasibilityVerdict) -> Bool { lhs.severity < rhs.severity }
}
