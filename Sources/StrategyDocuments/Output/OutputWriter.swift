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
        try emit(Data(text.utf8), to: path)
    }

    /// Writes bytes to `path`, or to standard output when `path` is `nil` or `-`.
    public func emit(_ data: Data, to path: String?) throws(OutputWriterError) {
        guard let path, path != StandardOutput.path else {
            var failure: OutputWriterError?
            data.withUnsafeBytes { bytes in
                do throws(OutputWriterError) { try StandardOutput.write(bytes) } catch { failure = error }
            }
            if let failure { throw failure }
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
        let unique = String(UUID().uuidString.prefix(8))
        let temporary = directory + "/" + Self.temporaryName(for: url.lastPathComponent, unique: unique,
                                                             limit: Self.nameLimit(in: directory))
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
        // Some file systems (NFS) report a failed write only when the file is closed.
        if close(descriptor) != 0, failure == 0 { failure = errno }
        if failure != 0 {
            throw OutputWriterError(code: .io, path: finalPath, message: "cannot write: \(Self.errnoText(failure))")
        }
    }

    /// The name of the temporary file for a target named `name`: `.NAME.smkit-UNIQUE.tmp`,
    /// with `NAME` shortened so the whole name stays within `limit` bytes.
    ///
    /// A target name near the file-system limit (255 bytes on Linux) would otherwise give a
    /// temporary name the system refuses. `NAME` is cut at a character boundary, so the
    /// name stays valid UTF-8; the file stays in the target's directory, so the final link
    /// or rename is still one atomic step on the same file system.
    public static func temporaryName(for name: String, unique: String, limit: Int = 255) -> String {
        let suffix = ".smkit-" + unique + ".tmp"
        let room = limit - 1 - suffix.utf8.count  // 1 for the leading "."
        var kept = "", used = 0
        for character in name {
            used += character.utf8.count
            if used > room { break }
            kept.append(character)
        }
        return "." + kept + suffix
    }

    /// The longest file name the file system of `directory` allows (`NAME_MAX`), 255 if unknown.
    private static func nameLimit(in directory: String) -> Int {
        let limit = pathconf(directory, Int32(_PC_NAME_MAX))
        return limit > 0 ? limit : 255
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
