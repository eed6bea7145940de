public import Foundation
import Yams

extension Workspace {
    /// The strategy file's name inside a workspace folder.
    public static let strategyFileName = "strategy.yaml"
    /// The optional KPI file's name inside a workspace folder.
    public static let kpiFileName = "kpis.csv"

    /// Loads `strategy.yaml` (and `kpis.csv` if present) from a folder.
    ///
    /// Reports every problem at once: unknown keys (with a suggestion), wrong types, missing
    /// fields, impossible values and unknown references, each with file, line and column.
    /// - Parameter platforms: platforms that references are checked against; when `nil` or
    ///   empty, ``builtInPlatformIDs``.
    public static func load(directory: URL, platforms: PlatformRegistry? = nil) throws(DiagnosticError) -> Workspace {
        let yamlURL = directory.appendingPathComponent(strategyFileName)
        let csvURL = directory.appendingPathComponent(kpiFileName)
        guard let data = FileManager.default.contents(atPath: yamlURL.path) else {
            throw DiagnosticError([Diagnostic(file: yamlURL.path, line: 1, column: 1, code: .io, message: LocalizedText(
                de: "Datei fehlt oder ist nicht lesbar", en: "file is missing or cannot be read"))])
        }
        let csv = FileManager.default.contents(atPath: csvURL.path).map { [UInt8]($0) }
        var workspace = try parse(bytes: [UInt8](data), file: yamlURL.path, csv: csv, csvFile: csvURL.path,
                                  platformIDs: platformIDs(platforms))
        workspace.directory = directory.path
        return workspace
    }

    /// Parses workspace text; `file` and `csvFile` name the sources in diagnostics.
    public static func parse(yaml: String, file: String = strategyFileName, csv: String? = nil,
                             csvFile: String = kpiFileName, platforms: PlatformRegistry? = nil) throws(DiagnosticError) -> Workspace {
        try parse(bytes: Array(yaml.utf8), file: file, csv: csv.map { Array($0.utf8) }, csvFile: csvFile,
                  platformIDs: platformIDs(platforms))
    }

    private static func platformIDs(_ registry: PlatformRegistry?) -> [String] {
        guard let registry, registry.count > 0 else { return builtInPlatformIDs }
        return registry.ids
    }

    static func parse(bytes: [UInt8], file: String, csv: [UInt8]?, csvFile: String,
                      platformIDs: [String]) throws(DiagnosticError) -> Workspace {
        var parser = WorkspaceParser(reader: YAMLReader(file: file), platformIDs: platformIDs)
        let workspace = parser.read(bytes: bytes, csv: csv, csvFile: csvFile)
        let all = parser.reader.diagnostics + parser.csvDiagnostics
        if let workspace, !all.contains(where: { $0.severity == .error }) {
            var result = workspace
            result.warnings = all.sortedByPosition()
            return result
        }
        throw DiagnosticError(all)
    }
}

/// Reads the workspace schema from YAML nodes; one instance per load.
struct WorkspaceParser {
    var reader: YAMLReader
    let platformIDs: [String]
    var csvDiagnostics: [Diagnostic] = []

    private static let platformKind = LocalizedText(de: "Plattform", en: "platform")

    init(reader: YAMLReader, platformIDs: [String]) {
        self.reader = reader
        self.platformIDs = platformIDs
    }

    mutating func read(bytes: [UInt8], csv: [UInt8]?, csvFile: String) -> Workspace? {
        let root = reader.parse(bytes: bytes, emptyMessage: LocalizedText(
            de: "Die Datei ist leer; erwartet werden 'as_of' und 'organization'",
            en: "the file is empty; expected 'as_of' and 'organization'"))
        var csvSeries: [KPISeries] = []
        if let csv { csvSeries = readCSV(csv, file: csvFile) }
        guard let root else { return nil }
        guard let top = reader.mapping(root, what: LocalizedText(de: "der obersten Ebene", en: "the top level"),
                                       allowed: ["version", "as_of", "organization", "goals", "drafts", "kpis", "competitor_data"],
                                       required: ["as_of", "organization"]) else { return nil }
        if let node = top["version"], let version = reader.integer(node, field: "version"), version != 1 {
            reader.report(node, .invalidValue, LocalizedText(
                de: "Version \(version) wird nicht unterstützt (nur 1)", en: "version \(version) is not supported (only 1)"))
        }
        let asOf = top["as_of"].flatMap { reader.date($0, field: "as_of") }
        let organization = top["organization"].flatMap { readOrganization($0) }
        let goals = top["goals"].map { readGoals($0, asOf: asOf) } ?? []
        var kpis = top["kpis"].map { readKPIs($0) } ?? []
        for series in csvSeries {
            if let index = kpis.firstIndex(where: { $0.matches(kpi: series.kpi, platform: series.platform) }) {
                for m in series.measurements { kpis[index].append(m) }
            } else {
                kpis.append(series)
            }
        }
        let drafts = top["drafts"].map { readDrafts($0, kpis: kpis) } ?? []
        let competitorData = top["competitor_data"].flatMap { readCompetitorData($0) }
        guard let asOf, let organization else { return nil }
        var workspace = Workspace(asOf: asOf, organization: organization, goals: goals, drafts: drafts, kpis: kpis)
        workspace.competitorData = competitorData
        return workspace
    }

    // MARK: Helpers

    private mutating func platformRef(_ node: Node?, field: String) -> String? {
        guard let node, let id = reader.text(node, field: field) else { return nil }
        return reader.reference(id, node, field: field, kind: Self.platformKind, known: platformIDs) ? id : nil
    }

    private mutating func number(_ f: YAMLReader.Fields, _ key: String, nonNegative: Bool = true) -> Double? {
        guard let node = f[key], let value = reader.number(node, field: key) else { return nil }
        return nonNegative ? reader.nonNegative(value, node, field: key) : value
    }

    private mutating func text(_ f: YAMLReader.Fields, _ key: String) -> String? {
        f[key].flatMap { reader.text($0, field: key) }
    }

    private mutating func localized(_ f: YAMLReader.Fields, _ key: String) -> LocalizedText? {
        f[key].flatMap { reader.localized($0, field: key) }
    }

    private mutating func items(_ node: Node, field: String) -> [Node] {
        reader.list(node, field: field) ?? []
    }

    /// Reports a duplicate id and returns false.
    private mutating func unique(_ id: String?, _ node: Node?, in seen: inout Set<String>, kind: LocalizedText) -> Bool {
        guard let id else { return false }
        guard seen.insert(id).inserted else {
            reader.report(node, .duplicate, LocalizedText(de: "\(kind.de)-id '\(id)' ist doppelt",
                                                          en: "duplicate \(kind.en) id '\(id)'"))
            return false
        }
        return true
    }

    // MARK: Competitor data

    /// `competitor_data:` — how the competitor export is written; values as the benchmark flags take them.
    private mutating func readCompetitorData(_ node: Node) -> [String: String]? {
        let choices: [String: [String]] = [
            "delimiter": [",", ";", "tab"], "decimal": [",", "."], "thousands": [".", ",", "none"],
            "date_format": ["DD/MM/YYYY", "MM/DD/YYYY", "DD.MM.YYYY", "YYYY-MM-DD"],
            "encoding": ["utf-8", "utf-16le", "utf-16be", "windows-1252"],
        ]
        guard let f = reader.mapping(node, what: LocalizedText(de: "competitor_data", en: "competitor_data"), allowed: [
            "file", "delimiter", "decimal", "thousands", "date_format", "encoding", "header_row", "sheet", "as_of",
            "competitor", "platform", "mapping", "preset",
        ]) else { return nil }
        var result: [String: String] = [:]
        for key in ["file", "delimiter", "decimal", "thousands", "date_format", "encoding", "sheet", "competitor", "platform",
                    "mapping", "preset"] {
            guard let value = f[key], let text = reader.text(value, field: key) else { continue }
            if let allowed = choices[key], !allowed.contains(text) {
                reader.report(value, .invalidValue, LocalizedText(
                    de: "'\(key)': einer von \(allowed.map { "'\($0)'" }.joined(separator: ", ")) erwartet, gefunden: '\(text)'",
                    en: "expected one of \(allowed.map { "'\($0)'" }.joined(separator: ", ")) for '\(key)', found '\(text)'"))
                continue
            }
            result[key] = text
        }
        if let node = f["header_row"], let row = reader.integer(node, field: "header_row") {
            if row < 1 {
                reader.report(node, .invalidValue, LocalizedText(de: "'header_row' muss 1 oder mehr sein", en: "'header_row' must be 1 or more"))
            } else {
                result["header_row"] = String(row)
            }
        }
        if let node = f["as_of"], let day = reader.date(node, field: "as_of") { result["as_of"] = day.description }
        return result
    }

    // MARK: Organisation

    private mutating func readOrganization(_ node: Node) -> Organization? {
        guard let f = reader.mapping(node, what: LocalizedText(de: "organization", en: "organization"), allowed: [
            "name", "business_model", "target_groups", "resources", "presences", "employees_active_on_social_media",
            "code_of_conduct", "maturity", "works_council", "contacts", "response_time_target_hours", "export_names",
        ], required: ["name", "business_model", "resources"]) else { return nil }
        let exportNames = f["export_names"].map { reader.textList($0, field: "export_names") }
        let name = text(f, "name")
        let model = f["business_model"].flatMap { readBusinessModel($0) }
        let groups = f["target_groups"].map { readTargetGroups($0) } ?? []
        let resources = f["resources"].flatMap { readResources($0, what: "organization.resources") }
        var presences: [Presence] = []
        if let list = f["presences"] {
            for item in items(list, field: "presences") {
                guard let p = reader.mapping(item, what: LocalizedText(de: "presence", en: "presence"),
                                             allowed: ["platform", "handle", "status", "followers", "last_post"],
                                             required: ["platform", "handle", "status"]) else { continue }
                let platform = platformRef(p["platform"], field: "platform")
                let handle = text(p, "handle")
                let status = p["status"].flatMap { reader.choice($0, field: "status", as: PresenceStatus.self) }
                let followers = p["followers"].flatMap { node in
                    reader.integer(node, field: "followers").flatMap { value in
                        reader.nonNegative(Double(value), node, field: "followers").map { _ in value }
                    }
                }
                let lastPost = p["last_post"].flatMap { reader.date($0, field: "last_post") }
                if let platform, let handle, let status {
                    presences.append(Presence(platform: platform, handle: handle, status: status,
                                              followers: followers, lastPost: lastPost))
                }
            }
        }
        let active = f["employees_active_on_social_media"].flatMap { node in
            reader.integer(node, field: "employees_active_on_social_media").flatMap { value in
                reader.nonNegative(Double(value), node, field: "employees_active_on_social_media").map { _ in value }
            }
        }
        let conduct = f["code_of_conduct"].map { reader.localizedList($0, field: "code_of_conduct") } ?? []
        let maturity = f["maturity"].flatMap { reader.choice($0, field: "maturity", as: MaturityStage.self) }
        let council = f["works_council"].flatMap { reader.bool($0, field: "works_council") }
        var contacts: [Contact] = []
        if let list = f["contacts"] {
            for item in items(list, field: "contacts") {
                guard let c = reader.mapping(item, what: LocalizedText(de: "contact", en: "contact"),
                                             allowed: ["name", "role", "email"], required: ["name", "role"]) else { continue }
                let name = text(c, "name")
                let role = c["role"].flatMap { reader.choice($0, field: "role", as: ContactRole.self) }
                let email = text(c, "email")
                if let email, let node = c["email"], !(email.contains("@") && !email.hasPrefix("@") && !email.hasSuffix("@")) {
                    reader.report(node, .invalidValue, LocalizedText(
                        de: "'\(email)' ist keine E-Mail-Adresse", en: "'\(email)' is not an e-mail address"))
                }
                if let name, let role { contacts.append(Contact(name: name, role: role, email: email)) }
            }
        }
        let responseTarget = number(f, "response_time_target_hours")
        if let value = responseTarget, value == 0, let node = f["response_time_target_hours"] {
            reader.report(node, .invalidValue, LocalizedText(
                de: "'response_time_target_hours' muss größer als 0 sein", en: "'response_time_target_hours' must be greater than 0"))
        }
        guard let name, let model, let resources else { return nil }
        return Organization(name: name, businessModel: model, targetGroups: groups, resources: resources,
                            presences: presences, employeesActiveOnSocialMedia: active, codeOfConduct: conduct,
                            maturity: maturity ?? .beginner, worksCouncil: council, contacts: contacts,
                            responseTimeTargetHours: responseTarget,
                            exportNames: exportNames.flatMap { $0.isEmpty ? nil : $0 })
    }

    private mutating func readBusinessModel(_ node: Node) -> BusinessModel? {
        guard let f = reader.mapping(node, what: LocalizedText("business_model"),
                                     allowed: ["type", "industry", "employees", "offer"],
                                     required: ["type", "industry", "employees"]) else { return nil }
        let type = f["type"].flatMap { reader.choice($0, field: "type", as: BusinessType.self) }
        let industry = text(f, "industry")
        let employees = f["employees"].flatMap { node in
            reader.integer(node, field: "employees").flatMap { value in
                reader.nonNegative(Double(value), node, field: "employees").map { _ in value }
            }
        }
        let offer = localized(f, "offer")
        guard let type, let industry, let employees else { return nil }
        return BusinessModel(type: type, industry: industry, employees: employees, offer: offer)
    }

    private mutating func readTargetGroups(_ node: Node) -> [TargetGroup] {
        var seen = Set<String>()
        var result: [TargetGroup] = []
        for item in items(node, field: "target_groups") {
            guard let f = reader.mapping(item, what: LocalizedText(de: "target group", en: "target group"),
                                         allowed: ["id", "name", "kind", "age_bands", "roles", "weight"],
                                         required: ["id", "name"]) else { continue }
            let id = text(f, "id")
            let idOK = unique(id, f["id"], in: &seen, kind: LocalizedText(de: "Zielgruppen", en: "target group"))
            let name = localized(f, "name")
            let kind = f["kind"].flatMap { reader.choice($0, field: "kind", as: TargetGroupKind.self) }
            var bands: [AgeBand] = []
            if let list = f["age_bands"] {
                for bandNode in items(list, field: "age_bands") {
                    guard let band = reader.choice(bandNode, field: "age_bands", as: AgeBand.self) else { continue }
                    if band == .all {
                        reader.report(bandNode, .invalidValue, LocalizedText(
                            de: "'14+' ist keine Altersgruppe einer Zielgruppe; einzelne Gruppen angeben",
                            en: "'14+' is not a target-group band; list the specific bands"))
                    } else {
                        bands.append(band)
                    }
                }
            }
            let roles = f["roles"].map { reader.textList($0, field: "roles") } ?? []
            let weight = number(f, "weight")
            if let id, idOK, let name {
                result.append(TargetGroup(id: id, name: name, kind: kind ?? .consumer, ageBands: bands,
                                          roles: roles, weight: weight ?? 1))
            }
        }
        return result
    }

    private mutating func readResources(_ node: Node, what: String) -> Resources? {
        guard let f = reader.mapping(node, what: LocalizedText(what), allowed: ["hours", "budget_per_month"]) else {
            return nil
        }
        var hours: [RoleHours] = []
        if let list = f["hours"] {
            for item in items(list, field: "hours") {
                guard let h = reader.mapping(item, what: LocalizedText("hours"), allowed: ["role", "hours_per_week"],
                                             required: ["role", "hours_per_week"]) else { continue }
                let role = text(h, "role")
                let value = number(h, "hours_per_week")
                if let role, let value { hours.append(RoleHours(role: role, hoursPerWeek: value)) }
            }
        }
        return Resources(hours: hours, budgetPerMonth: number(f, "budget_per_month") ?? 0)
    }

    // MARK: Goals

    private mutating func readGoals(_ node: Node, asOf: CalendarDate?) -> [Goal] {
        var seen = Set<String>()
        var result: [Goal] = []
        for item in items(node, field: "goals") {
            guard let f = reader.mapping(item, what: LocalizedText(de: "goal", en: "goal"), allowed: [
                "id", "title", "benefit", "kpi", "platform", "baseline", "target", "start", "deadline", "owner",
                "hours_per_week",
            ], required: ["id", "benefit", "kpi"]) else { continue }
            let id = text(f, "id")
            let idOK = unique(id, f["id"], in: &seen, kind: LocalizedText(de: "Ziel", en: "goal"))
            let benefit = f["benefit"].flatMap { reader.choice($0, field: "benefit", as: BenefitID.self, code: .unknownReference) }
            let kpi = text(f, "kpi")
            let platform = platformRef(f["platform"], field: "platform")
            let baseline = number(f, "baseline", nonNegative: false)
            let target = number(f, "target", nonNegative: false)
            if let baseline, let target, baseline == target {
                reader.report(f["target"], .invalidValue, LocalizedText(
                    de: "Zielwert gleich Ausgangswert (\(NumberFormatting.de(target, digits: 6))): das Ziel verlangt keine Veränderung",
                    en: "target equals baseline (\(NumberFormatting.en(target, digits: 6))): the goal asks for no change"))
            }
            let start = f["start"].flatMap { reader.date($0, field: "start") }
            let deadline = f["deadline"].flatMap { reader.date($0, field: "deadline") }
            if let deadline, let begin = start ?? asOf, deadline <= begin {
                let which = start != nil ? "start" : "as_of"
                reader.report(f["deadline"], .invalidValue, LocalizedText(
                    de: "Frist \(deadline) liegt nicht nach \(which) \(begin)",
                    en: "deadline \(deadline) is not after \(which) \(begin)"))
            }
            let owner = text(f, "owner")
            let hours = number(f, "hours_per_week")
            if let id, idOK, let benefit, let kpi {
                result.append(Goal(id: id, title: localized(f, "title"), benefit: benefit, kpi: kpi, platform: platform,
                                   baseline: baseline, target: target == baseline ? nil : target,
                                   start: start, deadline: deadline, owner: owner, hoursPerWeek: hours))
            }
        }
        return result
    }

    // MARK: Drafts

    private mutating func readDrafts(_ node: Node, kpis: [KPISeries]) -> [StrategyDraft] {
        var seen = Set<String>()
        var result: [StrategyDraft] = []
        for item in items(node, field: "drafts") {
            guard let f = reader.mapping(item, what: LocalizedText(de: "draft", en: "draft"), allowed: [
                "id", "name", "summary", "benefits", "components", "assumptions", "resources", "risks", "advantages",
            ], required: ["id", "name"]) else { continue }
            let id = text(f, "id")
            let idOK = unique(id, f["id"], in: &seen, kind: LocalizedText(de: "Entwurf", en: "draft"))
            let name = localized(f, "name")
            var benefits: [DraftBenefit] = []
            if let node = f["benefits"], let b = reader.mapping(node, what: LocalizedText("benefits"),
                                                                allowed: BenefitID.allCases.map(\.rawValue)) {
                for benefit in BenefitID.allCases {
                    if let value = b[benefit.rawValue],
                       let level = reader.choice(value, field: "benefits.\(benefit.rawValue)", as: FitLevel.self) {
                        benefits.append(DraftBenefit(benefit: benefit, level: level))
                    }
                }
            }
            let components = f["components"].flatMap { readComponents($0) } ?? DraftComponents()
            let assumptions = f["assumptions"].map { readAssumptions($0, kpis: kpis) } ?? []
            let resources = f["resources"].flatMap { readResources($0, what: "draft resources") } ?? Resources()
            var risks: [DraftRisk] = []
            if let list = f["risks"] {
                for riskNode in items(list, field: "risks") {
                    guard let r = reader.mapping(riskNode, what: LocalizedText("risk"),
                                                 allowed: ["text", "likelihood", "impact"],
                                                 required: ["text", "likelihood", "impact"]) else { continue }
                    let text = localized(r, "text")
                    let likelihood = reader.unitInterval(number(r, "likelihood"), r["likelihood"], field: "likelihood")
                    let impact = r["impact"].flatMap { reader.choice($0, field: "impact", as: Impact.self) }
                    if let text, let likelihood, let impact {
                        risks.append(DraftRisk(text: text, likelihood: likelihood, impact: impact))
                    }
                }
            }
            var advantages: [CompetitiveAdvantage] = []
            if let list = f["advantages"] {
                for advNode in items(list, field: "advantages") {
                    guard let a = reader.mapping(advNode, what: LocalizedText("advantage"),
                                                 allowed: ["text", "durability", "against"],
                                                 required: ["text", "durability"]) else { continue }
                    let text = localized(a, "text")
                    let durability = a["durability"].flatMap { reader.choice($0, field: "durability", as: Durability.self) }
                    let against = a["against"].flatMap { reader.choice($0, field: "against", as: CompetitorKind.self) }
                    if let text, let durability {
                        advantages.append(CompetitiveAdvantage(text: text, durability: durability, against: against))
                    }
                }
            }
            if let id, idOK, let name {
                result.append(StrategyDraft(id: id, name: name, summary: localized(f, "summary"), benefits: benefits,
                                            components: components, assumptions: assumptions, resources: resources,
                                            risks: risks, advantages: advantages))
            }
        }
        return result
    }

    private mutating func readComponents(_ node: Node) -> DraftComponents? {
        guard let f = reader.mapping(node, what: LocalizedText("components"), allowed: [
            "topics", "user_benefits", "formats", "participation", "motivation", "channels",
        ]) else { return nil }
        func list(_ parser: inout WorkspaceParser, _ key: String) -> [LocalizedText] {
            f[key].map { parser.reader.localizedList($0, field: key) } ?? []
        }
        var channels: [ChannelChoice] = []
        var seen = Set<String>()
        if let node = f["channels"] {
            for item in items(node, field: "channels") {
                guard let c = reader.mapping(item, what: LocalizedText("channel"), allowed: ["platform", "priority", "purpose"],
                                             required: ["platform", "priority"]) else { continue }
                let platform = platformRef(c["platform"], field: "platform")
                var priority = c["priority"].flatMap { reader.integer($0, field: "priority") }
                if let p = priority, p < 1 {
                    reader.report(c["priority"], .invalidValue, LocalizedText(
                        de: "'priority' beginnt bei 1 (höchste)", en: "'priority' starts at 1 (highest)"))
                    priority = nil
                }
                if let platform, !unique(platform, c["platform"], in: &seen, kind: LocalizedText(de: "Kanal", en: "channel")) {
                    continue
                }
                if let platform, let priority {
                    channels.append(ChannelChoice(platform: platform, priority: priority, purpose: localized(c, "purpose")))
                }
            }
        }
        return DraftComponents(topics: list(&self, "topics"), userBenefits: list(&self, "user_benefits"),
                               formats: list(&self, "formats"), participation: list(&self, "participation"),
                               motivation: list(&self, "motivation"), channels: channels)
    }

    private mutating func readAssumptions(_ node: Node, kpis: [KPISeries]) -> [Assumption] {
        var seen = Set<String>()
        var result: [Assumption] = []
        for item in items(node, field: "assumptions") {
            guard let f = reader.mapping(item, what: LocalizedText(de: "assumption", en: "assumption"),
                                         allowed: ["id", "text", "kind", "certainty", "monitor"],
                                         required: ["id", "text", "certainty"]) else { continue }
            let id = text(f, "id")
            let idOK = unique(id, f["id"], in: &seen, kind: LocalizedText(de: "Annahmen", en: "assumption"))
            let text = localized(f, "text")
            let kind = f["kind"].flatMap { reader.choice($0, field: "kind", as: AssumptionKind.self) }
            let certainty = reader.unitInterval(number(f, "certainty", nonNegative: false), f["certainty"], field: "certainty")
            var monitor: AssumptionMonitor?
            if let node = f["monitor"], let m = reader.mapping(node, what: LocalizedText("monitor"),
                                                               allowed: ["kpi", "platform", "falsified_if", "threshold"],
                                                               required: ["kpi", "falsified_if"]) {
                let kpi = self.text(m, "kpi")
                let platform = platformRef(m["platform"], field: "platform")
                let direction = m["falsified_if"].flatMap { reader.choice($0, field: "falsified_if", as: IndicatorDirection.self) }
                let threshold = number(m, "threshold", nonNegative: false)
                if let kpi, let direction {
                    monitor = AssumptionMonitor(kpi: kpi, platform: platform, falsifiedIf: direction, threshold: threshold)
                    if kpis.series(kpi: kpi, platform: platform) == nil {
                        let key = platform.map { "\(kpi)@\($0)" } ?? kpi
                        reader.report(m["kpi"], .unknownReference, LocalizedText(
                            de: "Keine KPI-Reihe für '\(key)': die Annahme wird nicht überwacht",
                            en: "no KPI series for '\(key)': the assumption is not monitored"), severity: .warning)
                    }
                }
            }
            if let id, idOK, let text, let certainty {
                result.append(Assumption(id: id, text: text, kind: kind ?? .assumption, certainty: certainty, monitor: monitor))
            }
        }
        return result
    }

    // MARK: KPIs

    private mutating func readKPIs(_ node: Node) -> [KPISeries] {
        var result: [KPISeries] = []
        for item in items(node, field: "kpis") {
            guard let f = reader.mapping(item, what: LocalizedText(de: "KPI series", en: "KPI series"),
                                         allowed: ["kpi", "platform", "measurements"],
                                         required: ["kpi", "measurements"]) else { continue }
            let kpi = text(f, "kpi")
            let platform = platformRef(f["platform"], field: "platform")
            var measurements: [Measurement] = []
            var dates = Set<CalendarDate>()
            if let list = f["measurements"] {
                for m in items(list, field: "measurements") {
                    guard let mf = reader.mapping(m, what: LocalizedText("measurement"), allowed: ["date", "value"],
                                                  required: ["date", "value"]) else { continue }
                    let date = mf["date"].flatMap { reader.date($0, field: "date") }
                    let value = number(mf, "value", nonNegative: false)
                    if let date, !dates.insert(date).inserted {
                        reader.report(mf["date"], .duplicate, LocalizedText(
                            de: "Zwei Messwerte für \(date)", en: "two measurements for \(date)"))
                        continue
                    }
                    if let date, let value { measurements.append(Measurement(date: date, value: value)) }
                }
            }
            guard let kpi else { continue }
            if result.contains(where: { $0.matches(kpi: kpi, platform: platform) }) {
                reader.report(f["kpi"], .duplicate, LocalizedText(
                    de: "KPI-Reihe '\(kpi)' doppelt; Messwerte in eine Reihe schreiben",
                    en: "KPI series '\(kpi)' appears twice; put the measurements into one series"))
                continue
            }
            result.append(KPISeries(kpi: kpi, platform: platform, measurements: measurements))
        }
        return result
    }

    /// `DD.MM.YYYY` (also `D.M.YYYY`).
    static func germanDate(_ text: String) -> CalendarDate? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }

    /// Header names accepted in kpis.csv per column (any order and case; German too).
    static let kpiCSVColumns: [(name: String, aliases: [String])] = [
        ("kpi", ["kpi", "kennzahl", "metric"]),
        ("platform", ["platform", "plattform", "network", "netzwerk"]),
        ("date", ["date", "datum", "day", "tag"]),
        ("value", ["value", "wert", "measurement", "messwert"]),
    ]

    /// Reads kpis.csv: a header naming `kpi`, `date`, `value` and optionally `platform` in
    /// any order and case, separated by `,`, `;` or tab (whichever the header uses); numbers
    /// with a decimal point or a decimal comma, decided for the file from its values as the
    /// benchmark import does; dates `YYYY-MM-DD` or `DD.MM.YYYY`. No quoting: a quote is
    /// reported, not guessed at.
    private mutating func readCSV(_ bytes: [UInt8], file: String) -> [KPISeries] {
        func add(_ line: Int, _ column: Int, _ code: Diagnostic.Code, _ message: LocalizedText) {
            csvDiagnostics.append(Diagnostic(file: file, line: line, column: column, code: code, message: message))
        }
        var input = bytes
        if input.starts(with: [0xEF, 0xBB, 0xBF]) { input.removeFirst(3) }
        if input.starts(with: [0xFF, 0xFE]) || input.starts(with: [0xFE, 0xFF]) {
            let little = input[0] == 0xFF
            var units: [UInt16] = []
            var k = 2
            while k + 1 < input.count {
                units.append(little ? UInt16(input[k]) | UInt16(input[k + 1]) << 8 : UInt16(input[k]) << 8 | UInt16(input[k + 1]))
                k += 2
            }
            input = Array(String(decoding: units, as: UTF16.self).utf8)
        }
        guard let text = String(validating: input, as: UTF8.self) else {
            add(1, 1, .syntax, LocalizedText(de: "Die Datei ist kein gültiges UTF-8 (in Excel als „CSV UTF-8“ speichern)",
                                             en: "the file is not valid UTF-8 (save it as \"CSV UTF-8\" in Excel)"))
            return []
        }
        var result: [KPISeries] = []
        var seen = Set<String>()
        // "\r\n" is one Character in Swift, so split on each kind of line end.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map(String.init)
        var delimiter: Character = ","
        var index: [String: Int] = [:]
        var width = 0
        var body: [(line: Int, fields: [String], columns: [Int])] = []
        for (n, line) in lines.enumerated() {
            let lineNumber = n + 1
            if line.trimmingWhitespace().isEmpty || line.hasPrefix("#") { continue }
            if index.isEmpty && width == 0 {
                let counts: [(Character, Int)] = [(";", line.filter { $0 == ";" }.count), ("\t", line.filter { $0 == "\t" }.count),
                                                  (",", line.filter { $0 == "," }.count)]
                delimiter = counts.max { $0.1 < $1.1 }.map { $0.1 > 0 ? $0.0 : "," } ?? ","
                let header = line.split(separator: delimiter, omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
                width = header.count
                var position = 1
                for (k, name) in header.enumerated() {
                    defer { position += name.count + 1 }
                    guard let column = Self.kpiCSVColumns.first(where: { $0.aliases.contains(name.lowercased()) }) else {
                        add(lineNumber, position, .unknownKey, LocalizedText(
                            de: "Unbekannte Spalte '\(name)' in der Kopfzeile; erwartet: kpi, platform, date, value",
                            en: "unknown column '\(name)' in the header; expected kpi, platform, date, value"))
                        continue
                    }
                    index[column.name] = k
                }
                let missing = ["kpi", "date", "value"].filter { index[$0] == nil }
                if !missing.isEmpty {
                    add(lineNumber, 1, .missingField, LocalizedText(
                        de: "Die Kopfzeile braucht die Spalten kpi, date und value (platform ist optional); es fehlt: \(missing.joined(separator: ", "))",
                        en: "the header needs the columns kpi, date and value (platform is optional); missing: \(missing.joined(separator: ", "))"))
                    return []
                }
                continue
            }
            if let quote = line.firstIndex(of: "\"") {
                add(lineNumber, line.distance(from: line.startIndex, to: quote) + 1, .syntax, LocalizedText(
                    de: "Anführungszeichen werden in kpis.csv nicht unterstützt", en: "quotes are not supported in kpis.csv"))
                continue
            }
            let fields = line.split(separator: delimiter, omittingEmptySubsequences: false).map(String.init)
            guard fields.count == width else {
                let hint = delimiter == "," && fields.count > width && line.contains(";") == false
                    ? LocalizedText(de: "; ein Dezimalkomma? Dann die Felder mit ';' trennen", en: "; a decimal comma? Then separate the fields with ';'")
                    : LocalizedText(de: "", en: "")
                add(lineNumber, 1, .wrongType, LocalizedText(
                    de: "\(width) Felder erwartet, gefunden: \(fields.count)" + hint.de,
                    en: "expected \(width) fields, found \(fields.count)" + hint.en))
                continue
            }
            var columns: [Int] = []
            var position = 1
            for field in fields { columns.append(position); position += field.count + 1 }
            body.append((lineNumber, fields, columns))
        }
        // The file's number notation, from all its values.
        let valueColumn = index["value"] ?? 0
        var evidence = NumberEvidence(columnCount: 1)
        for row in body {
            var cell = Array(row.fields[valueColumn].utf8)
            let n = cell.count
            cell.append(0)
            let clue = cell.withUnsafeBufferPointer { NumberNotation.clue($0.baseAddress!, 0, n) }
            evidence.add(clue, column: 0) {
                NumberEvidence.Example(text: row.fields[valueColumn].trimmingWhitespace(), line: row.line, column: row.columns[valueColumn])
            }
        }
        var notation = NumberNotation(decimal: UInt8(ascii: "."), grouping: nil)
        switch evidence.decide() {
        case .settled(let n): notation = n
        case .noSeparators: break
        case let .conflict(_, comma, _, point):
            add(point.line, point.column, .wrongType, LocalizedText(
                de: "Zahlen in zwei Schreibweisen: '\(point.text)' geht nur mit Dezimalpunkt, '\(comma.text)' (Zeile \(comma.line)) nur mit Dezimalkomma; eine Schreibweise für die ganze Datei verwenden",
                en: "numbers are written two ways: '\(point.text)' reads only with a decimal point, '\(comma.text)' (line \(comma.line)) only with a decimal comma; use one for the whole file"))
            return []
        case let .ambiguous(_, ex, sep):
            let s = String(UnicodeScalar(sep))
            add(ex.line, ex.column, .wrongType, LocalizedText(
                de: "Mehrdeutige Zahl '\(ex.text)': '\(s)' kann Tausender oder Dezimalstellen trennen, und kein anderer Wert der Datei sagt welches; Tausender ohne Trennzeichen schreiben (\(ex.text.filter { String($0) != s })) oder Dezimalstellen eindeutig (z. B. \(ex.text)0)",
                en: "ambiguous number '\(ex.text)': '\(s)' may separate thousands or decimals, and no other value in the file tells which; write thousands without a separator (\(ex.text.filter { String($0) != s })) or the decimals unambiguously (e.g. \(ex.text)0)"))
            return []
        }
        let comma = notation.decimal == UInt8(ascii: ",")
        for row in body {
            let lineNumber = row.line
            let fields = row.fields, columns = row.columns
            let kpi = fields[index["kpi"]!].trimmingWhitespace()
            let platformText = index["platform"].map { fields[$0].trimmingWhitespace() } ?? ""
            if kpi.isEmpty {
                add(lineNumber, columns[index["kpi"]!], .missingField, LocalizedText(de: "'kpi' fehlt", en: "missing 'kpi'"))
                continue
            }
            var platform: String?
            if !platformText.isEmpty {
                if platformIDs.contains(platformText.lowercased()) {
                    platform = platformText.lowercased()
                } else {
                    let hint = StringDistance.suggestion(for: platformText, among: platformIDs)
                    add(lineNumber, columns[index["platform"]!], .unknownReference, LocalizedText(
                        de: "Unbekannte Plattform '\(platformText)'" + (hint.map { "; meinten Sie '\($0)'?" } ?? ""),
                        en: "unknown platform '\(platformText)'" + (hint.map { "; did you mean '\($0)'?" } ?? "")))
                    continue
                }
            }
            let dc = index["date"]!, vc = valueColumn
            let dateText = fields[dc].trimmingWhitespace()
            guard let date = CalendarDate(dateText) ?? Self.germanDate(dateText) else {
                add(lineNumber, columns[dc], .wrongType, LocalizedText(
                    de: "Datum im Format JJJJ-MM-TT oder TT.MM.JJJJ erwartet, gefunden: '\(fields[dc])'",
                    en: "expected a date (YYYY-MM-DD or DD.MM.YYYY), found '\(fields[dc])'"))
                continue
            }
            guard let parsed = notation.parse(fields[vc]) else {
                add(lineNumber, columns[vc], .wrongType, LocalizedText(
                    de: "Zahl erwartet, gefunden: '\(fields[vc])' (Dezimaltrennzeichen der Datei: '\(comma ? "," : ".")')",
                    en: "expected a number, found '\(fields[vc])' (the file's decimal separator: '\(comma ? "," : ".")')"))
                continue
            }
            let value = parsed.value
            let key = "\(kpi)@\(platform ?? "")@\(date)"
            guard seen.insert(key).inserted else {
                add(lineNumber, columns[dc], .duplicate, LocalizedText(
                    de: "Zwei Messwerte für \(kpi) am \(date)", en: "two measurements of \(kpi) for \(date)"))
                continue
            }
            if let index = result.firstIndex(where: { $0.matches(kpi: kpi, platform: platform) }) {
                result[index].append(Measurement(date: date, value: value))
            } else {
                result.append(KPISeries(kpi: kpi, platform: platform, measurements: [Measurement(date: date, value: value)]))
            }
        }
        return result
    }
}
