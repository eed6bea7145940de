import Foundation

/// Whether an installed plugin's files are still those the lock file recorded.
public enum PluginIntegrity: Sendable, Hashable {
    /// Every file is there with its recorded hash, and there is no other; the digest.
    case ok(digest: String)
    /// Files differ: changed, added or missing (relative paths, sorted).
    case modified(changed: [String], added: [String], missing: [String])
    /// The folder is in the installed plugins folder, but the lock file has no entry for it.
    case unrecorded

    /// Compares `folder` with `entry` (or reports it unrecorded when there is none).
    public static func check(folder: String, entry: PluginLockEntry?) -> PluginIntegrity {
        guard let entry else { return .unrecorded }
        let actual = hashes(of: folder)
        let changed = entry.files.keys.filter { actual[$0] != nil && actual[$0] != entry.files[$0] }.sorted()
        let missing = entry.files.keys.filter { actual[$0] == nil }.sorted()
        let added = actual.keys.filter { entry.files[$0] == nil }.sorted()
        if changed.isEmpty && missing.isEmpty && added.isEmpty { return .ok(digest: entry.digest) }
        return .modified(changed: changed, added: added, missing: missing)
    }

    /// Relative path → SHA-256 of every file under `folder`. What is not a regular file (a
    /// symlink, a FIFO) gets a marker that matches no hash, so it always counts as a change.
    public static func hashes(of folder: String) -> [String: String] {
        var result: [String: String] = [:]
        var pending = [""]
        while let relative = pending.popLast() {
            let directory = relative.isEmpty ? folder : folder + "/" + relative
            for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] {
                let path = relative.isEmpty ? name : relative + "/" + name
                var info = stat()
                guard lstat(folder + "/" + path, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: pending.append(path)
                case S_IFREG:
                    result[path] = FileManager.default.contents(atPath: folder + "/" + path).map { SHA256.hex(of: $0) }
                        ?? "unreadable"
                default: result[path] = "not a regular file"
                }
            }
        }
        return result
    }

    /// `ok sha256:DIGEST`, `modified: changed a.lua; added b.lua; missing c.lua`, or `unrecorded …`.
    public var summary: String {
        switch self {
        case .ok(let digest): return "ok sha256:\(digest)"
        case .modified(let changed, let added, let missing):
            var parts: [String] = []
            if !changed.isEmpty { parts.append("changed " + changed.joined(separator: ", ")) }
            if !added.isEmpty { parts.append("added " + added.joined(separator: ", ")) }
            if !missing.isEmpty { parts.append("missing " + missing.joined(separator: ", ")) }
            return "modified: " + parts.joined(separator: "; ")
        case .unrecorded: return "modified: not recorded in \(PluginLockFile.fileName)"
        }
    }
}
