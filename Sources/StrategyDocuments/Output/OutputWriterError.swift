/// Why ``OutputWriter`` did not write a file.
public struct OutputWriterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure, so callers can react without parsing messages.
    public enum Code: String, Sendable, Hashable, Codable {
        /// The file exists and `force` was not set.
        case exists
        /// The path names a directory.
        case isDirectory = "is_directory"
        /// The directory to write into does not exist.
        case missingDirectory = "missing_directory"
        /// The operating system refused to create, write or rename the file.
        case io
    }

    /// The kind of failure.
    public var code: Code
    /// The path that was to be written; ``StandardOutput/path`` (`-`) for standard output.
    public var path: String
    /// What went wrong, for people.
    public var message: String

    /// Creates an error.
    public init(code: Code, path: String, message: String) {
        self.code = code
        self.path = path
        self.message = message
    }

    /// `path: error: message`, like the other file errors of the toolkit; for standard
    /// output `smkit: cannot write to standard output: message`.
    public var description: String {
        path == StandardOutput.path ? "smkit: cannot write to standard output: \(message)" : "\(path): error: \(message)"
    }
}
