/// A business benefit of social media with the KPIs that measure it and the business-model parts it serves.
public struct Benefit: Sendable, Hashable, Codable, Identifiable {
    /// The benefit's id.
    public var id: BenefitID
    /// German and English name.
    public var name: LocalizedText
    /// One sentence on what the benefit means for the business.
    public var summary: LocalizedText
    /// The KPIs that measure this benefit; a goal for the benefit should use one of them.
    public var kpis: [KPIDefinition]
    /// The parts of the business model this benefit serves.
    public var serves: [BusinessModelPart]

    /// Creates a benefit.
    public init(id: BenefitID, name: LocalizedText, summary: LocalizedText,
                kpis: [KPIDefinition], serves: [BusinessModelPart]) {
        self.id = id
        self.name = name
        self.summary = summary
        self.kpis = kpis
        self.serves = serves
    }

    /// Whether the KPI with this id measures this benefit.
    public func isMeasured(by kpiID: String) -> Bool { kpis.contains { $0.id == kpiID } }
}
