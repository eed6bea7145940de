/// A key performance indicator with a stated definition, so numbers stay comparable.
public struct KPIDefinition: Sendable, Hashable, Codable, Identifiable {
    /// Stable id, e.g. `applications`.
    public var id: String
    /// German and English name.
    public var name: LocalizedText
    /// The unit of its values.
    public var unit: KPIUnit
    /// What exactly is counted and over which period.
    public var definition: LocalizedText

    /// Creates a KPI definition.
    public init(id: String, name: LocalizedText, unit: KPIUnit, definition: LocalizedText) {
        self.id = id
        self.name = name
        self.unit = unit
        self.definition = definition
    }
}
