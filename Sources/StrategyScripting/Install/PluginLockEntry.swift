/// What the lock file records about one installed plugin.
public struct PluginLockEntry: Codable, Sendable, Hashable {
    /// The plugin id (also its folder name under the installed plugins folder).
    public var id: String
    /// Its version from `plugin.yaml`.
    public var version: String
    /// The API level from `plugin.yaml`.
    public var api: Int
    /// The absolute path of the folder or archive it was installed from.
    public var origin: String
    /// When it was installed, ISO 8601 in UTC (`2026-12-07T10:15:00Z`).
    public var installed: String
    /// Relative path → SHA-256 (hex) of every installed file.
    public var files: [String: String]
    /// SHA-256 over the sorted list of files (see ``digest(of:)``).
    public var digest: String

    /// Creates an entry; the digest is computed from `files`.
    public init(id: String, version: String, api: Int, origin: String, installed: String, files: [String: String]) {
        self.id = id
        self.version = version
        self.api = api
        self.origin = origin
        self.installed = installed
        self.files = files
        self.digest = Self.digest(of: files)
    }

    /// SHA-256 of the lines `HASH  PATH\n` (as `sha256sum` prints them), sorted by the paths' bytes.
    public static func digest(of files: [String: String]) -> String {
        var hasher = SHA256()
        for path in files.keys.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            hasher.update(Array("\(files[path]!)  \(path)\n".utf8))
        }
        return hasher.finalizeHex()
    }
}
