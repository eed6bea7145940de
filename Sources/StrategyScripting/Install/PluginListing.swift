public import Foundation
import StrategyDocuments
import StrategyKit

/// What `smkit plugin list` shows: the search paths (nearest first), every plugin that loaded
/// (with its scorers and, for installed ones, whether its files still match the lock file), the
/// plugins found twice and the failures.
public struct PluginListing: Sendable {
    /// A scorer of a plugin: its id and what it scores (`platform` or `draft`).
    public struct Scorer: Sendable, Encodable, CustomStringConvertible {
        public var id: String
        public var subject: String
        /// `threads-reach (platform)`.
        public var description: String { "\(id) (\(subject))" }
    }

    /// One plugin.
    public struct Item: Sendable, Encodable {
        public var id: String
        public var version: String
        public var api: Int
        public var origin: PluginOrigin
        public var directory: String
        public var checks: Int
        /// Its scorers, each with the subject it scores.
        public var scorers: [Scorer]
        public var rulesRead: String
        /// For installed plugins: `ok` with the digest, or what changed.
        public var integrity: PluginIntegrity?

        enum CodingKeys: String, CodingKey {
            case id, version, api, origin, directory, checks, scorers, integrity
            case rulesRead = "rules_read"
        }

        enum IntegrityKeys: String, CodingKey { case status, digest, changed, added, missing }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(version, forKey: .version)
            try container.encode(api, forKey: .api)
            try container.encode(origin, forKey: .origin)
            try container.encode(directory, forKey: .directory)
            try container.encode(checks, forKey: .checks)
            try container.encode(scorers, forKey: .scorers)
            try container.encode(rulesRead, forKey: .rulesRead)
            guard let integrity else { return }
            var nested = container.nestedContainer(keyedBy: IntegrityKeys.self, forKey: .integrity)
            switch integrity {
            case .ok(let digest):
                try nested.encode("ok", forKey: .status)
                try nested.encode(digest, forKey: .digest)
            case .modified(let changed, let added, let missing):
                try nested.encode("modified", forKey: .status)
                try nested.encode(changed, forKey: .changed)
                try nested.encode(added, forKey: .added)
                try nested.encode(missing, forKey: .missing)
            case .unrecorded:
                try nested.encode("unrecorded", forKey: .status)
            }
        }
    }

    /// The folders searched, in order.
    public var searchPaths: [PluginSearchPath]
    /// The plugins that loaded, in load order.
    public var plugins: [Item]
    /// Discovery and load failures.
    public var failures: [String]
    /// A problem with the lock file, if it could not be read.
    public var lockProblem: String?

    /// Plugins found twice, and which copy is used.
    public var notices: [String]

    /// Lists the plugins of a run and checks the installed ones against the lock file.
    public init(run: PluginRun, environment: [String: String] = ProcessInfo.processInfo.environment) {
        searchPaths = run.searchPaths
        var lock = PluginLockFile()
        if let installer = PluginInstaller(environment: environment) {
            do { lock = try installer.lockFile() } catch { lockProblem = error.description }
        }
        let subjects = Dictionary(run.host.scorers.map { ($0.id, $0.subject) }, uniquingKeysWith: { first, _ in first })
        plugins = run.plugins.map { plugin in
            let m = plugin.manifest
            return Item(id: m.id, version: m.version, api: m.apiLevel, origin: plugin.origin, directory: m.directory,
                        checks: plugin.checkIDs.count,
                        scorers: plugin.scorerIDs.map { Scorer(id: $0, subject: subjects[$0] ?? "draft") },
                        rulesRead: m.rulesDate.description,
                        integrity: plugin.origin == .installed
                            ? PluginIntegrity.check(folder: m.directory, entry: lock.plugins[m.id]) : nil)
        }
        failures = run.failures.map(\.description)
        notices = run.notices.map(\.description)
    }

    /// Whether an installed plugin differs from the lock file.
    public var hasModified: Bool {
        plugins.contains { if case .ok = $0.integrity { false } else { $0.integrity != nil } }
    }

    /// Tab-separated lines: `# origin: folder` for each search path, one line per plugin, then
    /// `FAILED` lines.
    public var text: String {
        var lines = searchPaths.map { "# \($0.origin.rawValue): \($0.directory)" }
        for p in plugins {
            let scorers = p.scorers.isEmpty ? "0 scorers" : "scorers: " + p.scorers.map(\.description).joined(separator: ", ")
            var line = "\(p.id)\t\(p.version)\tapi \(p.api)\t\(p.origin.rawValue)\t\(p.checks) checks\t\(scorers)\t"
                + "rules read \(p.rulesRead)\t\(p.directory)"
            if let integrity = p.integrity { line += "\t" + integrity.summary }
            lines.append(line)
        }
        lines += notices.map { "NOTICE\t\($0)" }
        if let lockProblem { lines.append("FAILED\t\(lockProblem)") }
        lines += failures.map { "FAILED\t\($0)" }
        return lines.map { $0 + "\n" }.joined()
    }

    /// The same as JSON (docs/schemas/plugin-list.schema.json).
    public var json: String {
        struct Path: Encodable { var origin: PluginOrigin; var directory: String }
        struct Document: Encodable {
            var schema = "smkit.plugin-list/1"
            var search_paths: [Path]
            var plugins: [Item]
            var failures: [String]
            var notices: [String]
        }
        let document = Document(search_paths: searchPaths.map { Path(origin: $0.origin, directory: $0.directory) },
                                plugins: plugins, failures: (lockProblem.map { [$0] } ?? []) + failures, notices: notices)
        return JSONOutput.encode(document)
    }
}
