/// What a check reports about one subject: which rule, how serious, why, and where the rule comes from.
public struct Finding: Sendable, Hashable, Codable {
    /// The rule's id, e.g. `FB-04`.
    public var ruleID: String
    /// The plugin that holds the rule.
    public var pluginID: String
    /// How serious it is.
    public var severity: FindingSeverity
    /// What breaking it risks.
    public var consequence: FindingConsequence
    /// What is wrong, in German and English.
    public var message: LocalizedText
    /// The field of the subject it concerns, e.g. `entry` or `terms.includes`.
    public var field: String?
    /// Where the rule text comes from.
    public var source: String
    /// The day the rule text was read.
    public var ruleDate: CalendarDate?
    /// The platform the rule belongs to (nil for law and general rules).
    public var platform: String?
    /// What kind of subject was checked.
    public var subject: CheckSubjectKind
    /// The checked subject's id.
    public var subjectID: String
    /// `file:line:column` of the field in the input, when known.
    public var location: String?
    /// Where in the field's text the finding is (UTF-8 offset from 0), when a check said so.
    public var textOffset: Int? = nil

    enum CodingKeys: String, CodingKey {
        case severity, consequence, message, field, source, platform, subject, location
        case ruleID = "rule_id"
        case pluginID = "plugin_id"
        case ruleDate = "rule_date"
        case subjectID = "subject_id"
    }

    /// Creates a finding.
    public init(ruleID: String, pluginID: String, severity: FindingSeverity, consequence: FindingConsequence,
                message: LocalizedText, field: String? = nil, source: String, ruleDate: CalendarDate? = nil,
                platform: String? = nil, subject: CheckSubjectKind, subjectID: String, location: String? = nil) {
        self.ruleID = ruleID
        self.pluginID = pluginID
        self.severity = severity
        self.consequence = consequence
        self.message = message
        self.field = field
        self.source = source
        self.ruleDate = ruleDate
        self.platform = platform
        self.subject = subject
        self.subjectID = subjectID
        self.location = location
    }
}
