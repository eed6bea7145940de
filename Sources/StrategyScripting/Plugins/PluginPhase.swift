/// When a plugin failed: while being found, read, registered, checking, scoring or testing.
public enum PluginPhase: String, Sendable, Hashable, Codable, CaseIterable {
    /// Looking for plugin folders.
    case discovery
    /// Reading `plugin.yaml`.
    case manifest
    /// Running the plugin's file to register its checks and scorers.
    case load
    /// Running a check.
    case check
    /// Running a scorer.
    case score
}
