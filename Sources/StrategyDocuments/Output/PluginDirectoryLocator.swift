public import Foundation

/// Finds the built-in `Plugins/` folder, so every command reads the same platform data.
///
/// Order: the `SMKIT_PLUGINS_DIR` environment variable; else the nearest folder named
/// `Plugins` holding at least one `*/platform.yaml`, walking up from the executable's
/// folder (a build in `.build/debug` finds the package's `Plugins/`); else `Plugins` in the
/// current directory.
public enum PluginDirectoryLocator {
    /// The environment variable that overrides the search.
    public static let environmentVariable = "SMKIT_PLUGINS_DIR"

    /// The plugin folder, or `nil` when none of the places has one.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment,
                              executable: URL? = Bundle.main.executableURL,
                              currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        -> URL? {
        if let value = environment[environmentVariable], !value.isEmpty {
            return URL(fileURLWithPath: value, relativeTo: currentDirectory).standardizedFileURL
        }
        if let executable {
            var directory = executable.resolvingSymlinksInPath().deletingLastPathComponent()
            while true {
                let candidate = directory.appendingPathComponent("Plugins")
                if holdsPlatforms(candidate) { return candidate }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        let local = currentDirectory.appendingPathComponent("Plugins")
        return holdsPlatforms(local) ? local : nil
    }

    /// Whether a folder contains at least one `<name>/platform.yaml`.
    public static func holdsPlatforms(_ directory: URL) -> Bool {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return false }
        return names.contains { name in
            FileManager.default.fileExists(atPath: directory.appendingPathComponent(name)
                .appendingPathComponent("platform.yaml").path)
        }
    }
}
