public import Foundation
public import LuaHost
public import StrategyKit
public import StrategyDocuments

/// One run of the plugin system, from "find plugins" to "report failures": the search paths,
/// the Lua state, every loaded plugin's checks, scorers and platforms, and every failure and
/// notice on the way.
///
/// Every command (`check`, `report`, `guidelines`, `terms --check`, `plugin list|validate|test`),
/// `smkit.check` and the other plugin-aware functions of scripts, and the REPL make one of these
/// and nothing else, so they all see the same plugins and the same platforms.
public final class PluginRun {
    /// The folders searched, nearest first (see ``PluginDiscovery``).
    public let searchPaths: [PluginSearchPath]
    /// The state the plugins run in.
    public let host: PluginHost
    /// Plugin folders whose manifest could not be read.
    public private(set) var discoveryFailures: [PluginFailure]
    /// Plugins found twice, and which copy is used.
    public let notices: [PluginNotice]
    /// The built-in plugin folder, when there is one.
    public let builtInDirectory: String?
    /// Every platform: those defined by the loaded plugins (`platform.yaml` and
    /// `plugin:platform`), with what plugins added to them (`plugin:platform { extends = ... }`).
    public private(set) var platforms: PlatformRegistry

    /// Finds and loads the plugins for a workspace (or none) from the environment's search paths.
    ///
    /// - Parameter loadPlugins: `false` reads only the built-in platform data, running no plugin code
    ///   (`smkit-repl --no-plugins`).
    public convenience init(workspace: String? = nil,
                            environment: [String: String] = ProcessInfo.processInfo.environment,
                            loadPlugins: Bool = true, limits: LuaLimits = .pluginDefault) throws(LuaError) {
        try self.init(paths: PluginDiscovery.searchPaths(workspace: workspace, environment: environment),
                      builtInDirectory: PluginDiscovery.builtInDirectory(environment: environment),
                      loadPlugins: loadPlugins, limits: limits)
    }

    /// Finds and loads the plugins in `paths` (nearest first).
    public init(paths: [PluginSearchPath], builtInDirectory: String? = nil, loadPlugins: Bool = true,
                limits: LuaLimits = .pluginDefault) throws(LuaError) {
        searchPaths = paths
        self.builtInDirectory = builtInDirectory
        host = try PluginHost(limits: limits)
        discoveryFailures = []
        // The built-in platform data is read without running code, first: a plugin can extend
        // those platforms even when it is loaded alone (plugin validate, test, install), and a
        // built-in plugin whose code fails still leaves its platform known.
        if let builtInDirectory {
            do {
                host.platforms = try PlatformCatalogLoader.loadRegistry(directory: URL(fileURLWithPath: builtInDirectory))
            } catch {
                discoveryFailures.append(PluginFailure(pluginID: "smkit", phase: .discovery, file: builtInDirectory,
                                                       message: error.description))
            }
        }
        guard loadPlugins else {
            notices = []
            platforms = host.platforms
            return
        }
        let found = PluginDiscovery.discover(paths)
        discoveryFailures += found.failures
        notices = found.notices
        host.load(found.plugins)
        platforms = host.platforms
    }

    /// A run with exactly one plugin, as `plugin validate`, `plugin test` and `plugin install`
    /// load it; whether it registered.
    public static func only(_ manifest: PluginManifest, limits: LuaLimits = .pluginDefault,
                            builtInDirectory: String? = PluginDiscovery.builtInDirectory()) throws(LuaError)
        -> (run: PluginRun, loaded: Bool) {
        let run = try PluginRun(paths: [], builtInDirectory: builtInDirectory, loadPlugins: true, limits: limits)
        let loaded = run.host.load(manifest)
        run.platforms = run.host.platforms
        return (run, loaded)
    }

    /// The plugins that loaded, in load order.
    public var plugins: [LoadedPlugin] { host.plugins }

    /// Every failure: discovery, loading, and every check or scorer that failed so far
    /// outside a ``CheckResult``.
    public var failures: [PluginFailure] { discoveryFailures + host.failures }

    /// The platform ids subjects and workspaces are checked against: every registered platform,
    /// or the built-in list when no plugin defined any.
    public var platformIDs: [String] {
        platforms.count > 0 ? platforms.ids : Workspace.builtInPlatformIDs
    }

    /// Checks a contest or post file with every plugin.
    public func check(_ document: CheckDocument, platforms: [String]? = nil) -> CheckResult {
        host.check(document, platforms: platforms)
    }

    /// Checks a workspace's presences and strategy with every plugin; the channel capacity comes
    /// from this run's platforms.
    public func check(workspace: Workspace) -> CheckResult {
        host.check(workspace: workspace, platforms: platforms)
    }

    /// Loads a workspace against this run's platforms, so a presence on a platform that a plugin
    /// defines (`platform: threads`) is a presence like any other.
    public func loadWorkspace(_ path: String) throws(DiagnosticError) -> LoadedWorkspace {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticError([Diagnostic(file: path, line: 1, column: 1, code: .io, message: LocalizedText(
                de: "kein Workspace-Ordner (erwartet wird ein Ordner mit \(Workspace.strategyFileName))",
                en: "not a workspace folder (expected a folder with \(Workspace.strategyFileName))"))])
        }
        if platforms.count == 0 {
            throw DiagnosticError([Diagnostic(file: builtInDirectory ?? "Plugins", line: 1, column: 1, code: .io,
                                              message: LocalizedText(
                de: "keine Plattformdaten: kein Plugin definiert eine Plattform (\(PluginDiscovery.builtInVariable) prüfen)",
                en: "no platform data: no plugin defines a platform (check \(PluginDiscovery.builtInVariable))"))])
        }
        let workspace = try Workspace.load(directory: URL(fileURLWithPath: path), platforms: platforms)
        return LoadedWorkspace(workspace: workspace, platforms: platforms,
                               platformDirectory: URL(fileURLWithPath: builtInDirectory ?? path))
    }

    /// What plugins printed since the last call.
    public func takeLog() -> [PluginLogLine] { host.takeLog() }
}
