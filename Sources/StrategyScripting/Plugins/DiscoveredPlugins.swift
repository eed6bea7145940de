/// What ``PluginDiscovery/discover(_:)`` found: the plugins to load in load order, the folders
/// whose manifest could not be read, and the plugins found twice.
public struct DiscoveredPlugins: Sendable {
    /// One plugin per id, the nearest copy, in load order (farthest folder first).
    public var plugins: [DiscoveredPlugin]
    /// Broken manifests.
    public var failures: [PluginFailure]
    /// Plugins found twice: which copy is used.
    public var notices: [PluginNotice]

    /// Creates a result.
    public init(plugins: [DiscoveredPlugin] = [], failures: [PluginFailure] = [], notices: [PluginNotice] = []) {
        self.plugins = plugins
        self.failures = failures
        self.notices = notices
    }
}
