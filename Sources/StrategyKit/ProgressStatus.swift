/// Where a goal stands compared with a straight line from baseline to target.
public enum ProgressStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// The target is reached.
    case achieved
    /// At or ahead of the straight line.
    case onTrack = "on_track"
    /// Behind the straight line, deadline not yet passed.
    case behind
    /// The deadline passed without reaching the target.
    case missed
    /// No measurement since the start, or the goal lacks baseline, target or deadline.
    case noData = "no_data"

    /// German and English label.
    public var label: LocalizedText {
        switch self {
        case .achieved: LocalizedText(de: "erreicht", en: "achieved")
        case .onTrack: LocalizedText(de: "im Plan", en: "on track")
        case .behind: LocalizedText(de: "im Rückstand", en: "behind")
        case .missed: LocalizedText(de: "verfehlt", en: "missed")
        case .noData: LocalizedText(de: "keine Daten", en: "no data")
        }
    }
}
