import LuaHost
public import StrategyKit

/// A plugin that registered successfully in a ``PluginHost``.
public struct LoadedPlugin {
    /// Its manifest.
    public var manifest: PluginManifest
    /// Where it was found (built-in, workspace, user, path).
    public var origin: PluginOrigin
    /// Its own global environment.
    let environment: LuaTable
    /// The ids of its checks.
    public var checkIDs: [String]
    /// The ids of its scorers.
    public var scorerIDs: [String]
    /// Whether it still runs (a plugin stopped by a limit is disabled).
    public var enabled: Bool

    /// The plugin's id.
    public var id: String { manifest.id }
}
