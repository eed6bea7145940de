public import BenchmarkKit
import Foundation
public import StrategyKit

/// Competitor data kept in a workspace: `competitors.csv` (or `.json`) beside `strategy.yaml`.
public enum WorkspaceBenchmark {
    /// The file names looked for, in order.
    public static let fileNames = ["competitors.csv", "competitors.xlsx", "competitors.json"]

    /// The workspace's competitor data file, if it has one.
    public static func dataFile(in workspace: Workspace) -> String? {
        guard !workspace.directory.isEmpty else { return nil }
        if let file = workspace.competitorData?["file"] {
            return file.hasPrefix("/") ? file : workspace.directory + "/" + file
        }
        return fileNames.map { workspace.directory + "/" + $0 }.first { FileSystemProbe.isFile($0) }
    }

    /// The competitor in the data that is the workspace's organisation: the same name, or
    /// the longest name the organisation's name starts with ("Bäckerei Sonnenschein" for
    /// "Bäckerei Sonnenschein GmbH").
    public static func organization(named name: String, among competitors: [String]) -> String? {
        if let exact = competitors.first(where: { $0.caseInsensitiveCompare(name) == .orderedSame }) { return exact }
        return competitors.filter { name.lowercased().hasPrefix($0.lowercased()) }.max { $0.count < $1.count }
    }

    /// The competitor that is the organisation, trying its export names
    /// (`organization.export_names`) before its name.
    public static func organization(_ organization: Organization, among competitors: [String]) -> String? {
        for name in organization.namesInExports {
            if let found = self.organization(named: name, among: competitors) { return found }
        }
        return nil
    }

    /// The note when the organisation is not in the data, in both languages.
    public static func notFoundWarning(_ organization: Organization, file: String) -> LocalizedText {
        let names = organization.namesInExports.map { "'\($0)'" }.joined(separator: ", ")
        return LocalizedText(
            de: "Die Organisation (\(names)) kommt in \(file) nicht vor; sie wird nicht hervorgehoben, und Abstände fehlen. Den Namen im Export unter organization.export_names in strategy.yaml eintragen.",
            en: "The organisation (\(names)) is not in \(file); it is not highlighted and gaps are left out. Add the name the export uses under organization.export_names in strategy.yaml.")
    }

    /// The import options of `competitor_data:` in strategy.yaml (validated when it was loaded):
    /// its `preset`, then its `mapping` file (relative to the workspace), then its other keys.
    public static func importOptions(for workspace: Workspace) throws -> ImportOptions {
        var options = ImportOptions()
        guard let d = workspace.competitorData else { return options }
        if let id = d["preset"] { try ImportMapping.preset(id).apply(to: &options) }
        if let file = d["mapping"] {
            let path = file.hasPrefix("/") || workspace.directory.isEmpty ? file : workspace.directory + "/" + file
            try ImportMapping.load(path: path).apply(to: &options)
        }
        let byte: [String: UInt8] = [",": UInt8(ascii: ","), ".": UInt8(ascii: "."), ";": UInt8(ascii: ";"), "tab": 9]
        if let v = d["delimiter"] { options.delimiter = byte[v] }
        if let v = d["decimal"] {
            options.decimalSeparator = byte[v]
            options.groupingSeparator = v == "," ? UInt8(ascii: ".") : UInt8(ascii: ",")
        }
        if let v = d["thousands"] {
            options.groupingSeparator = v == "none" ? nil : byte[v]
            if options.decimalSeparator == nil { options.decimalSeparator = v == "," ? UInt8(ascii: ".") : UInt8(ascii: ",") }
        }
        if let v = d["date_format"].flatMap({ DateFormat(flag: $0) }) { options.dateFormat = v }
        if let v = d["encoding"].flatMap({ TextEncoding(flag: $0) }) { options.encoding = v }
        if let v = d["header_row"].flatMap({ Int($0) }) { options.headerRow = v }
        if let v = d["sheet"] { options.sheet = v }
        if let v = d["as_of"] { options.asOf = v }
        if let v = d["competitor"] { options.competitor = v }
        if let v = d["platform"] { options.platform = v }
        return options
    }

    /// Imports the workspace's competitor data and computes the metrics; `nil` without data.
    /// The note of a missing organisation comes apart from the result, in both languages: the
    /// JSON keeps it as data, a rendered report adds it to the warnings in its language.
    public static func compute(_ workspace: Workspace, metrics: [Metric] = Metric.defaults,
                               options: ImportOptions? = nil) throws -> (BenchmarkResult, BenchmarkJSON.OrganizationMissing?)? {
        guard let file = dataFile(in: workspace) else { return nil }
        let options = try options ?? importOptions(for: workspace)
        let data = try BenchmarkImporter.load(path: file, options: options)
        let own = organization(workspace.organization, among: data.competitors)
        let result = BenchmarkEngine.run(data, options: BenchmarkOptions(organization: own, metrics: metrics))
        guard own == nil else { return (result, nil) }
        return (result, BenchmarkJSON.OrganizationMissing(names: workspace.organization.namesInExports,
                                                          message: notFoundWarning(workspace.organization, file: file)))
    }
}
