/// The result of running a plugin's own test cases.
public struct PluginTestReport: Sendable, Hashable {
    /// The plugin's id.
    public var pluginID: String
    /// One outcome per case, in file order.
    public var outcomes: [PluginTestOutcome]
    /// Problems that stopped testing: a broken manifest, a plugin that does not load, unreadable test files.
    public var errors: [String]
    /// Rules no case expects (never shown to trigger).
    public var rulesWithoutTrigger: [String]
    /// Rules no case lists as absent (never shown to stay quiet).
    public var rulesWithoutNonTrigger: [String]
    /// What the plugin printed while it loaded (each case keeps its own, ``PluginTestOutcome/log``).
    public var log: [PluginLogLine] = []

    /// Cases that passed.
    public var passed: Int { outcomes.filter(\.passed).count }
    /// Cases that failed.
    public var failed: Int { outcomes.count - passed }
    /// Whether everything passed and nothing stopped the run.
    public var succeeded: Bool { errors.isEmpty && failed == 0 }
}
