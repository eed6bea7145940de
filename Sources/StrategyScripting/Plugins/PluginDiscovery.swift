public import Foundation
public import StrategyKit

/// Finds plugin folders in a fixed, documented order and reads their manifests.
///
/// The search paths, nearest first: the workspace's `plugins/`, each folder of
/// `SMKIT_PLUGIN_PATH` (separated by `:`, in that order), the user's
/// `$XDG_CONFIG_HOME/smkit/plugins` (default `~/.config/smkit/plugins`), the installed plugins in
/// `$XDG_DATA_HOME/smkit/plugins` (default `~/.local/share/smkit/plugins`, see
/// ``PluginInstaller``), then the built-in `Plugins/`. When two folders hold a plugin with the
/// same id, the nearer one is used and a ``PluginNotice`` says so. Plugins load farthest first
/// (the built-in ones, then installed, user, path, workspace), so a nearer plugin's platform data
/// is applied over a farther one's (`extends` is applied after all have loaded, see
/// ``PluginHost/load(_:)``); inside a folder, plugin folders load in byte
/// order of their names. Names starting with `.` are skipped. docs/plugins.md "Where smkit
/// finds plugins" describes the same.
public enum PluginDiscovery {
    /// The environment variable that replaces the built-in `Plugins/` folder.
    public static let builtInVariable = "SMKIT_PLUGINS_DIR"
    /// The environment variable with more folders of plugins, separated by `:`.
    public static let pathVariable = "SMKIT_PLUGIN_PATH"

    /// The search paths for a workspace (or none), from the environment, nearest first.
    public static func searchPaths(workspace: String? = nil,
                                   environment: [String: String] = ProcessInfo.processInfo.environment)
        -> [PluginSearchPath]
    {
        var paths: [PluginSearchPath] = []
        if let workspace {
            let folder = workspace.hasSuffix("/") ? String(workspace.dropLast()) : workspace
            paths.append(PluginSearchPath(directory: folder + "/plugins", origin: .workspace))
        }
        for entry in (environment[pathVariable] ?? "").split(separator: ":") where !entry.isEmpty {
            paths.append(PluginSearchPath(directory: String(entry), origin: .path))
        }
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["HOME"].map { $0 + "/.config" }
        if let config { paths.append(PluginSearchPath(directory: config + "/smkit/plugins", origin: .user)) }
        if let installed = PluginInstaller.userDirectory(environment: environment) {
            paths.append(PluginSearchPath(directory: installed, origin: .installed))
        }
        if let builtIn = builtInDirectory(environment: environment) {
            paths.append(PluginSearchPath(directory: builtIn, origin: .builtIn))
        }
        return paths
    }

    /// The built-in plugin folder: `SMKIT_PLUGINS_DIR` when set; else the nearest `Plugins/` or
    /// `share/smkit/Plugins/` holding a plugin, walking up from the executable's folder (a build
    /// in `.build/debug` finds the package's `Plugins/`); else the source tree this file was
    /// compiled from.
    public static func builtInDirectory(environment: [String: String] = ProcessInfo.processInfo.environment,
                                        executable: URL? = Bundle.main.executableURL) -> String? {
        if let value = environment[builtInVariable], !value.isEmpty {
            return URL(fileURLWithPath: value).standardizedFileURL.path
        }
        if let executable {
            var directory = executable.resolvingSymlinksInPath().deletingLastPathComponent()
            while true {
                for candidate in ["Plugins", "share/smkit/Plugins"] {
                    let path = directory.appendingPathComponent(candidate).path
                    if isPluginFolder(path) { return path }
                }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        // Sources/StrategyScripting/Plugins/PluginDiscovery.swift -> the repository root.
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Plugins").path
        return isPluginFolder(source) ? source : nil
    }

    /// Whether `path` holds at least one plugin folder with a manifest.
    static func isPluginFolder(_ path: String) -> Bool {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return false }
        return names.contains { FileManager.default.fileExists(atPath: path + "/" + $0 + "/" + PluginManifest.fileName) }
    }

    /// The plugin folders directly inside `directory`, in byte order, hidden ones left out.
    static func folders(in directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            .map { directory + "/" + $0 }
            .filter { FileManager.default.fileExists(atPath: $0 + "/" + PluginManifest.fileName) }
    }

    /// Reads every plugin in the search paths (nearest first). Broken manifests become failures;
    /// of two plugins with the same id the nearer one is kept and a notice names both.
    public static func discover(_ paths: [PluginSearchPath]) -> DiscoveredPlugins {
        var result = DiscoveredPlugins()
        var chosen: [String: DiscoveredPlugin] = [:]
        var byPath: [[DiscoveredPlugin]] = []
        for path in paths {
            var here: [DiscoveredPlugin] = []
            for directory in folders(in: path.directory) {
                switch read(directory: directory) {
                case .success(let manifest):
                    if let used = chosen[manifest.id] {
                        result.notices.append(PluginNotice(pluginID: manifest.id, used: used.manifest.file,
                                                           shadowed: manifest.file))
                        continue
                    }
                    let plugin = DiscoveredPlugin(manifest: manifest, origin: path.origin)
                    chosen[manifest.id] = plugin
                    here.append(plugin)
                case .failure(let failure):
                    result.failures.append(failure)
                }
            }
            byPath.append(here)
        }
        result.plugins = byPath.reversed().flatMap { $0 }
        return result
    }

    /// Reads one plugin folder's manifest; a broken manifest becomes a failure naming file and line.
    ///
    /// The manifest is read with ``PluginFile`` (inside the folder, a regular file, bounded), and
    /// its texts that reach the terminal (name, author, licence, description) are cleaned.
    public static func read(directory: String) -> Result<PluginManifest, PluginFailure> {
        do {
            var manifest = try PluginManifestLoader.load(directory: directory)
            manifest.name = TerminalText.line(manifest.name)
            manifest.author = TerminalText.line(manifest.author)
            manifest.licence = TerminalText.line(manifest.licence)
            manifest.description = manifest.description?.cleanedForTerminal
            return .success(manifest)
        } catch {
            let first = error.diagnostics.first
            let name = directory.split(separator: "/").last.map(String.init) ?? directory
            return .failure(PluginFailure(pluginID: name, phase: .manifest, file: first?.file, line: first?.line,
                                          message: error.diagnostics.map { "\($0.line):\($0.column): \($0.message.en)" }
                                              .joined(separator: "; ")))
        }
    }
}
