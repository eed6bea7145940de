public import Foundation
import StrategyKit

/// Installs, updates and removes plugins in the user's installed plugins folder
/// (`$XDG_DATA_HOME/smkit/plugins`, default `~/.local/share/smkit/plugins`), keeping
/// ``PluginLockFile`` in step.
///
/// Nothing is written before the whole source has been read and checked: names, kinds and
/// limits of every entry (``PluginPackage``), the manifest and its API level. The files then go
/// to a staging folder next to the destination (a dot-name, which discovery skips), the code is
/// loaded once to see that it registers, and only then is the staging folder renamed into place
/// and the lock file rewritten. Any failure removes the staging folder and leaves the installed
/// plugins and the lock file as they were.
public struct PluginInstaller: Sendable {
    /// The installed plugins folder.
    public var directory: String
    /// The environment, for the built-in plugin folder.
    public var environment: [String: String]

    /// An installer for `directory`.
    public init(directory: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.directory = directory
        self.environment = environment
    }

    /// An installer for the user's folder, or `nil` when neither `XDG_DATA_HOME` nor `HOME` is set.
    public init?(environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard let directory = Self.userDirectory(environment: environment) else { return nil }
        self.init(directory: directory, environment: environment)
    }

    /// `$XDG_DATA_HOME/smkit/plugins`, else `$HOME/.local/share/smkit/plugins` (a relative
    /// `XDG_DATA_HOME` is ignored, as the XDG base directory specification asks).
    public static func userDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/smkit/plugins" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.local/share/smkit/plugins" }
        return nil
    }

    /// The lock file's path.
    public var lockPath: String { directory + "/" + PluginLockFile.fileName }

    /// The lock file as it is now (empty when there is none).
    public func lockFile() throws(PluginInstallError) -> PluginLockFile { try PluginLockFile.load(lockPath) }

    // MARK: Install

    /// Installs the plugin in the folder or archive `source`.
    ///
    /// - Parameters:
    ///   - force: replace an installed plugin with the same id.
    ///   - expectedID: when set (by ``update(id:)``), the source must hold that plugin.
    /// - Returns: the new lock entry.
    @discardableResult
    public func install(from source: String, force: Bool = false, expectedID: String? = nil,
                        now: Date = Date()) throws(PluginInstallError) -> PluginLockEntry
    {
        let origin = Self.absolute(source)
        let package = try PluginPackage.read(origin)
        let manifest = try manifest(of: package)
        if let expectedID, manifest.id != expectedID {
            throw PluginInstallError(.invalidManifest, "\(package.manifestDisplayPath): holds plugin '\(manifest.id)', "
                                     + "not '\(expectedID)'; nothing was changed")
        }
        // An installed plugin is nearer than the built-in set, so it may replace a built-in plugin
        // (a newer version of its rules); `smkit plugin install` says so, and `plugin remove` goes back.
        let destination = directory + "/" + manifest.id
        var lock = try lockFile()
        if !force && FileManager.default.fileExists(atPath: destination) {
            throw PluginInstallError(.alreadyInstalled, "plugin '\(manifest.id)' is already installed at \(destination); "
                                     + "use --force to replace it, or smkit plugin update \(manifest.id)")
        }
        try Self.makeDirectories(directory)
        let unique = UUID().uuidString.prefix(8)
        let staging = directory + "/.install-\(manifest.id)-\(unique)"
        do {
            try write(package, to: staging)
            try checkRegisters(staging: staging, package: package)
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw error
        }
        let entry = PluginLockEntry(
            id: manifest.id, version: manifest.version, api: manifest.apiLevel, origin: origin,
            installed: Self.timestamp(now), files: package.files.mapValues { SHA256.hex(of: $0) })
        lock.plugins[manifest.id] = entry
        try replace(destination, with: staging, lock: lock, aside: directory + "/.replaced-\(manifest.id)-\(unique)")
        return entry
    }

    /// Re-installs an installed plugin from its recorded origin.
    @discardableResult
    public func update(id: String, now: Date = Date()) throws(PluginInstallError) -> PluginLockEntry {
        guard let entry = try lockFile().plugins[id] else { throw notInstalled(id) }
        guard FileManager.default.fileExists(atPath: entry.origin) else {
            throw PluginInstallError(.originMissing, "plugin '\(id)' was installed from \(entry.origin), which is gone; "
                                     + "install it again from where it is now")
        }
        return try install(from: entry.origin, force: true, expectedID: id, now: now)
    }

    /// Removes an installed plugin's folder and its lock entry.
    public func remove(id: String) throws(PluginInstallError) {
        var lock = try lockFile()
        let destination = directory + "/" + id
        let exists = PluginManifestLoader.isValidID(id) && FileManager.default.fileExists(atPath: destination)
        guard lock.plugins[id] != nil || exists else { throw notInstalled(id) }
        let aside = directory + "/.removing-\(id)-\(UUID().uuidString.prefix(8))"
        if exists { try Self.rename(destination, aside) }
        lock.plugins[id] = nil
        do {
            try lock.write(to: lockPath)
        } catch {
            if exists { try? Self.rename(aside, destination) }
            throw error
        }
        if exists {
            do {
                try FileManager.default.removeItem(atPath: aside)
            } catch {
                throw PluginInstallError(.io, "\(aside): could not be removed: \(error.localizedDescription)")
            }
        }
    }

    // MARK: Steps

    /// Into place: the old copy aside, the new one in, the lock file written, then the old copy
    /// removed. A failing step undoes the ones before it.
    func replace(_ destination: String, with staging: String, lock: PluginLockFile, aside: String) throws(PluginInstallError) {
        let hadOld = FileManager.default.fileExists(atPath: destination)
        if hadOld {
            do { try Self.rename(destination, aside) } catch {
                try? FileManager.default.removeItem(atPath: staging)
                throw error
            }
        }
        do { try Self.rename(staging, destination) } catch {
            try? FileManager.default.removeItem(atPath: staging)
            if hadOld { try? Self.rename(aside, destination) }
            throw error
        }
        do { try lock.write(to: lockPath) } catch {
            try? FileManager.default.removeItem(atPath: destination)
            if hadOld { try? Self.rename(aside, destination) }
            throw error
        }
        if hadOld { try? FileManager.default.removeItem(atPath: aside) }
    }

    /// The manifest, read from the package's bytes, and its API level checked.
    func manifest(of package: PluginPackage) throws(PluginInstallError) -> PluginManifest {
        let file = package.manifestDisplayPath
        guard let bytes = package.files[PluginManifest.fileName] else {
            throw PluginInstallError(.invalidManifest, "\(file): no manifest")
        }
        let manifest: PluginManifest
        do {
            manifest = try PluginManifestLoader.parse(yaml: String(decoding: bytes, as: UTF8.self), file: file)
        } catch {
            throw PluginInstallError(.invalidManifest, error.formatted())
        }
        if let problem = PluginValidation.apiLevelProblem(manifest) { throw PluginInstallError(.invalidManifest, problem) }
        if package.files[manifest.main] == nil {
            throw PluginInstallError(.invalidManifest, "\(manifest.location(of: "main")): error: the main file "
                                     + "'\(manifest.main)' is not in \(package.source)")
        }
        return manifest
    }

    /// Writes the package's folders and files under `folder` (which must not exist).
    func write(_ package: PluginPackage, to folder: String) throws(PluginInstallError) {
        guard mkdir(folder, 0o755) == 0 else { throw Self.ioError(folder, "cannot be created") }
        for path in package.directories.sorted(by: { $0.count < $1.count }) {
            guard mkdir(folder + "/" + path, 0o755) == 0 || errno == EEXIST else {
                throw Self.ioError(folder + "/" + path, "cannot be created")
            }
        }
        for (path, bytes) in package.files {
            let target = folder + "/" + path
            let fd = open(target, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw Self.ioError(target, "cannot be created") }
            defer { close(fd) }
            var offset = 0
            while offset < bytes.count {
                let written = bytes.withUnsafeBytes { systemWrite(fd, $0.baseAddress! + offset, bytes.count - offset) }
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Self.ioError(target, "cannot be written")
                }
                offset += written
            }
            guard fsync(fd) == 0 else { throw Self.ioError(target, "cannot be written") }
        }
    }

    /// Loads the staged copy once: its code must run and register (what `plugin validate` checks).
    func checkRegisters(staging: String, package: PluginPackage) throws(PluginInstallError) {
        let shown = package.isArchive ? package.source + (package.prefix.isEmpty ? "" : "/" + package.prefix.dropLast())
            : package.source
        // Messages name the staging folder, sometimes cut at the front ("...ns/.install-p-1A2B/init.lua"
        // in a Lua chunk name): the whole word up to the staging folder's name becomes the source.
        let stagingName = String(staging.split(separator: "/").last ?? "")
        func readable(_ text: String) -> String {
            var text = text.replacingOccurrences(of: staging, with: shown)
            while let range = text.range(of: stagingName) {
                var start = range.lowerBound
                while start > text.startIndex, !text[text.index(before: start)].isWhitespace { start = text.index(before: start) }
                text.replaceSubrange(start ..< range.upperBound, with: shown)
            }
            return text
        }
        let manifest: PluginManifest
        switch PluginDiscovery.read(directory: staging) {
        case .success(let read): manifest = read
        case .failure(let failure): throw PluginInstallError(.invalidManifest, readable(failure.description))
        }
        let host: PluginHost, loaded: Bool
        do {
            let run: PluginRun
            (run, loaded) = try PluginRun.only(manifest, builtInDirectory: PluginDiscovery.builtInDirectory(environment: environment))
            host = run.host
        } catch {
            throw PluginInstallError(.loadFailed, "smkit could not start Lua: \(error)")
        }
        if !loaded || !host.loadFailures.isEmpty {
            throw PluginInstallError(.loadFailed, host.loadFailures.map { readable($0.description) }.joined(separator: "\n")
                                     + "\nnothing was installed")
        }
    }

    /// The built-in folder of plugin `id`, if smkit ships one.
    public func builtInFolder(of id: String) -> String? {
        guard let builtIn = PluginDiscovery.builtInDirectory(environment: environment) else { return nil }
        let found = PluginDiscovery.discover([PluginSearchPath(directory: builtIn, origin: .builtIn)]).plugins
        return found.first { $0.manifest.id == id }?.manifest.directory
    }

    func notInstalled(_ id: String) -> PluginInstallError {
        if let builtIn = builtInFolder(of: id) {
            return PluginInstallError(.builtIn, "plugin '\(id)' is built in (\(builtIn)) and not installed; only installed "
                                      + "plugins can be updated or removed")
        }
        return PluginInstallError(.notInstalled, "plugin '\(id)' is not installed (\(directory)); "
                                  + "smkit plugin list shows what is")
    }

    // MARK: Helpers

    static func absolute(_ path: String) -> String {
        var path = path
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path)
            : URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(path)
        return url.standardizedFileURL.path
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    static func rename(_ from: String, _ to: String) throws(PluginInstallError) {
        guard systemRename(from, to) == 0 else { throw ioError(to, "cannot be renamed from \(from)") }
    }

    static func makeDirectories(_ path: String) throws(PluginInstallError) {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o755) != 0 && errno != EEXIST { throw ioError(current, "cannot be created") }
        }
    }

    static func ioError(_ path: String, _ what: String) -> PluginInstallError {
        PluginInstallError(.io, "\(path): \(what): \(String(cString: strerror(errno)))")
    }
}

/// `write(2)` and `rename(2)`, named apart from the installer's own methods.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int { write(fd, buffer, count) }
private func systemRename(_ from: String, _ to: String) -> Int32 { rename(from, to) }
