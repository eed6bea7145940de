/// Why `smkit plugin install`, `update` or `remove` refused or failed: a code and a message
/// that names the file, the archive entry or the plugin concerned.
public struct PluginInstallError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Code: String, Sendable, Hashable {
        /// The folder or archive to install from does not exist or cannot be read.
        case sourceMissing = "source-missing"
        /// Not a folder, `.tar.gz` or `.tgz`.
        case unsupportedSource = "unsupported-source"
        /// The archive is not valid gzip or tar (cut short, corrupt).
        case corruptArchive = "corrupt-archive"
        /// An entry that could write outside the plugin folder or is not a plain file or folder.
        case hostileEntry = "hostile-entry"
        /// More files or bytes than an installed plugin may have.
        case tooLarge = "too-large"
        /// No `plugin.yaml`, or one with errors, or an API level this smkit lacks.
        case invalidManifest = "invalid-manifest"
        /// The plugin's code does not load and register.
        case loadFailed = "load-failed"
        /// A plugin with this id is installed already (`--force` replaces it).
        case alreadyInstalled = "already-installed"
        /// The id is one of the built-in plugins.
        case builtIn = "built-in"
        /// No installed plugin has this id.
        case notInstalled = "not-installed"
        /// The folder or archive a plugin was installed from is gone.
        case originMissing = "origin-missing"
        /// The lock file cannot be read.
        case lockFile = "lock-file"
        /// Writing, renaming or removing files failed.
        case io
    }

    /// The kind of problem.
    public var code: Code
    /// One or more lines for standard error, each naming what is wrong.
    public var message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
