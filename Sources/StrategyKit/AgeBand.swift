/// An age band of the German population as used by the ARD/ZDF-Medienstudie (persons 14+).
public enum AgeBand: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// All persons 14 and older; used as the fallback when a band has no figure.
    case all = "14+"
    /// 14 to 29 years.
    case age14to29 = "14-29"
    /// 30 to 49 years.
    case age30to49 = "30-49"
    /// 50 to 69 years.
    case age50to69 = "50-69"
    /// 70 years and older.
    case age70plus = "70+"

    /// The bands a target group can name (every band except ``all``).
    public static let specific: [AgeBand] = [.age14to29, .age30to49, .age50to69, .age70plus]

    /// German and English label, e.g. "14–29 Jahre" / "14–29 years".
    public var label: LocalizedText {
        switch self {
        case .all: LocalizedText(de: "ab 14 Jahren", en: "14 years and older")
        case .age70plus: LocalizedText(de: "ab 70 Jahren", en: "70 years and older")
        default:
            LocalizedText(de: rawValue.replacingOccurrences(of: "-", with: "–") + " Jahre",
                          en: rawValue.replacingOccurrences(of: "-", with: "–") + " years")
        }
    }

    public static func < (lhs: AgeBand, rhs: AgeBand) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
