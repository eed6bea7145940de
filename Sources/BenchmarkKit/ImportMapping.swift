import Foundation
public import StrategyKit
import Yams

/// How one export is written, from a mapping file (`--mapping FILE.yaml`, `competitor_data.mapping`)
/// or a built-in preset (`--preset ID`): which column fills which field, constants for
/// single-profile exports, and the settings detection would otherwise decide.
///
/// ```yaml
/// name: Our CRM export
/// columns:
///   Seite: competitor
///   Fans gesamt: followers
///   Antwortzeit (h): response_hours
///   Notiz: ignore
/// platform: linkedin
/// date_format: DD.MM.YYYY
/// decimal: ","
/// thousands: "."
/// ```
///
/// Everything left out is detected as without a mapping; flags given on the command line win.
public struct ImportMapping: Sendable, Equatable {
    /// Where a preset's column names come from.
    public struct Source: Sendable, Equatable, Codable {
        /// The help page; `nil` when the names come from elsewhere (``origin``).
        public var url: String?
        /// Where names come from that no help page gives (an issue of this project).
        public var origin: String?
        /// The day the page was read (`YYYY-MM-DD`).
        public var read: String
        /// Which columns the page documents, or where the others come from.
        public var note: String?
    }

    /// The preset id (`fanpage-karma`); `nil` for a user's file.
    public var id: String?
    public var name: String?
    public var sources: [Source] = []
    /// Columns in file order.
    public var columns: [ColumnMapping.MappedColumn] = []
    /// Whether fields the mapping does not name are still found by the built-in aliases.
    public var useAliases = true
    public var competitor: String?
    public var platform: String?
    public var dateFormat: DateFormat?
    public var decimal: UInt8?
    /// `.some(nil)`: no thousands separator.
    public var thousands: UInt8??
    public var delimiter: UInt8?
    public var encoding: TextEncoding?
    public var headerRow: Int?
    public var sheet: String?
    public var asOf: String?

    public init() {}

    /// The keys of a mapping file.
    public static let keys = ["id", "name", "description", "sources", "columns", "aliases", "competitor", "platform",
                              "date_format", "decimal", "thousands", "delimiter", "encoding", "header_row", "sheet", "as_of"]

    /// What a column may be mapped to: the importer's fields, `response_hours` (converted to
    /// minutes) and `ignore`.
    public static var fieldNames: [String] { BenchmarkField.allCases.map(\.rawValue) + ["response_hours", "ignore"] }

    /// Applies the mapping to `options` (a later mapping or the flags may override it).
    public func apply(to options: inout ImportOptions) {
        var mapping = options.mapping
        mapping.columns += columns
        if !useAliases { mapping.useAliases = false }
        options.mapping = mapping
        if let competitor { options.competitor = competitor }
        if let platform { options.platform = platform }
        if let dateFormat { options.dateFormat = dateFormat }
        if let decimal {
            options.decimalSeparator = decimal
            options.groupingSeparator = decimal == UInt8(ascii: ",") ? UInt8(ascii: ".") : UInt8(ascii: ",")
        }
        if let thousands {
            options.groupingSeparator = thousands
            if decimal == nil { options.decimalSeparator = thousands == UInt8(ascii: ",") ? UInt8(ascii: ".") : UInt8(ascii: ",") }
        }
        if let delimiter { options.delimiter = delimiter }
        if let encoding { options.encoding = encoding }
        if let headerRow { options.headerRow = headerRow }
        if let sheet { options.sheet = sheet }
        if let asOf { options.asOf = asOf }
    }

    // MARK: Loading

    /// Reads a mapping file; every problem is a `file:line:column` diagnostic.
    public static func load(path: String) throws(DiagnosticError) -> ImportMapping {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticError([Diagnostic(file: path, line: 1, column: 1, code: .io, message: LocalizedText(
                de: "Mapping-Datei fehlt oder ist nicht lesbar", en: "mapping file is missing or cannot be read"))])
        }
        return try parse(bytes: [UInt8](data), file: path)
    }

    /// Parses mapping YAML; `file` names it in diagnostics.
    public static func parse(text: String, file: String) throws(DiagnosticError) -> ImportMapping {
        try parse(bytes: Array(text.utf8), file: file)
    }

    static func parse(bytes: [UInt8], file: String) throws(DiagnosticError) -> ImportMapping {
        var reader = YAMLReader(file: file)
        let result = read(bytes: bytes, reader: &reader)
        if let result, !reader.hasErrors { return result }
        throw DiagnosticError(reader.diagnostics)
    }

    private static func read(bytes: [UInt8], reader: inout YAMLReader) -> ImportMapping? {
        guard let root = reader.parse(bytes: bytes, emptyMessage: LocalizedText(
            de: "Die Mapping-Datei ist leer; erwartet wird mindestens 'columns'",
            en: "the mapping file is empty; expected at least 'columns'")) else { return nil }
        let what = LocalizedText(de: "der Mapping-Datei", en: "the mapping file")
        guard let f = reader.mapping(root, what: what, allowed: keys) else { return nil }
        var m = ImportMapping()
        m.id = f["id"].flatMap { reader.text($0, field: "id") }
        m.name = f["name"].flatMap { reader.text($0, field: "name") }
        if let node = f["sources"], let items = reader.list(node, field: "sources") {
            for item in items {
                guard let s = reader.mapping(item, what: LocalizedText(de: "sources", en: "sources"),
                                             allowed: ["url", "origin", "read", "note"], required: ["read"]) else { continue }
                let url = s["url"].flatMap { reader.text($0, field: "url") }
                let origin = s["origin"].flatMap { reader.text($0, field: "origin") }
                if url == nil && origin == nil {
                    reader.report(item, .missingField, LocalizedText(de: "Eine Quelle braucht 'url' oder 'origin'",
                                                                     en: "a source needs 'url' or 'origin'"))
                }
                guard let read = s["read"].flatMap({ reader.date($0, field: "read") }) else { continue }
                m.sources.append(Source(url: url, origin: origin, read: read.description,
                                        note: s["note"].flatMap { reader.text($0, field: "note") }))
            }
        }
        if let node = f["columns"] { m.columns = readColumns(node, reader: &reader) }
        if let node = f["aliases"], let value = reader.bool(node, field: "aliases") { m.useAliases = value }
        m.competitor = f["competitor"].flatMap { reader.text($0, field: "competitor") }
        if let node = f["platform"], let text = reader.text(node, field: "platform") {
            m.platform = PlatformName.canonical(text)
        }
        if let node = f["date_format"], let text = reader.text(node, field: "date_format") {
            m.dateFormat = DateFormat(flag: text)
            if m.dateFormat == nil {
                choiceError(&reader, node, "date_format", text, DateFormat.allCases.map(\.rawValue))
            }
        }
        let separators: [String: UInt8] = [",": UInt8(ascii: ","), ".": UInt8(ascii: ".")]
        if let node = f["decimal"], let text = reader.text(node, field: "decimal") {
            m.decimal = separators[text]
            if m.decimal == nil { choiceError(&reader, node, "decimal", text, [",", "."]) }
        }
        if let node = f["thousands"], let text = reader.text(node, field: "thousands") {
            let allowed: [String: UInt8?] = [",": UInt8(ascii: ","), ".": UInt8(ascii: "."), "none": nil,
                                             "'": UInt8(ascii: "'"), " ": 32]
            if let value = allowed[text.lowercased()] {
                if let value, value == m.decimal {
                    reader.report(node, .invalidValue, LocalizedText(
                        de: "'thousands' und 'decimal' sind beide '\(text)'", en: "'thousands' and 'decimal' are both '\(text)'"))
                } else {
                    m.thousands = .some(value)
                }
            } else {
                choiceError(&reader, node, "thousands", text, [".", ",", "none", "'", " "])
            }
        }
        if let node = f["delimiter"], let text = reader.text(node, field: "delimiter") {
            let allowed: [String: UInt8] = [",": UInt8(ascii: ","), ";": UInt8(ascii: ";"), "tab": 9, "\t": 9, "|": UInt8(ascii: "|")]
            m.delimiter = allowed[text.lowercased()]
            if m.delimiter == nil { choiceError(&reader, node, "delimiter", text, [",", ";", "tab", "|"]) }
        }
        if let node = f["encoding"], let text = reader.text(node, field: "encoding") {
            m.encoding = TextEncoding(flag: text)
            if m.encoding == nil { choiceError(&reader, node, "encoding", text, TextEncoding.allCases.map(\.rawValue)) }
        }
        if let node = f["header_row"], let row = reader.integer(node, field: "header_row") {
            if row < 1 {
                reader.report(node, .invalidValue, LocalizedText(de: "'header_row' muss 1 oder mehr sein", en: "'header_row' must be 1 or more"))
            } else {
                m.headerRow = row
            }
        }
        m.sheet = f["sheet"].flatMap { reader.text($0, field: "sheet") }
        if let node = f["as_of"], let day = reader.date(node, field: "as_of") { m.asOf = day.description }
        return m
    }

    private static func choiceError(_ reader: inout YAMLReader, _ node: Node, _ key: String, _ text: String, _ allowed: [String]) {
        let suggestion = StringDistance.suggestion(for: text, among: allowed)
        let list = allowed.map { "'\($0)'" }.joined(separator: ", ")
        reader.report(node, .invalidValue, LocalizedText(
            de: "'\(key)': einer von \(list) erwartet, gefunden: '\(text)'" + (suggestion.map { "; meinten Sie '\($0)'?" } ?? ""),
            en: "expected one of \(list) for '\(key)', found '\(text)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")))
    }

    /// `columns:`: header → field, in file order.
    private static func readColumns(_ node: Node, reader: inout YAMLReader) -> [ColumnMapping.MappedColumn] {
        guard case .mapping(let mapping) = node else {
            reader.report(node, .wrongType, LocalizedText(
                de: "'columns': Zuordnung Spaltenname → Feld erwartet, gefunden: \(YAMLReader.describe(node).de)",
                en: "expected a mapping of column name → field for 'columns', found \(YAMLReader.describe(node).en)"))
            return []
        }
        var result: [ColumnMapping.MappedColumn] = []
        var seen: [String: String] = [:]
        for (keyNode, value) in mapping {
            guard case .scalar(let key) = keyNode, !key.string.trimmingCharacters(in: .whitespaces).isEmpty else {
                reader.report(keyNode, .wrongType, LocalizedText(de: "Spaltennamen müssen Text sein", en: "column names must be plain text"))
                continue
            }
            let header = key.string
            let normalized = ColumnMapping.normalize(header)
            if let earlier = seen[normalized] {
                reader.report(keyNode, .duplicate, LocalizedText(
                    de: "Spalte '\(header)' ist schon als '\(earlier)' zugeordnet (Groß-/Kleinschreibung, Leer- und Satzzeichen zählen nicht)",
                    en: "column '\(header)' is already mapped as '\(earlier)' (case, spaces and punctuation do not count)"))
                continue
            }
            seen[normalized] = header
            guard let name = reader.text(value, field: header) else { continue }
            let known = fieldNames
            switch name {
            case "ignore": result.append(.init(header: header, field: nil))
            case "response_hours": result.append(.init(header: header, field: .responseMinutes, scale: 60))
            default:
                if let field = BenchmarkField(rawValue: name) {
                    result.append(.init(header: header, field: field))
                } else {
                    let suggestion = StringDistance.suggestion(for: name, among: known)
                    reader.report(value, .invalidValue, LocalizedText(
                        de: "Unbekanntes Feld '\(name)' für Spalte '\(header)'" + (suggestion.map { "; meinten Sie '\($0)'?" } ?? "")
                            + "; bekannt: \(known.joined(separator: ", "))",
                        en: "unknown field '\(name)' for column '\(header)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
                            + "; known: \(known.joined(separator: ", "))"))
                }
            }
        }
        return result
    }
}

// MARK: Presets

extension ImportMapping {
    /// The ids of the built-in presets, in the order they are listed.
    public static let presetIDs = ["fanpage-karma", "metricool", "meta-business-suite", "meta-page-insights",
                                   "linkedin-page", "linkedin-competitors", "youtube-studio", "tiktok"]

    /// The YAML text of a built-in preset.
    public static func presetText(_ id: String) -> String? {
        let bytes: [UInt8]
        switch id {
        case "fanpage-karma": bytes = PackageResources.fanpage_karma_yaml
        case "metricool": bytes = PackageResources.metricool_yaml
        case "meta-business-suite": bytes = PackageResources.meta_business_suite_yaml
        case "meta-page-insights": bytes = PackageResources.meta_page_insights_yaml
        case "linkedin-page": bytes = PackageResources.linkedin_page_yaml
        case "linkedin-competitors": bytes = PackageResources.linkedin_competitors_yaml
        case "youtube-studio": bytes = PackageResources.youtube_studio_yaml
        case "tiktok": bytes = PackageResources.tiktok_yaml
        default: return nil
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A built-in preset; an unknown id is an error with a suggestion and the list.
    public static func preset(_ id: String) throws(PresetError) -> ImportMapping {
        guard let text = presetText(id) else {
            throw PresetError(id: id)
        }
        do {
            return try parse(text: text, file: "preset \(id)")
        } catch {
            // The presets are tested; a broken one is a build problem, reported as such.
            fatalError("built-in preset \(id) does not load: \(error)")
        }
    }

    /// All built-in presets.
    public static var presets: [ImportMapping] { presetIDs.compactMap { try? preset($0) } }

    /// The presets as a list for the terminal: id, name, sources.
    public static func presetListing() -> String {
        var lines: [String] = []
        for p in presets {
            lines.append("\(p.id ?? "?")  \(p.name ?? "")")
            for s in p.sources {
                lines.append("    source: \(s.url ?? s.origin ?? "") (read \(s.read))" + (s.note.map { ": \($0)" } ?? ""))
            }
        }
        lines.append("")
        lines.append("Use --preset ID; `smkit presets ID` prints a preset's mapping (a starting point for --mapping FILE.yaml).")
        return lines.joined(separator: "\n") + "\n"
    }
}

/// An unknown preset id.
public struct PresetError: Error, Sendable, CustomStringConvertible {
    public var id: String
    public var suggestion: String?

    public init(id: String) {
        self.id = id
        self.suggestion = StringDistance.suggestion(for: id, among: ImportMapping.presetIDs)
    }

    public var description: String {
        "unknown preset '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
            + "; known: \(ImportMapping.presetIDs.joined(separator: ", ")) (`--preset list` lists them with their sources)"
    }
}
