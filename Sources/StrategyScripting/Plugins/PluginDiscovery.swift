import StrategyDocuments
public import Foundation
public import StrategyKit

/// Finds plugin folders in a fixed, documented order and reads their manifests.
///
/// Order: the built-in `Plugins/`, the workspace's `plugins/`, the user's
/// `$XDG_CONFIG_HOME/smkit/plugins` (default `~/.config/smkit/plugins`), the installed plugins
/// in `$XDG_DATA_HOME/smkit/plugins` (default `~/.local/share/smkit/plugins`, see
/// ``PluginInstaller``), then each folder of `SMKIT_PLUGIN_PATH` (separated by `:`). Inside a folder, plugin folders load
/// in byte order of their names. When two plugins share an id the first one wins and
/// the later one is reported.
public enum PluginDiscovery {
    /// The search paths for a workspace (or none), from the environment.
    public static func searchPaths(workspace: String? = nil,
                                   environment: [String: String] = ProcessInfo.processInfo.environment)
        -> [PluginSearchPath]
    {
        var paths: [PluginSearchPath] = []
        if let builtIn = builtInDirectory(environment: environment) {
            paths.append(PluginSearchPath(directory: builtIn, origin: .builtIn))
        }
        if let workspace { paths.append(PluginSearchPath(directory: workspace + "/plugins", origin: .workspace)) }
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["HOME"].map { $0 + "/.config" }
        if let config { paths.append(PluginSearchPath(directory: config + "/smkit/plugins", origin: .user)) }
        if let installed = PluginInstaller.userDirectory(environment: environment) {
            paths.append(PluginSearchPath(directory: installed, origin: .installed))
        }
        for entry in (environment["SMKIT_PLUGIN_PATH"] ?? "").split(separator: ":") where !entry.isEmpty {
            paths.append(PluginSearchPath(directory: String(entry), origin: .path))
        }
        return paths
    }

    /// The built-in plugin folder: where ``PluginDirectoryLocator`` finds it, else the
    /// source tree this file was compiled from.
    public static func builtInDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let found = PluginDirectoryLocator.locate(environment: environment) { return found.path }
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

    /// Reads every plugin in the search paths. Broken manifests become failures; the rest load.
    public static func discover(_ paths: [PluginSearchPath]) -> (plugins: [DiscoveredPlugin], failures: [PluginFailure]) {
        var plugins: [DiscoveredPlugin] = []
        var failures: [PluginFailure] = []
        var seen: [String: String] = [:]
        for path in paths {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: path.directory)) ?? [])
                .filter { !$0.hasPrefix(".") }.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            for name in names {
                let directory = path.directory + "/" + name
                guard FileManager.default.fileExists(atPath: directory + "/" + PluginManifest.fileName) else { continue }
                switch read(directory: directory) {
                case .success(let manifest):
                    if let first = seen[manifest.id] {
                        failures.append(PluginFailure(
                            pluginID: manifest.id, phase: .discovery, file: manifest.file, line: manifest.positions["id"]?.line,
                            message: "duplicate plugin id '\(manifest.id)': already found at \(first); this copy is skipped"))
                        continue
                    }
                    seen[manifest.id] = manifest.file
                    plugins.append(DiscoveredPlugin(manifest: manifest, origin: path.origin))
                case .failure(let failure):
                    failures.append(failure)
                }
            }
        }
        return (plugins, failures)
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
