public import StrategyKit

/// The result of one plugin test case.
public struct PluginTestOutcome: Sendable, Hashable {
    /// The case.
    public var testCase: PluginTestCase
    /// What did not hold; empty when the case passed.
    public var problems: [String]
    /// What the plugin printed while the case ran.
    public var log: [PluginLogLine] = []

    /// Whether the case passed.
    public var passed: Bool { problems.isEmpty }
}
