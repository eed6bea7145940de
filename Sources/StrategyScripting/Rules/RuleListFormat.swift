/// How `smkit rules` writes the catalogue.
public enum RuleListFormat: String, Sendable, Hashable, CaseIterable {
    /// Blocks for a terminal.
    case text
    /// An array of ``RuleRecord`` objects.
    case json
    /// A review document: title, date, notice, a section per plugin, a block per rule.
    case markdown
}
