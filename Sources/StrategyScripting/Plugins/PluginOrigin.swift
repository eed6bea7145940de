/// Where a plugin was found, in discovery order.
public enum PluginOrigin: String, Sendable, Hashable, Codable, CaseIterable {
    /// Shipped with smkit (`Plugins/`).
    case builtIn = "built-in"
    /// The workspace's `plugins/` folder.
    case workspace
    /// The user's configuration folder (`$XDG_CONFIG_HOME/smkit/plugins`).
    case user
    /// Installed with `smkit plugin install` (`$XDG_DATA_HOME/smkit/plugins`).
    case installed
    /// A folder from `SMKIT_PLUGIN_PATH`.
    case path
    /// Given explicitly (tests, `smkit plugin test DIR`).
    case explicit
}
