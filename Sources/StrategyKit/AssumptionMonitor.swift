/// The KPI that watches an assumption and the movement that would falsify it.
public struct AssumptionMonitor: Sendable, Hashable, Codable {
    /// The KPI id to watch.
    public var kpi: String
    /// The platform, when the KPI is platform-specific.
    public var platform: String?
    /// The direction that falsifies the assumption.
    public var falsifiedIf: IndicatorDirection
    /// Optional threshold: falsified when the latest value is beyond it in that direction.
    /// Without a threshold the latest value is compared with the first.
    public var threshold: Double?

    /// Creates a monitor.
    public init(kpi: String, platform: String? = nil, falsifiedIf: IndicatorDirection, threshold: Double? = nil) {
        self.kpi = kpi
        self.platform = platform
        self.falsifiedIf = falsifiedIf
        self.threshold = threshold
    }
}
