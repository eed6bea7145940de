import StrategyKit

/// A plugin that failed: which one, in which phase, where in its code, and why.
///
/// A failure never stops the other plugins; `smkit check` reports it and exits with status 3.
public struct PluginFailure: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The plugin's id (or its folder when the manifest could not be read).
    public var pluginID: String
    /// When it failed.
    public var phase: PluginPhase
    /// The file where it failed (a Lua file, or `plugin.yaml`).
    public var file: String?
    /// The line in that file, when known.
    public var line: Int?
    /// What went wrong.
    public var message: String
    /// The check or scorer that failed, when it failed while running one.
    public var ruleID: String?
    /// The subject being checked, when it failed while checking.
    public var subjectID: String?
    /// Set when a limit stopped it (`memory`, `instructions`, `time`); the plugin is then disabled.
    public var limit: String?

    enum CodingKeys: String, CodingKey {
        case phase, file, line, message, limit
        case pluginID = "plugin_id"
        case ruleID = "rule_id"
        case subjectID = "subject_id"
    }

    /// Creates a failure; its texts are cleaned for the terminal (see ``TerminalText``), since
    /// a plugin supplies most of them (its error messages, file and folder names).
    public init(pluginID: String, phase: PluginPhase, file: String? = nil, line: Int? = nil, message: String,
                ruleID: String? = nil, subjectID: String? = nil, limit: String? = nil) {
        self.pluginID = TerminalText.line(pluginID)
        self.phase = phase
        self.file = file.map(TerminalText.line)
        self.line = line
        self.message = TerminalText.line(message)
        self.ruleID = ruleID.map(TerminalText.line)
        self.subjectID = subjectID.map(TerminalText.line)
        self.limit = limit
    }

    /// `file:line: plugin 'id' failed (phase, rule): message`.
    public var description: String {
        var location = ""
        if let file { location = line.map { "\(file):\($0): " } ?? "\(file): " }
        var context = [phase.rawValue]
        if let ruleID { context.append("rule \(ruleID)") }
        if let subjectID { context.append("subject \(subjectID)") }
        return "\(location)plugin '\(pluginID)' failed (\(context.joined(separator: ", "))): \(message)"
    }
}
