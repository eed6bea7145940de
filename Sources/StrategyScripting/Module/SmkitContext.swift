public import Foundation
public import StrategyKit

/// What the `smkit` module works with: the platforms, the output language, and where plugins live.
public final class SmkitContext {
    /// The registered platforms (from the plugins' `platform.yaml` files).
    public var platforms: PlatformRegistry
    /// The language of texts that the module renders (`smkit.text`).
    public var language: Language
    /// The built-in plugin folder, when known.
    public var pluginsDirectory: URL?

    public init(platforms: PlatformRegistry = PlatformRegistry(), language: Language = .de, pluginsDirectory: URL? = nil) {
        self.platforms = platforms
        self.language = language
        self.pluginsDirectory = pluginsDirectory
    }

    /// A context with the platforms of the built-in plugins, located as `BuiltInPlugins.directory()` says.
    public static func standard(language: Language = .de) throws(DiagnosticError) -> SmkitContext {
        let directory = BuiltInPlugins.directory()
        let registry = try directory.map { (dir: URL) throws(DiagnosticError) in try PlatformCatalogLoader.loadRegistry(directory: dir) }
        return SmkitContext(platforms: registry ?? PlatformRegistry(), language: language, pluginsDirectory: directory)
    }
}
