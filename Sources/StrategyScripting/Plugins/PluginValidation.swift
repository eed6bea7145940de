public import StrategyKit

/// The checks of `smkit plugin validate`, shared with `smkit plugin install`: the manifest's API
/// level, and whether the plugin's code loads and registers.
public enum PluginValidation {
    /// `plugin.yaml:line:column: error: …` when the plugin needs a higher API level than this smkit has.
    public static func apiLevelProblem(_ manifest: PluginManifest) -> String? {
        guard manifest.apiLevel > PluginAPI.apiLevel else { return nil }
        return "\(manifest.location(of: "api")): error: plugin '\(manifest.id)' needs smkit API level "
            + "\(manifest.apiLevel), this smkit provides \(PluginAPI.apiLevel)"
    }

    /// Loads the plugin into a fresh host: the host (with its checks and scorers) and whether it
    /// loaded; ``PluginHost/loadFailures`` says why not, or what went wrong besides.
    public static func load(_ manifest: PluginManifest) throws -> (host: PluginHost, loaded: Bool) {
        let host = try PluginHost()
        let loaded = host.load(manifest)
        return (host, loaded)
    }
}
