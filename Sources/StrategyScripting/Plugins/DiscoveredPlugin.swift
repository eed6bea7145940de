public import StrategyKit

/// A plugin folder whose manifest was read, and where it was found.
public struct DiscoveredPlugin: Sendable, Hashable {
    /// The validated manifest.
    public var manifest: PluginManifest
    /// Which search path it came from.
    public var origin: PluginOrigin

    /// Creates an entry.
    public init(manifest: PluginManifest, origin: PluginOrigin) {
        self.manifest = manifest
        self.origin = origin
    }
}
