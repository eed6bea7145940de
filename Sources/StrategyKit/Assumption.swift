/// An assumption or prerequisite of a strategy draft, with how certain it is.
public struct Assumption: Sendable, Hashable, Codable, Identifiable {
    /// Stable id within the draft.
    public var id: String
    /// What is assumed.
    public var text: LocalizedText
    /// Assumption or prerequisite.
    public var kind: AssumptionKind
    /// How certain it is, 0 (guess) ... 1 (known fact).
    public var certainty: Double
    /// The KPI that would show it wrong, if monitored.
    public var monitor: AssumptionMonitor?

    /// Creates an assumption.
    public init(id: String, text: LocalizedText, kind: AssumptionKind = .assumption,
                certainty: Double, monitor: AssumptionMonitor? = nil) {
        self.id = id
        self.text = text
        self.kind = kind
        self.certainty = certainty
        self.monitor = monitor
    }
}
