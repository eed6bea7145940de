/// Why a plugin file was not read: the file, the reason, and the details a person needs.
public struct PluginFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of refusal it is.
    public enum Reason: String, Sendable, Hashable {
        /// The file (or the plugin folder) does not exist.
        case missing
        /// Its real path lies outside the plugin folder (a symlink or `..` leads out).
        case outside
        /// It is a FIFO, device, socket or directory.
        case notRegular = "not-regular"
        /// It is larger than ``PluginFile/sizeLimit``.
        case tooLarge = "too-large"
        /// Opening or reading it failed.
        case unreadable
    }

    /// The path as smkit was asked to read it.
    public var path: String
    /// The kind of refusal.
    public var reason: Reason
    /// Why, in words (the real path, the file type, the size).
    public var detail: String

    /// Creates an error.
    public init(path: String, reason: Reason, detail: String) {
        self.path = path
        self.reason = reason
        self.detail = detail
    }

    /// `path: refused: detail` (or `path: detail` when it is simply missing).
    public var description: String {
        reason == .missing ? "\(path): \(detail)" : "\(path): refused: \(detail)"
    }
}
