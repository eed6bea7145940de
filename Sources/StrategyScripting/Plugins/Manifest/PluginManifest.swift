public import StrategyKit

/// What a plugin declares about itself in `plugin.yaml`, read without running any of its code.
public struct PluginManifest: Sendable, Hashable, Codable {
    /// The manifest's file name inside a plugin folder.
    public static let fileName = "plugin.yaml"

    /// Unique id: lower-case letters, digits and `-`, e.g. `facebook`, `de-contest-law`.
    public var id: String
    /// A human-readable name.
    public var name: String
    /// The plugin's own version, e.g. `1.2.0`.
    public var version: String
    /// The host API level (`smkit.api_level`) the plugin needs at least.
    public var apiLevel: Int
    /// Who wrote it.
    public var author: String
    /// Its licence (SPDX id such as `Apache-2.0`).
    public var licence: String
    /// What it does.
    public var description: LocalizedText?
    /// Platform ids whose data it defines (`platform.yaml` in its folder).
    public var definesPlatforms: [String]
    /// Platform ids whose rules it adds to.
    public var extendsPlatforms: [String]
    /// The day the rule texts were last read against their sources.
    public var rulesDate: CalendarDate
    /// Where its rules come from.
    public var sources: [SourceReference]
    /// The Lua file that registers the plugin, relative to the folder.
    public var main: String
    /// The plugin folder.
    public var directory: String
    /// Positions of the manifest's keys, for messages about them.
    public var positions: [String: FieldPosition]

    enum CodingKeys: String, CodingKey {
        case id, name, version, author, licence, description, sources, main, directory, positions
        case apiLevel = "api"
        case definesPlatforms = "defines"
        case extendsPlatforms = "extends"
        case rulesDate = "rules_date"
    }

    /// Creates a manifest.
    public init(id: String, name: String, version: String, apiLevel: Int, author: String, licence: String,
                description: LocalizedText? = nil, definesPlatforms: [String] = [], extendsPlatforms: [String] = [],
                rulesDate: CalendarDate, sources: [SourceReference] = [], main: String = "init.lua",
                directory: String = "", positions: [String: FieldPosition] = [:]) {
        self.id = id
        self.name = name
        self.version = version
        self.apiLevel = apiLevel
        self.author = author
        self.licence = licence
        self.description = description
        self.definesPlatforms = definesPlatforms
        self.extendsPlatforms = extendsPlatforms
        self.rulesDate = rulesDate
        self.sources = sources
        self.main = main
        self.directory = directory
        self.positions = positions
    }

    /// The manifest's path.
    public var file: String { directory.isEmpty ? Self.fileName : directory + "/" + Self.fileName }

    /// All platforms the plugin defines or extends.
    public var platforms: [String] { definesPlatforms + extendsPlatforms.filter { !definesPlatforms.contains($0) } }

    /// `plugin.yaml:line:column` of a key, or of the file's start.
    public func location(of key: String) -> String {
        let position = positions[key] ?? FieldPosition(line: 1, column: 1)
        return "\(file):\(position.line):\(position.column)"
    }
}
