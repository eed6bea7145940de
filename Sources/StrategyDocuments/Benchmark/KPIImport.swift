public import BenchmarkKit
public import Foundation
public import StrategyKit

/// `smkit kpi import`: the workspace organisation's rows of an export, as measurements of the
/// KPIs the workspace defines, appended to its kpis.csv.
///
/// Pure: it takes the imported data and the current kpis.csv bytes and returns what to write;
/// the command writes it (atomically). Nothing is written when there is a conflict.
public enum KPIImport {
    /// Which measure of an export gives a KPI of the catalogue, and a factor.
    public static let measures: [String: (measure: Measure, scale: Double)] = [
        "followers": (.followers, 1), "posts": (.posts, 1), "likes": (.likes, 1), "comments": (.comments, 1),
        "shares": (.shares, 1), "views": (.views, 1), "impressions": (.impressions, 1), "reach": (.reach, 1),
        "mentions": (.mentions, 1), "interactions": (.interactions, 1),
        "response_time_hours": (.responseMinutes, 1.0 / 60), "response_minutes": (.responseMinutes, 1),
    ]

    /// A KPI the workspace defines: a goal's, an assumption monitor's or an existing series'.
    public struct Key: Hashable, Sendable, Comparable, CustomStringConvertible {
        public var kpi: String
        public var platform: String?
        public var description: String { platform.map { "\(kpi)@\($0)" } ?? kpi }
        public static func < (a: Key, b: Key) -> Bool { a.description < b.description }
    }

    /// One measurement from the export and what happens to it.
    public struct Entry: Sendable {
        public enum Status: String, Sendable { case added, unchanged, replaced, conflict }
        public var key: Key
        public var date: CalendarDate
        public var value: Double
        public var status: Status
        /// The value already there (unchanged, replaced, conflict).
        public var existing: Double?
        /// Where the existing value is (`kpis.csv:LINE` or `strategy.yaml`).
        public var existingAt: String?
    }

    /// The outcome: entries, KPIs left out (with the reason), and the new kpis.csv.
    public struct Plan: Sendable {
        public var organization: String
        public var entries: [Entry]
        public var notImported: [(key: Key, reason: String)]
        /// The new kpis.csv; `nil` when nothing changes.
        public var csv: Data?
        public var conflicts: [Entry] { entries.filter { $0.status == .conflict } }
        public func count(_ status: Entry.Status) -> Int { entries.filter { $0.status == status }.count }
    }

    /// A problem that stops the import.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The KPIs the workspace defines, in a stable order.
    public static func keys(of workspace: Workspace) -> [Key] {
        var keys = Set<Key>()
        for goal in workspace.goals { keys.insert(Key(kpi: goal.kpi, platform: goal.platform)) }
        for draft in workspace.drafts {
            for a in draft.assumptions { if let m = a.monitor { keys.insert(Key(kpi: m.kpi, platform: m.platform)) } }
        }
        for s in workspace.kpis { keys.insert(Key(kpi: s.kpi, platform: s.platform)) }
        return keys.sorted()
    }

    /// Plans the import of `data` into the workspace whose kpis.csv holds `csv` (`nil`: none yet).
    /// - Parameter validate: checks the new kpis.csv as the workspace loader reads it.
    public static func plan(workspace: Workspace, data: BenchmarkData, file: String, csv: [UInt8]?, csvFile: String,
                            replace: Bool, validate: (String) -> String?) throws(Failure) -> Plan {
        guard let own = WorkspaceBenchmark.organization(workspace.organization, among: data.competitors) else {
            let names = workspace.organization.namesInExports.map { "'\($0)'" }.joined(separator: ", ")
            let found = data.competitors.prefix(20).map { "'\($0)'" }.joined(separator: ", ")
            throw Failure(description: "the organisation (\(names)) is not in \(file); names found: \(found)"
                + (data.competitors.count > 20 ? ", …" : "")
                + ". Add the export's name under organization.export_names in strategy.yaml, or give --competitor NAME for an export of one profile")
        }
        let platforms = data.platforms.filter { data.series(competitor: own, platform: $0).map { !$0.isEmpty } ?? false }
        var file = try KPIFile(bytes: csv, name: csvFile)
        var entries: [Entry] = []
        var notImported: [(Key, String)] = []
        for key in keys(of: workspace) {
            guard let (measure, scale) = measures[key.kpi] else {
                notImported.append((key, "no export column gives this KPI")); continue
            }
            let platform: String
            if let p = key.platform {
                guard platforms.contains(p) else {
                    notImported.append((key, "\(own) has no rows on \(p) in the export")); continue
                }
                platform = p
            } else {
                guard platforms.count == 1 else {
                    notImported.append((key, platforms.isEmpty ? "no rows"
                        : "the KPI has no platform and the export has \(own) on several (\(platforms.joined(separator: ", "))); give the KPI a platform"))
                    continue
                }
                platform = platforms[0]
            }
            guard let series = data.series(competitor: own, platform: platform) else { continue }
            var any = false
            for i in 0..<series.count {
                guard let raw = series.value(measure, i), !raw.isNaN else { continue }
                let c = CivilDate.components(of: series.day(i))
                guard let date = CalendarDate(year: c.year, month: c.month, day: c.day) else { continue }
                any = true
                let value = raw * scale
                var entry = Entry(key: key, date: date, value: value, status: .added)
                if let (old, at) = existing(key, date, in: workspace, file: file) {
                    entry.existing = old
                    entry.existingAt = at
                    if abs(old - value) <= 1e-9 * max(1, abs(value)) {
                        entry.status = .unchanged
                    } else if replace, file.replace(key, date, with: value) {
                        entry.status = .replaced
                    } else {
                        entry.status = .conflict
                        if replace { entry.existingAt = (at ?? "") + " (in strategy.yaml: edit it there)" }
                    }
                } else {
                    file.append(key, date, value)
                }
                entries.append(entry)
            }
            if !any { notImported.append((key, "the export has no values for it")) }
        }
        var plan = Plan(organization: own, entries: entries, notImported: notImported, csv: nil)
        if plan.conflicts.isEmpty, plan.count(.added) + plan.count(.replaced) > 0 {
            var text = file.text(decimalComma: file.delimiter == ";")
            if let problem = validate(text) {
                // The other decimal separator may be the one the rest of the file uses.
                let other = file.text(decimalComma: file.delimiter != ";")
                if validate(other) == nil { text = other } else {
                    throw Failure(description: "the new \(csvFile) would not load, so nothing was written:\n\(problem)")
                }
            }
            plan.csv = Data(text.utf8)
        }
        return plan
    }

    private static func existing(_ key: Key, _ date: CalendarDate, in workspace: Workspace, file: KPIFile) -> (Double, String?)? {
        let line = file.line(of: key, date)
        // The loader's reading of the value is the one compared; the line says where it is.
        if let m = workspace.kpis.series(kpi: key.kpi, platform: key.platform)?.measurements.first(where: { $0.date == date }) {
            return (m.value, line.map { "\(file.name):\($0.number)" } ?? "strategy.yaml")
        }
        if let line { return (line.value, "\(file.name):\(line.number)") }
        return nil
    }
}

/// kpis.csv as lines, so appending and replacing keep every other byte as it was.
struct KPIFile {
    let name: String
    var lines: [String]
    var lineEnd: String
    var bom: Bool
    var delimiter: Character
    /// Column index of kpi, platform, date and value.
    var columns: (kpi: Int, platform: Int?, date: Int, value: Int, count: Int)
    var endsWithNewline: Bool
    /// Lines added or changed: index → key, date, value (formatted when the text is made).
    var pending: [Int: (KPIImport.Key, CalendarDate, Double)] = [:]

    init(bytes: [UInt8]?, name: String) throws(KPIImport.Failure) {
        self.name = name
        guard let bytes, !bytes.isEmpty else {
            lines = ["kpi,platform,date,value"]; lineEnd = "\n"; bom = false; delimiter = ","
            columns = (0, 1, 2, 3, 4); endsWithNewline = true
            return
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw KPIImport.Failure(description: "\(name) is UTF-16; kpi import appends UTF-8 only: save it as UTF-8 (CSV UTF-8 in Excel) first")
        }
        bom = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        guard let text = String(validating: bytes.dropFirst(bom ? 3 : 0), as: UTF8.self) else {
            throw KPIImport.Failure(description: "\(name) is not UTF-8")
        }
        lineEnd = text.contains("\r\n") ? "\r\n" : "\n"
        endsWithNewline = text.hasSuffix(lineEnd)  // "\r\n" is one Character: compare as such
        var split = text.components(separatedBy: lineEnd)
        if endsWithNewline { split.removeLast() }
        lines = split
        guard let headerIndex = lines.firstIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.hasPrefix("#") }) else {
            throw KPIImport.Failure(description: "\(name) has no header")
        }
        let header = lines[headerIndex]
        delimiter = header.contains(";") ? ";" : header.contains("\t") ? "\t" : ","
        let names = header.split(separator: delimiter, omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        func index(_ options: [String]) -> Int? { names.firstIndex { options.contains($0) } }
        guard let k = index(["kpi", "kennzahl"]), let d = index(["date", "datum"]), let v = index(["value", "wert"]) else {
            throw KPIImport.Failure(description: "\(name): the header does not name kpi, date and value")
        }
        columns = (k, index(["platform", "plattform"]), d, v, names.count)
    }

    private func fields(_ line: String) -> [String] {
        line.split(separator: delimiter, omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    private static func date(_ text: String) -> CalendarDate? {
        if let d = CalendarDate(text) { return d }
        let parts = text.split(separator: ".")
        if parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) {
            return CalendarDate(year: y < 100 ? 2000 + y : y, month: m, day: d)
        }
        return nil
    }

    /// The line (1-based number) holding key and date, with its value as the loader reads it
    /// (plain numbers; for others the workspace's value is the one compared).
    func line(of key: KPIImport.Key, _ date: CalendarDate) -> (number: Int, value: Double)? {
        guard let i = index(of: key, date) else { return nil }
        if let p = pending[i] { return (i + 1, p.2) }
        let f = fields(lines[i])
        var raw = f[columns.value].replacingOccurrences(of: "%", with: "")
        if delimiter == ";" || raw.contains(",") && !raw.contains(".") {
            raw = raw.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        } else {
            raw = raw.replacingOccurrences(of: ",", with: "")
        }
        return Double(raw).map { (i + 1, $0) }
    }

    private func index(of key: KPIImport.Key, _ date: CalendarDate) -> Int? {
        for (i, line) in lines.enumerated() where !line.hasPrefix("#") {
            if let p = pending[i] {
                if p.0 == key && p.1 == date { return i }
                continue
            }
            let f = fields(line)
            guard f.count > max(columns.kpi, columns.date, columns.value) else { continue }
            let platform = columns.platform.flatMap { $0 < f.count ? f[$0] : nil }.flatMap { $0.isEmpty ? nil : $0 }
            if f[columns.kpi] == key.kpi, platform == key.platform, Self.date(f[columns.date]) == date { return i }
        }
        return nil
    }

    mutating func replace(_ key: KPIImport.Key, _ date: CalendarDate, with value: Double) -> Bool {
        guard let i = index(of: key, date) else { return false }
        pending[i] = (key, date, value)
        return true
    }

    mutating func append(_ key: KPIImport.Key, _ date: CalendarDate, _ value: Double) {
        lines.append("")
        pending[lines.count - 1] = (key, date, value)
    }

    static func format(_ value: Double, decimalComma: Bool) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        return decimalComma ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    func text(decimalComma: Bool) -> String {
        var out = lines
        for (i, (key, date, value)) in pending {
            var f = Array(repeating: "", count: columns.count)
            if i < lines.count, !lines[i].isEmpty {
                let old = fields(lines[i])
                for j in 0..<min(old.count, f.count) { f[j] = old[j] }
            }
            f[columns.kpi] = key.kpi
            if let p = columns.platform { f[p] = key.platform ?? "" }
            f[columns.date] = date.description
            f[columns.value] = Self.format(value, decimalComma: decimalComma)
            out[i] = f.joined(separator: String(delimiter))
        }
        return (bom ? "\u{FEFF}" : "") + out.joined(separator: lineEnd) + lineEnd
    }
}
