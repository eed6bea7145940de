#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file of a plugin folder safely: the one way smkit reads plugin code and data.
///
/// A plugin is untrusted, so its files are too: a symlink may point out of the folder (to a
/// `.env` file), a "file" may be a FIFO that blocks a reader forever or `/dev/zero` that never
/// ends. So the real path (symlinks resolved) must stay inside the folder's real path, the
/// file must be a regular file, and at most ``sizeLimit`` bytes are read.
public enum PluginFile {
    /// The largest plugin file smkit reads (code, manifest, platform data, test cases).
    public static let sizeLimit = 4 << 20

    /// The bytes of `path`, which must resolve to a regular file inside `folder`.
    ///
    /// - Throws: ``PluginFileError`` naming the file and why it was refused.
    public static func read(_ path: String, inside folder: String, limit: Int = sizeLimit) throws(PluginFileError) -> [UInt8] {
        guard let root = realPath(folder.isEmpty ? "." : folder) else {
            throw PluginFileError(path: path, reason: .missing, detail: "the plugin folder \(folder) does not exist")
        }
        guard let real = realPath(path) else {
            throw PluginFileError(path: path, reason: .missing, detail: "no such file")
        }
        guard real.hasPrefix(root == "/" ? "/" : root + "/") else {
            throw PluginFileError(path: path, reason: .outside,
                                  detail: "it resolves to \(real), outside the plugin folder \(root)")
        }
        // O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer.
        // O_NOFOLLOW: the last part cannot have become a symlink since realpath looked.
        let fd = open(real, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else {
            throw PluginFileError(path: path, reason: .unreadable, detail: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw PluginFileError(path: path, reason: .unreadable, detail: String(cString: strerror(errno)))
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw PluginFileError(path: path, reason: .notRegular, detail: "it is \(kind(of: info.st_mode)), not a regular file")
        }
        guard Int(info.st_size) <= limit else {
            throw PluginFileError(path: path, reason: .tooLarge, detail: "it has \(info.st_size) bytes, more than the limit of \(limit)")
        }
        // Read at most limit + 1 bytes: a file that grows while it is read is still caught.
        // The buffer starts at the file's size (zeroing the whole limit for every small file
        // cost more than reading it) and grows only for a file that grows.
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard bytes.count <= limit else { break }
                bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, limit + 1 - bytes.count)))
            }
            let n = bytes.withUnsafeMutableBytes { buffer in
                readBytes(fd, buffer.baseAddress! + count, buffer.count - count)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw PluginFileError(path: path, reason: .unreadable, detail: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            count += n
        }
        guard count <= limit else {
            throw PluginFileError(path: path, reason: .tooLarge, detail: "it has more than the limit of \(limit) bytes")
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    /// Whether `path` exists at all (as anything, even a dangling symlink): optional files
    /// such as `platform.yaml` are skipped only when absent, never when refused.
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func kind(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: "a directory"
        case S_IFIFO: "a FIFO"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }
}

/// `read(2)`, named apart from ``PluginFile/read(_:inside:limit:)``.
private func readBytes(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
