/// The direction of a KPI that would show an assumption to be wrong.
public enum IndicatorDirection: String, Sendable, Hashable, Codable, CaseIterable {
    /// The assumption is falsified when the indicator falls.
    case falls
    /// The assumption is falsified when the indicator rises.
    case rises
}
