public import Foundation
public import LuaHost
public import StrategyKit
public import BenchmarkKit

/// What the `smkit` module works with: the plugin runs (and with them the platforms), the output
/// language, and the metrics scripts define.
public final class SmkitContext {
    /// The language of texts that the module renders (`smkit.text`).
    public var language: Language
    /// Benchmark metrics that scripts defined with `smkit.metric`, in definition order.
    public internal(set) var customMetrics: [Metric] = []
    /// The environment plugins are searched with.
    public let environment: [String: String]
    /// Whether plugin code runs (`smkit-repl --no-plugins`: only the built-in platform data).
    public let loadPlugins: Bool
    /// Platforms given from outside instead of a plugin run's (tests, documents already loaded).
    private let fixedPlatforms: PlatformRegistry?
    /// Plugin runs by workspace folder ("" for none), made on first use.
    private var runs: [String: PluginRun] = [:]
    /// Why the plugin state could not be made, when it could not.
    public private(set) var runProblem: String?

    /// Creates a context.
    /// - Parameters:
    ///   - platforms: use these platforms instead of those of a plugin run.
    ///   - run: the plugin run a command already made (its workspace key is ``PluginRun`` `workspace`).
    public init(platforms: PlatformRegistry? = nil, language: Language = .de, run: PluginRun? = nil,
                workspace: String? = nil,
                environment: [String: String] = ProcessInfo.processInfo.environment, loadPlugins: Bool = true) {
        fixedPlatforms = platforms
        self.language = language
        self.environment = environment
        self.loadPlugins = loadPlugins
        if let run { runs[Self.key(workspace)] = run }
    }

    /// A context over the environment's plugins (loaded on first use).
    public static func standard(language: Language = .de) -> SmkitContext {
        SmkitContext(language: language)
    }

    /// The plugin run for a workspace folder (nil: no workspace), loaded once.
    public func run(workspace: String?) throws(LuaError) -> PluginRun {
        let key = Self.key(workspace)
        if let run = runs[key] { return run }
        let run = try PluginRun(workspace: workspace, environment: environment, loadPlugins: loadPlugins)
        runs[key] = run
        return run
    }

    /// The platforms scripts see: every loaded plugin's (``PluginRun/platforms``).
    public var platforms: PlatformRegistry { platforms(workspace: nil) }

    /// The platforms for a workspace folder: also those of the plugins in its `plugins/`.
    public func platforms(workspace: String?) -> PlatformRegistry {
        if let fixedPlatforms { return fixedPlatforms }
        do {
            return try run(workspace: workspace).platforms
        } catch {
            runProblem = "cannot create the plugin state: \(error)"
            return PlatformRegistry()
        }
    }

    /// The platforms for a workspace value (its folder, when it was loaded from one).
    public func platforms(for workspace: Workspace) -> PlatformRegistry {
        platforms(workspace: workspace.directory.isEmpty ? nil : workspace.directory)
    }

    /// The platform ids a workspace's references are checked against (the built-in list when no
    /// plugin defines a platform).
    public func platformIDs(for workspace: Workspace) -> [String] {
        let registry = platforms(for: workspace)
        return registry.count > 0 ? registry.ids : Workspace.builtInPlatformIDs
    }

    /// The built-in plugin folder, where the shipped platform data comes from.
    public var builtInDirectory: String? { PluginDiscovery.builtInDirectory(environment: environment) }

    static func key(_ workspace: String?) -> String {
        guard var folder = workspace else { return "" }
        while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
        return folder
    }
}
