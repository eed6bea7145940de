public import Foundation
import StrategyDocuments

/// `smkit-plugins.lock` in the installed plugins folder: JSON, keys in a stable order, written
/// atomically, one ``PluginLockEntry`` per installed plugin.
public struct PluginLockFile: Codable, Sendable, Hashable {
    /// The file's name inside the installed plugins folder.
    public static let fileName = "smkit-plugins.lock"

    /// The format's version.
    public var lockVersion: Int
    /// Id → entry.
    public var plugins: [String: PluginLockEntry]

    enum CodingKeys: String, CodingKey {
        case lockVersion = "lock_version"
        case plugins
    }

    /// An empty lock file.
    public init(plugins: [String: PluginLockEntry] = [:]) {
        self.lockVersion = 1
        self.plugins = plugins
    }

    /// Reads the lock file at `path`; a missing file is an empty lock file.
    public static func load(_ path: String) throws(PluginInstallError) -> PluginLockFile {
        guard FileManager.default.fileExists(atPath: path) else { return PluginLockFile() }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PluginInstallError(.lockFile, "\(path): cannot be read")
        }
        do {
            return try JSONDecoder().decode(PluginLockFile.self, from: data)
        } catch {
            throw PluginInstallError(.lockFile, "\(path): not a valid lock file (\(error)); fix or remove it")
        }
    }

    /// The JSON text: pretty-printed, keys sorted, ending in a newline.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding strings, integers and dictionaries of them cannot fail.
        return (try! encoder.encode(self)) + Data("\n".utf8)
    }

    /// Writes the file atomically (a temporary file renamed over the old one).
    public func write(to path: String) throws(PluginInstallError) {
        do {
            try OutputWriter(force: true).write(encoded(), to: path)
        } catch {
            throw PluginInstallError(.io, error.description)
        }
    }
}
