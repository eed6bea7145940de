public import Foundation
public import StrategyKit
import StrategyDocuments

/// What `smkit rules freshness` remembers between runs: per rule and quote, the last day the
/// quote was found on its source page.
///
/// The file is JSON: `{"version": 1, "rules": [{"plugin", "rule", "quote_hash", "last_seen",
/// "url"}]}`, sorted by plugin and rule. `quote_hash` is the FNV-1a 64-bit hash of the
/// normalised quote (see ``QuoteMatcher``), so a rule whose quote is replaced starts afresh,
/// while a change of typography alone keeps its history.
public struct FreshnessState: Sendable, Hashable, Codable {
    /// One rule's record.
    public struct Entry: Sendable, Hashable, Codable {
        public var plugin: String
        public var rule: String
        public var quoteHash: String
        public var lastSeen: CalendarDate
        public var url: String

        public init(plugin: String, rule: String, quoteHash: String, lastSeen: CalendarDate, url: String) {
            self.plugin = plugin
            self.rule = rule
            self.quoteHash = quoteHash
            self.lastSeen = lastSeen
            self.url = url
        }

        enum CodingKeys: String, CodingKey {
            case plugin, rule, url
            case quoteHash = "quote_hash"
            case lastSeen = "last_seen"
        }
    }

    /// The format version this smkit writes and reads.
    public static let currentVersion = 1

    public var version: Int
    public var rules: [Entry]

    /// An empty state.
    public init(rules: [Entry] = []) {
        version = Self.currentVersion
        self.rules = rules
    }

    /// The day the quote `hash` of this rule was last seen, if recorded.
    public func lastSeen(plugin: String, rule: String, quoteHash: String) -> CalendarDate? {
        rules.first { $0.plugin == plugin && $0.rule == rule && $0.quoteHash == quoteHash }?.lastSeen
    }

    /// Records that the quote was seen on `day`, replacing the rule's earlier record.
    public mutating func record(_ entry: Entry) {
        rules.removeAll { $0.plugin == entry.plugin && $0.rule == entry.rule }
        rules.append(entry)
        rules.sort { ($0.plugin, $0.rule) < ($1.plugin, $1.rule) }
    }

    /// The hash recorded for a quote.
    public static func hash(quote: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in QuoteMatcher.normalized(quote).utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        let hex = String(value, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// `$XDG_STATE_HOME/smkit/rules-freshness.json`, else `~/.local/state/smkit/rules-freshness.json`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/smkit/rules-freshness.json" }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return home + "/.local/state/smkit/rules-freshness.json"
    }

    /// Reads the state at `path`; a missing file is an empty state, anything unreadable an error.
    public static func load(path: String) throws(FreshnessStateError) -> FreshnessState {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch let error as CocoaError where error.code == .fileReadNoSuchFile {
            return FreshnessState()
        } catch {
            if !FileManager.default.fileExists(atPath: path) { return FreshnessState() }
            throw FreshnessStateError(path: path, reason: "cannot read it (\(error.localizedDescription))")
        }
        let state: FreshnessState
        do {
            state = try JSONDecoder().decode(FreshnessState.self, from: data)
        } catch {
            throw FreshnessStateError(path: path, reason: "not a freshness state file (\(Self.describe(error)))")
        }
        guard state.version == currentVersion else {
            throw FreshnessStateError(path: path, reason: "version \(state.version); this smkit reads version \(currentVersion)")
        }
        return state
    }

    /// Writes the state to `path` atomically, creating its folder.
    public func write(to path: String) throws(FreshnessStateError) {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        } catch {
            throw FreshnessStateError(path: path, reason: "cannot create its folder (\(error.localizedDescription))")
        }
        do {
            try OutputWriter(force: true).emit(JSONOutput.encode(self), to: path)
        } catch {
            throw FreshnessStateError(path: path, reason: error.description)
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .dataCorrupted(let context)?: return context.debugDescription
        case .keyNotFound(let key, let context)?:
            return "missing '\(key.stringValue)'" + path(context.codingPath)
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            return context.debugDescription + path(context.codingPath)
        default: return "\(error)"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.isEmpty ? "" : " at " + keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }
}
