/// How well something fits, as an ordered level with a documented number.
///
/// Mapping (used by every scorer): none 0.0, low 0.25, medium 0.5, high 0.75, core 1.0.
/// Levels instead of free numbers because the research behind them is qualitative.
public enum FitLevel: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Does not fit (0.0).
    case none
    /// Fits a little (0.25).
    case low
    /// Fits moderately (0.5).
    case medium
    /// Fits well (0.75).
    case high
    /// The platform's core use (1.0).
    case core

    /// The number the scorers use for this level.
    public var value: Double {
        switch self {
        case .none: 0.0
        case .low: 0.25
        case .medium: 0.5
        case .high: 0.75
        case .core: 1.0
        }
    }

    /// German and English label.
    public var label: LocalizedText {
        switch self {
        case .none: LocalizedText(de: "keine", en: "none")
        case .low: LocalizedText(de: "gering", en: "low")
        case .medium: LocalizedText(de: "mittel", en: "medium")
        case .high: LocalizedText(de: "hoch", en: "high")
        case .core: LocalizedText(de: "Kernnutzen", en: "core")
        }
    }

    public static func < (lhs: FitLevel, rhs: FitLevel) -> Bool { lhs.value < rhs.value }
}
