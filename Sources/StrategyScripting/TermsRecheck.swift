public import StrategyKit

/// What ``TermsCheck/recheck(_:with:url:)`` found: the findings about the terms that remain, and
/// the plugin failures and notices of that run (a plugin that failed checked nothing).
public struct TermsRecheck: Sendable {
    /// Findings about the terms that remain with the generated terms in place.
    public var findings: [Finding] = []
    /// Plugins that failed to be found, to load or to check.
    public var failures: [PluginFailure] = []
    /// Plugins found twice.
    public var notices: [PluginNotice] = []
}
