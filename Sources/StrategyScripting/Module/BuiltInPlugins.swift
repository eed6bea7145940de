public import Foundation

/// Finds the built-in `Plugins/` folder.
///
/// Order: `SMKIT_PLUGINS_DIR`; a `Plugins` folder beside the executable or in one of
/// its parent folders (the source tree when run from `.build/`); `./Plugins`.
public enum BuiltInPlugins {
    public static func directory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        let files = FileManager.default
        func isDirectory(_ url: URL) -> Bool {
            var flag: ObjCBool = false
            return files.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
        }
        if let override = environment["SMKIT_PLUGINS_DIR"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<8 {
            let candidate = folder.appendingPathComponent("Plugins")
            if isDirectory(candidate) { return candidate }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        let local = URL(fileURLWithPath: files.currentDirectoryPath).appendingPathComponent("Plugins")
        return isDirectory(local) ? local : nil
    }
}
