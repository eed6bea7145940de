public import Foundation
import Yams
public import StrategyKit

/// Reads and validates `plugin.yaml` without running plugin code.
public enum PluginManifestLoader {
    static let keys = ["id", "name", "version", "api", "author", "licence", "description", "platforms", "rules_date",
                       "sources", "main"]

    /// Loads `<directory>/plugin.yaml`; every problem is reported with file, line and column.
    public static func load(directory: String) throws(DiagnosticError) -> PluginManifest {
        let file = directory + "/" + PluginManifest.fileName
        let bytes: [UInt8]
        do {
            bytes = try PluginFile.read(file, inside: directory)
        } catch {
            throw DiagnosticError([Diagnostic(file: file, line: 1, column: 1, code: .io, message: LocalizedText(
                de: "Plugin-Manifest fehlt oder ist nicht lesbar (\(error.detail))",
                en: "plugin manifest is missing or cannot be read (\(error.detail))"))])
        }
        return try parse(bytes: bytes, file: file, directory: directory)
    }

    /// Parses manifest text; `file` names it in diagnostics.
    public static func parse(yaml: String, file: String = PluginManifest.fileName,
                             directory: String = "") throws(DiagnosticError) -> PluginManifest {
        try parse(bytes: Array(yaml.utf8), file: file, directory: directory)
    }

    static func parse(bytes: [UInt8], file: String, directory: String) throws(DiagnosticError) -> PluginManifest {
        var reader = YAMLReader(file: file)
        guard let root = reader.parse(bytes: bytes, emptyMessage: LocalizedText(
            de: "Das Manifest ist leer", en: "the manifest is empty")),
              let f = reader.mapping(root, what: LocalizedText(de: "Plugin-Manifest", en: "plugin manifest"), allowed: keys,
                                     required: ["id", "name", "version", "api", "author", "licence", "rules_date"])
        else { throw DiagnosticError(reader.diagnostics) }

        var id = f["id"].flatMap { reader.text($0, field: "id") }
        if let value = id, !isValidID(value) {
            reader.report(f["id"], .invalidValue, LocalizedText(
                de: "'id' darf nur Kleinbuchstaben, Ziffern und '-' enthalten und muss mit einem Buchstaben beginnen, gefunden: '\(value)'",
                en: "'id' may only contain lower-case letters, digits and '-' and must start with a letter, found '\(value)'"))
            id = nil
        }
        let name = f["name"].flatMap { reader.text($0, field: "name") }
        var version = f["version"].flatMap { reader.text($0, field: "version") }
        if let value = version, !isValidVersion(value) {
            reader.report(f["version"], .invalidValue, LocalizedText(
                de: "'version' muss die Form MAJOR.MINOR.PATCH haben, gefunden: '\(value)'",
                en: "'version' must look like MAJOR.MINOR.PATCH, found '\(value)'"))
            version = nil
        }
        var api = f["api"].flatMap { reader.integer($0, field: "api") }
        if let value = api, value < 1 {
            reader.report(f["api"], .invalidValue, LocalizedText(
                de: "'api' muss 1 oder größer sein, gefunden: \(value)", en: "'api' must be 1 or greater, found \(value)"))
            api = nil
        }
        let author = f["author"].flatMap { reader.text($0, field: "author") }
        let licence = f["licence"].flatMap { reader.text($0, field: "licence") }
        let description = f["description"].flatMap { reader.localized($0, field: "description") }
        let rulesDate = f["rules_date"].flatMap { reader.date($0, field: "rules_date") }
        var defines: [String] = [], extends: [String] = []
        if let node = f["platforms"], let p = reader.mapping(node, what: LocalizedText("platforms"), allowed: ["defines", "extends"]) {
            defines = p["defines"].map { reader.textList($0, field: "platforms.defines") } ?? []
            extends = p["extends"].map { reader.textList($0, field: "platforms.extends") } ?? []
        }
        var sources: [SourceReference] = []
        if let node = f["sources"], let items = reader.list(node, field: "sources") {
            for item in items {
                guard let s = reader.mapping(item, what: LocalizedText("sources"), allowed: ["url", "title", "read"],
                                             required: ["url", "read"]) else { continue }
                if let url = s["url"].flatMap({ reader.text($0, field: "sources.url") }) {
                    if !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
                        reader.report(s["url"], .invalidValue, LocalizedText(
                            de: "'sources.url' muss mit http:// oder https:// beginnen, gefunden: '\(url)'",
                            en: "'sources.url' must start with http:// or https://, found '\(url)'"))
                    }
                    sources.append(SourceReference(url: url, title: s["title"].flatMap { reader.text($0, field: "sources.title") },
                                                   read: s["read"].flatMap { reader.date($0, field: "sources.read") }))
                }
            }
        }
        var main = f["main"].flatMap { reader.text($0, field: "main") } ?? "init.lua"
        if !isSafeRelativeLuaPath(main) {
            reader.report(f["main"], .invalidValue, LocalizedText(
                de: "'main' muss eine .lua-Datei im Plugin-Ordner sein, gefunden: '\(main)'",
                en: "'main' must be a .lua file inside the plugin folder, found '\(main)'"))
            main = "init.lua"
        } else if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory + "/" + main) {
            reader.report(f["main"] ?? root, .missingField, LocalizedText(
                de: "Die Lua-Datei '\(main)' fehlt im Plugin-Ordner", en: "the Lua file '\(main)' is missing from the plugin folder"))
        }
        guard let id, let name, let version, let api, let author, let licence, let rulesDate, !reader.hasErrors else {
            throw DiagnosticError(reader.diagnostics)
        }
        return PluginManifest(id: id, name: name, version: version, apiLevel: api, author: author, licence: licence,
                              description: description, definesPlatforms: defines, extendsPlatforms: extends,
                              rulesDate: rulesDate, sources: sources, main: main, directory: directory,
                              positions: CheckDocumentLoader.positions(of: root))
    }

    /// Lower-case letters, digits and `-`, starting with a letter, at most 64 characters.
    public static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first), id.count <= 64 else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    static func isValidVersion(_ version: String) -> Bool {
        let core = version.split(separator: "-", maxSplits: 1).first.map(String.init) ?? version
        let parts = core.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    /// A relative path of `[A-Za-z0-9_./-]` ending in `.lua`, without `..` segments.
    public static func isSafeRelativeLuaPath(_ path: String) -> Bool {
        guard path.hasSuffix(".lua"), !path.hasPrefix("/") else { return false }
        let allowed = path.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "_./-".unicodeScalars.contains($0)
        }
        return allowed && !path.split(separator: "/").contains("..")
    }
}
