public import Foundation
public import StrategyKit
public import BenchmarkKit
import StrategyDocuments

/// What the `smkit` module works with: the platforms, the output language, and where plugins live.
public final class SmkitContext {
    /// The registered platforms (from the plugins' `platform.yaml` files).
    public var platforms: PlatformRegistry
    /// The language of texts that the module renders (`smkit.text`).
    public var language: Language
    /// The built-in plugin folder, when known.
    public var pluginsDirectory: URL?
    /// Benchmark metrics that scripts defined with `smkit.metric`, in definition order.
    public internal(set) var customMetrics: [Metric] = []
    /// Plugin hosts for `smkit.check`, by workspace ("" for none), created on first use.
    var pluginHosts: [String: PluginHost] = [:]
    /// Plugin folders that could not be read, seen while creating the hosts.
    var discoveryFailures: [PluginFailure] = []

    public init(platforms: PlatformRegistry = PlatformRegistry(), language: Language = .de, pluginsDirectory: URL? = nil) {
        self.platforms = platforms
        self.language = language
        self.pluginsDirectory = pluginsDirectory
    }

    /// A context with the platforms of the built-in plugins, located as `PluginDirectoryLocator` says.
    public static func standard(language: Language = .de) throws(DiagnosticError) -> SmkitContext {
        let directory = PluginDirectoryLocator.locate()
        let registry = try directory.map { (dir: URL) throws(DiagnosticError) in try PlatformCatalogLoader.loadRegistry(directory: dir) }
        return SmkitContext(platforms: registry ?? PlatformRegistry(), language: language, pluginsDirectory: directory)
    }
}
