public import StrategyKit

/// `smkit rules --format json` (docs/schemas/rules.schema.json): every rule as a
/// ``RuleRecord``, sorted by plugin and id, with the not-legal-advice notice in both languages.
public struct RuleListJSON: Sendable, Encodable {
    /// Names the layout; the schema's `const`.
    public var schema = "smkit.rules/1"
    public var rules: [RuleRecord]
    public var disclaimer: LocalizedText

    /// The records of a catalogue.
    public init(_ catalog: RuleCatalog) {
        rules = catalog.rules.map(RuleRecord.init)
        disclaimer = CheckReportFormatter.disclaimer
    }
}
