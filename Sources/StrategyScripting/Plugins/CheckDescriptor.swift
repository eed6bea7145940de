public import StrategyKit

/// A registered check as the host knows it: everything but its Lua function.
public struct CheckDescriptor: Sendable, Hashable, Codable {
    /// The check's position in the state's registry (1-based, as in Lua).
    public var index: Int
    /// The rule id, e.g. `FB-04`.
    public var id: String
    /// The plugin that registered it.
    public var pluginID: String
    /// What it looks at.
    public var subject: CheckSubjectKind
    /// How serious a violation is.
    public var severity: FindingSeverity
    /// What a violation risks.
    public var consequence: FindingConsequence
    /// The URL of the rule text.
    public var source: String
    /// The day the rule text was read.
    public var read: CalendarDate?
    /// The words of the source the rule rests on, verbatim (nil when the plugin gives none).
    public var quote: String? = nil
    /// What the primary source is, e.g. "Meta: Pages, Groups and Events Policies".
    public var sourceTitle: String? = nil
    /// Sources beside the primary one.
    public var secondary: [RuleSource] = []
    /// The platforms it applies to; `nil` for every platform (law, general rules).
    public var platforms: [String]?
    /// What the rule says, in one line.
    public var summary: LocalizedText
    /// The default message of a finding.
    public var message: LocalizedText

    enum CodingKeys: String, CodingKey {
        case index, id, subject, severity, consequence, source, read, quote, secondary, platforms, summary, message
        case pluginID = "plugin_id"
        case sourceTitle = "source_title"
    }
}
