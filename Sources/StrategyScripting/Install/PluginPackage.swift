import Foundation
import StrategyKit

/// A plugin's files as read from a folder or an archive, checked and held in memory before
/// anything is written.
///
/// Every name is relative and stays inside the plugin folder; only regular files and folders
/// are taken; at most ``fileLimit`` entries and ``byteLimit`` bytes. `.git` folders are left
/// out. When the archive holds one top folder with the manifest in it (`my-rules/plugin.yaml`,
/// as `tar czf my-rules.tgz my-rules` writes), that folder is the plugin.
struct PluginPackage {
    /// The most files and folders an installed plugin may have.
    static let fileLimit = 2000
    /// The most bytes its files may have together.
    static let byteLimit = 64 << 20

    /// What it was read from, absolute.
    var source: String
    /// Whether `source` is an archive (else a folder).
    var isArchive: Bool
    /// The top folder inside the archive the plugin was found in (`my-rules/`), or empty.
    var prefix: String
    /// Relative path → contents.
    var files: [String: [UInt8]]
    /// Relative paths of folders (also those only implied by a file's path).
    var directories: Set<String>

    /// The manifest's path as messages name it: inside the folder, or inside the archive.
    var manifestDisplayPath: String { source + "/" + prefix + PluginManifest.fileName }

    /// Reads `source`: a plugin folder, or a `.tar.gz`/`.tgz` archive of one.
    static func read(_ source: String) throws(PluginInstallError) -> PluginPackage {
        var info = stat()
        guard stat(source, &info) == 0 else {
            throw PluginInstallError(.sourceMissing, "\(source): \(String(cString: strerror(errno)))")
        }
        if info.st_mode & S_IFMT == S_IFDIR { return try readFolder(source) }
        let lower = source.lowercased()
        guard lower.hasSuffix(".tar.gz") || lower.hasSuffix(".tgz") else {
            throw PluginInstallError(.unsupportedSource,
                                     "\(source): not a plugin folder or a .tar.gz/.tgz archive")
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw PluginInstallError(.unsupportedSource, "\(source): not a regular file")
        }
        // The compressed file is bounded too: it cannot be larger than what it unpacks to by much.
        let bytes: [UInt8]
        do {
            bytes = try PluginFile.read(source, inside: "/", limit: byteLimit)
        } catch {
            throw PluginInstallError(.sourceMissing, error.description)
        }
        guard GzipDecoder.isGzip(bytes) else {
            throw PluginInstallError(.corruptArchive, "\(source): not a gzip file")
        }
        // Room for the tar headers of fileLimit entries besides the file contents.
        let tar: [UInt8]
        do {
            tar = try GzipDecoder.decode(bytes, limit: byteLimit + (fileLimit + 16) * 1024)
        } catch {
            switch error {
            case .tooLarge: throw PluginInstallError(.tooLarge, "\(source): unpacks to more than \(byteLimit >> 20) MiB")
            case .corrupt(let why): throw PluginInstallError(.corruptArchive, "\(source): not a valid gzip file: \(why)")
            }
        }
        let entries = try TarReader.entries(tar, archive: source)
        return try assemble(source: source, entries: entries)
    }

    /// Reads a folder the way an archive is read: every entry checked, symlinks refused.
    static func readFolder(_ root: String) throws(PluginInstallError) -> PluginPackage {
        var entries: [TarReader.Entry] = []
        var pending = [""]
        var total = 0
        while let relative = pending.popLast() {
            let folder = relative.isEmpty ? root : root + "/" + relative
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder)
            } catch {
                throw PluginInstallError(.sourceMissing, "\(folder): cannot be read")
            }
            for name in names.sorted() where name != ".git" {
                let path = relative.isEmpty ? name : relative + "/" + name
                var info = stat()
                guard lstat(root + "/" + path, &info) == 0 else {
                    throw PluginInstallError(.sourceMissing, "\(root)/\(path): \(String(cString: strerror(errno)))")
                }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    entries.append(.init(name: path, kind: .directory, data: []))
                    pending.append(path)
                case S_IFREG:
                    total += Int(info.st_size)
                    guard total <= byteLimit else {
                        throw PluginInstallError(.tooLarge, "\(root): its files have more than \(byteLimit >> 20) MiB")
                    }
                    let data: [UInt8]
                    do {
                        data = try PluginFile.read(root + "/" + path, inside: root, limit: byteLimit)
                    } catch {
                        throw PluginInstallError(.sourceMissing, error.description)
                    }
                    entries.append(.init(name: path, kind: .file, data: data))
                case S_IFLNK:
                    entries.append(.init(name: path, kind: .refused("a symbolic link"), data: []))
                default:
                    entries.append(.init(name: path, kind: .refused(kind(of: info.st_mode)), data: []))
                }
                guard entries.count <= fileLimit else {
                    throw PluginInstallError(.tooLarge, "\(root): more than \(fileLimit) files and folders")
                }
            }
        }
        return try assemble(source: root, entries: entries, isArchive: false)
    }

    /// Checks the entries' names and kinds and the limits, and finds the plugin's top folder.
    static func assemble(source: String, entries: [TarReader.Entry], isArchive: Bool = true)
        throws(PluginInstallError) -> PluginPackage
    {
        func refuse(_ name: String, _ why: String) -> PluginInstallError {
            PluginInstallError(.hostileEntry, "\(source): refused entry '\(name)': \(why); nothing was installed")
        }
        var files: [String: [UInt8]] = [:]
        var directories: Set<String> = []
        var total = 0
        guard entries.count <= fileLimit else {
            throw PluginInstallError(.tooLarge, "\(source): more than \(fileLimit) files and folders")
        }
        for entry in entries {
            if entry.name.utf8.contains(0) { throw refuse(entry.name, "the name contains a NUL byte") }
            if entry.name.hasPrefix("/") { throw refuse(entry.name, "an absolute path") }
            let parts = entry.name.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
            if parts.contains("..") { throw refuse(entry.name, "'..' leads out of the plugin folder") }
            if parts.contains(".git") { continue }
            if case .refused(let what) = entry.kind { throw refuse(entry.name, "it is \(what); only files and folders are installed") }
            guard !parts.isEmpty else { continue }  // "./" itself
            let path = parts.joined(separator: "/")
            for end in 1 ..< parts.count { directories.insert(parts[..<end].joined(separator: "/")) }
            switch entry.kind {
            case .directory:
                if files[path] != nil { throw refuse(entry.name, "a folder of the same name as a file") }
                directories.insert(path)
            default:
                if files[path] != nil || directories.contains(path) { throw refuse(entry.name, "it is in the archive twice") }
                total += entry.data.count
                guard total <= byteLimit else {
                    throw PluginInstallError(.tooLarge, "\(source): unpacks to more than \(byteLimit >> 20) MiB (at '\(entry.name)')")
                }
                files[path] = entry.data
            }
        }
        if let clash = files.keys.first(where: { directories.contains($0) }) {
            throw refuse(clash, "a file and a folder of the same name")
        }
        // The plugin is the archive's root, or its one top folder.
        var prefix = ""
        if files[PluginManifest.fileName] == nil {
            let tops = Set(files.keys.map { $0.split(separator: "/")[0] } + directories.map { $0.split(separator: "/")[0] })
            if tops.count == 1, let top = tops.first, files[top + "/" + PluginManifest.fileName] != nil {
                prefix = top + "/"
                files = Dictionary(uniqueKeysWithValues: files.compactMap { key, value in
                    key.hasPrefix(prefix) ? (String(key.dropFirst(prefix.count)), value) : nil
                })
                directories = Set(directories.compactMap { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : nil })
            } else {
                throw PluginInstallError(.invalidManifest, "\(source): no \(PluginManifest.fileName) at its top (nor in one top folder)")
            }
        }
        return PluginPackage(source: source, isArchive: isArchive, prefix: prefix, files: files, directories: directories)
    }

    /// Words for a file type that is not installed.
    static func kind(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: "a FIFO"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }
}
