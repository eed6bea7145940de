public import Foundation
import Yams

/// Loads platform data files (`<dir>/<id>/platform.yaml`) without running any plugin code.
///
/// Every problem in every file is collected and thrown together as a ``DiagnosticError``.
public enum PlatformCatalogLoader {
    /// The file name looked for in each plugin folder.
    public static let fileName = "platform.yaml"

    /// Loads every `*/platform.yaml` under `directory`, sorted by folder name.
    public static func load(directory: URL) throws(DiagnosticError) -> [Platform] {
        let manager = FileManager.default
        let folders: [String]
        do {
            folders = try manager.contentsOfDirectory(atPath: directory.path).sorted()
        } catch {
            throw DiagnosticError([Diagnostic(file: directory.path, line: 1, column: 1, code: .io, message: LocalizedText(
                de: "Verzeichnis nicht lesbar: \(error.localizedDescription)",
                en: "cannot read directory: \(error.localizedDescription)"))])
        }
        var platforms: [Platform] = []
        var diagnostics: [Diagnostic] = []
        for folder in folders {
            let url = directory.appendingPathComponent(folder).appendingPathComponent(fileName)
            guard manager.fileExists(atPath: url.path) else { continue }
            guard let data = manager.contents(atPath: url.path) else {
                diagnostics.append(Diagnostic(file: url.path, line: 1, column: 1, code: .io,
                                              message: LocalizedText(de: "Datei nicht lesbar", en: "cannot read file")))
                continue
            }
            var reader = YAMLReader(file: url.path)
            if let platform = parse(bytes: [UInt8](data), reader: &reader) {
                if platform.id != folder {
                    reader.report(line: 1, column: 1, .invalidValue, LocalizedText(
                        de: "id '\(platform.id)' passt nicht zum Ordner '\(folder)'",
                        en: "id '\(platform.id)' does not match the folder name '\(folder)'"))
                } else {
                    platforms.append(platform)
                }
            }
            diagnostics += reader.diagnostics
        }
        if diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticError(diagnostics) }
        return platforms
    }

    /// Loads a directory into a registry.
    public static func loadRegistry(directory: URL) throws(DiagnosticError) -> PlatformRegistry {
        PlatformRegistry(try load(directory: directory))
    }

    /// Parses one platform file's text; `file` names it in diagnostics.
    public static func parse(yaml: String, file: String = fileName) throws(DiagnosticError) -> Platform {
        var reader = YAMLReader(file: file)
        let platform = parse(bytes: Array(yaml.utf8), reader: &reader)
        if let platform, !reader.hasErrors { return platform }
        throw DiagnosticError(reader.diagnostics)
    }

    static let keys = ["id", "name", "kind", "audience", "fit", "benefits", "formats", "text_limits",
                       "effort_hours_per_week", "response_time_hours", "risks", "notes", "sources"]

    static func parse(bytes: [UInt8], reader: inout YAMLReader) -> Platform? {
        guard let root = reader.parse(bytes: bytes, emptyMessage: LocalizedText(
            de: "Die Datei ist leer; erwartet wird eine Plattform-Beschreibung",
            en: "the file is empty; expected a platform description")) else { return nil }
        let what = LocalizedText(de: "Plattform", en: "platform")
        guard let f = reader.mapping(root, what: what, allowed: keys,
                                     required: ["id", "name", "kind", "fit", "effort_hours_per_week", "response_time_hours"])
        else { return nil }
        let id = f["id"].flatMap { reader.text($0, field: "id") }
        let name = f["name"].flatMap { reader.text($0, field: "name") }
        let kind = f["kind"].flatMap { reader.choice($0, field: "kind", as: PlatformKind.self) }
        var b2b: FitLevel?, b2c: FitLevel?
        if let fitNode = f["fit"], let fit = reader.mapping(fitNode, what: LocalizedText("fit"), allowed: ["b2b", "b2c"],
                                                            required: ["b2b", "b2c"]) {
            b2b = fit["b2b"].flatMap { reader.choice($0, field: "fit.b2b", as: FitLevel.self) }
            b2c = fit["b2c"].flatMap { reader.choice($0, field: "fit.b2c", as: FitLevel.self) }
        }
        var benefitFit: [BenefitFit] = []
        if let node = f["benefits"], let fields = reader.mapping(
            node, what: LocalizedText("benefits"), allowed: BenefitID.allCases.map(\.rawValue)) {
            for benefit in BenefitID.allCases {
                if let value = fields[benefit.rawValue],
                   let level = reader.choice(value, field: "benefits.\(benefit.rawValue)", as: FitLevel.self) {
                    benefitFit.append(BenefitFit(benefit: benefit, fit: level))
                }
            }
        }
        let audience = f["audience"].map { readAudience($0, &reader) } ?? []
        let formats = f["formats"].map { reader.textList($0, field: "formats") } ?? []
        var limits: [TextLimit] = []
        if let node = f["text_limits"], let items = reader.list(node, field: "text_limits") {
            for item in items {
                guard let l = reader.mapping(item, what: LocalizedText("text_limits"),
                                             allowed: ["field", "characters", "source", "note"],
                                             required: ["field", "characters"]) else { continue }
                let field = l["field"].flatMap { reader.text($0, field: "field") }
                var characters = l["characters"].flatMap { reader.integer($0, field: "characters") }
                if let c = characters, c <= 0 {
                    reader.report(l["characters"], .invalidValue, LocalizedText(
                        de: "'characters' muss positiv sein", en: "'characters' must be positive"))
                    characters = nil
                }
                if let field, let characters {
                    limits.append(TextLimit(field: field, characters: characters,
                                            source: l["source"].flatMap { reader.text($0, field: "source") },
                                            note: l["note"].flatMap { reader.text($0, field: "note") }))
                }
            }
        }
        let effort = reader.nonNegative(f["effort_hours_per_week"].flatMap { reader.number($0, field: "effort_hours_per_week") },
                                        f["effort_hours_per_week"], field: "effort_hours_per_week")
        let response = reader.nonNegative(f["response_time_hours"].flatMap { reader.number($0, field: "response_time_hours") },
                                          f["response_time_hours"], field: "response_time_hours")
        let risks = f["risks"].map { reader.localizedList($0, field: "risks") } ?? []
        let notes = f["notes"].map { reader.localizedList($0, field: "notes") } ?? []
        var sources: [SourceReference] = []
        if let node = f["sources"], let items = reader.list(node, field: "sources") {
            for item in items {
                guard let s = reader.mapping(item, what: LocalizedText("sources"), allowed: ["url", "title", "read"],
                                             required: ["url", "read"]) else { continue }
                if let url = s["url"].flatMap({ reader.text($0, field: "url") }) {
                    sources.append(SourceReference(url: url, title: s["title"].flatMap { reader.text($0, field: "title") },
                                                   read: s["read"].flatMap { reader.date($0, field: "read") }))
                }
            }
        }
        guard let id, let name, let kind, let b2b, let b2c, let effort, let response else { return nil }
        return Platform(id: id, name: name, kind: kind, audience: audience, b2bFit: b2b, b2cFit: b2c,
                        benefitFit: benefitFit, formats: formats, textLimits: limits,
                        effortHoursPerWeek: effort, responseTimeHours: response,
                        riskNotes: risks, notes: notes, sources: sources)
    }

    private static func readAudience(_ node: Node, _ reader: inout YAMLReader) -> [AudienceShare] {
        guard let items = reader.list(node, field: "audience") else { return [] }
        var result: [AudienceShare] = []
        for item in items {
            guard let a = reader.mapping(item, what: LocalizedText("audience"),
                                         allowed: ["band", "share", "measure", "year", "source", "note"],
                                         required: ["band", "share", "year", "source"]) else { continue }
            let band = a["band"].flatMap { reader.choice($0, field: "band", as: AgeBand.self) }
            let share = reader.unitInterval(a["share"].flatMap { reader.number($0, field: "share") }, a["share"], field: "share")
            let year = a["year"].flatMap { reader.integer($0, field: "year") }
            let source = a["source"].flatMap { reader.text($0, field: "source") }
            if let band, result.contains(where: { $0.band == band }) {
                reader.report(a["band"], .duplicate, LocalizedText(
                    de: "Altersgruppe '\(band.rawValue)' doppelt", en: "age band '\(band.rawValue)' appears twice"))
                continue
            }
            if let band, let share, let year, let source {
                result.append(AudienceShare(band: band, share: share,
                                            measure: a["measure"].flatMap { reader.text($0, field: "measure") } ?? "weekly reach",
                                            year: year, source: source,
                                            note: a["note"].flatMap { reader.text($0, field: "note") }))
            }
        }
        return result
    }
}
