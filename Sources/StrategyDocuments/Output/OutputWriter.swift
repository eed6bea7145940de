public import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes documents to files atomically and never overwrites an existing file unless asked to.
///
/// The text goes to a temporary file in the target's directory first (so the final step is
/// a same-file-system operation), then:
/// - without `force`, the temporary file is hard-linked to the target name, which fails if
///   the name exists: there is no window in which another writer's file could be replaced;
/// - with `force`, it is renamed over the target, which replaces it in one step.
/// The temporary file is removed in every case, so no `*.tmp` is left behind.
public struct OutputWriter: Sendable {
    /// Whether an existing file may be replaced.
    public var force: Bool

    /// Creates a writer.
    public init(force: Bool = false) {
        self.force = force
    }

    /// Writes text to `path`, or to standard output when `path` is `nil` or `-`.
    public func emit(_ text: String, to path: String?) throws(OutputWriterError) {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        try write(text, to: path)
    }

    /// Writes bytes to `path`, or to standard output when `path` is `nil` or `-`.
    public func emit(_ data: Data, to path: String?) throws(OutputWriterError) {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(data)
            return
        }
        try write(data, to: path)
    }

    /// Writes UTF-8 text to `path`.
    public func write(_ text: String, to path: String) throws(OutputWriterError) {
        try write(Data(text.utf8), to: path)
    }

    /// Writes bytes to `path`.
    public func write(_ data: Data, to path: String) throws(OutputWriterError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue {
                throw OutputWriterError(code: .isDirectory, path: path, message: "is a directory; give a file name")
            }
            if !force {
                throw OutputWriterError(code: .exists, path: path,
                                        message: "file exists; not overwritten (use --force to replace it)")
            }
        }
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw OutputWriterError(code: .missingDirectory, path: path,
                                    message: "directory '\(directory)' does not exist")
        }
        let temporary = directory + "/." + url.lastPathComponent + ".smkit-" + UUID().uuidString.prefix(8) + ".tmp"
        defer { unlink(temporary) }
        try writeNew(data, to: temporary, finalPath: path)
        if force {
            if rename(temporary, path) != 0 {
                throw OutputWriterError(code: .io, path: path, message: "cannot replace the file: \(Self.errnoText())")
            }
        } else if link(temporary, path) != 0 {
            let code = errno
            if code == EEXIST {
                throw OutputWriterError(code: .exists, path: path,
                                        message: "file exists; not overwritten (use --force to replace it)")
            }
            throw OutputWriterError(code: .io, path: path, message: "cannot create the file: \(Self.errnoText(code))")
        }
    }

    /// Creates `temporary` exclusively and writes all bytes; mode follows an existing target.
    private func writeNew(_ data: Data, to temporary: String, finalPath: String) throws(OutputWriterError) {
        var mode: mode_t = 0o666  // the umask narrows it, as for any new file
        var info = stat()
        if stat(finalPath, &info) == 0 { mode = info.st_mode & 0o7777 }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard descriptor >= 0 else {
            throw OutputWriterError(code: .io, path: finalPath,
                                    message: "cannot create a temporary file in its directory: \(Self.errnoText())")
        }
        if mode != 0o666 { fchmod(descriptor, mode) }
        var failure: Int32 = 0
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        if failure != 0 {
            throw OutputWriterError(code: .io, path: finalPath, message: "cannot write: \(Self.errnoText(failure))")
        }
    }

    private static func errnoText(_ code: Int32 = errno) -> String {
        String(cString: strerror(code))
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
