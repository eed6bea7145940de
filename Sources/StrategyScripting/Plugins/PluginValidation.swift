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

    /// A note when the folder is not named after the plugin's id: that is fine (smkit goes by the
    /// id in `plugin.yaml`; `plugin install` names the installed folder after it), but worth knowing.
    public static func folderNameNotice(_ manifest: PluginManifest) -> String? {
        let folder = manifest.directory.split(separator: "/").last.map(String.init) ?? manifest.directory
        guard !folder.isEmpty, folder != manifest.id, folder != "." else { return nil }
        return "\(manifest.location(of: "id")): note: the folder '\(folder)' holds plugin '\(manifest.id)'; "
            + "smkit goes by the id, so this works (plugin install names the installed folder '\(manifest.id)')"
    }

    /// Loads the plugin into a fresh host: the host (with its checks and scorers) and whether it
    /// loaded; ``PluginHost/loadFailures`` says why not, or what went wrong besides.
    public static func load(_ manifest: PluginManifest) throws -> (host: PluginHost, loaded: Bool) {
        let (run, loaded) = try PluginRun.only(manifest)
        return (run.host, loaded)
    }
}
