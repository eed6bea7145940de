import ArgumentParser
import BenchmarkKit
import Foundation
import StrategyDocuments
import StrategyKit
import StrategyScripting

/// `smkit kpi`: the workspace's KPI measurements.
struct KPICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kpi",
        abstract: "Work with a workspace's KPI measurements (kpis.csv).",
        subcommands: [KPIImportCommand.self]
    )
}

/// `smkit kpi import FILE --workspace DIR`: the organisation's rows of an export into kpis.csv.
struct KPIImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Append the organisation's values from an export (CSV, XLSX, JSON) to the workspace's kpis.csv.",
        discussion: """
            Keeps the rows of the workspace's organisation (organization.export_names, then organization.name), \
            takes the KPIs the workspace defines (goals, assumption monitors, existing series) that an export \
            column gives (followers, posts, likes, comments, shares, views, impressions, reach, mentions, \
            interactions, response_time_hours) and appends one line per KPI, platform and date. A date already \
            there with the same value is skipped; with a different value it is a conflict (nothing is written) \
            unless --replace. kpis.csv is written atomically.
            """
    )

    @Argument(help: "The export: CSV, XLSX or JSON.")
    var file: String

    @Option(help: "The workspace folder (strategy.yaml, kpis.csv).")
    var workspace: String

    @Flag(help: "Replace values in kpis.csv that differ from the export's.")
    var replace = false

    @Flag(name: .customLong("dry-run"), help: "Print what would be added, write nothing.")
    var dryRun = false

    @Flag(name: .customLong("skip-invalid"), help: "Skip bad rows of the export (and say how many) instead of failing.")
    var skipInvalid = false

    @OptionGroup(title: "How the export is written (detected when not given)")
    var importFlags: ImportFlags

    func run() throws {
        let (_, loaded) = try PluginRun.loadForCommand(workspace, language: .en)
        let ws = loaded.workspace
        var options = ImportOptions()
        options.skipInvalidRows = skipInvalid
        try importFlags.apply(to: &options)
        let data: BenchmarkData
        do {
            data = try Self.load(file, options: options, organization: ws.organization)
        } catch {
            StandardError.write(String(describing: error))
            throw ExitCode(1)
        }
        if data.report.rowsSkipped > 0 {
            StandardError.write("smkit: skipped \(data.report.rowsSkipped) invalid row(s) of \(file)")
        }
        for notice in data.report.notices { StandardError.write("smkit: notice: \(notice.en)") }
        let directory = URL(fileURLWithPath: workspace)
        let csvPath = directory.appendingPathComponent(Workspace.kpiFileName).path
        let yamlPath = directory.appendingPathComponent(Workspace.strategyFileName).path
        let csv = FileManager.default.contents(atPath: csvPath).map { [UInt8]($0) }
        let yaml = FileManager.default.contents(atPath: yamlPath).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let plan: KPIImport.Plan
        do {
            plan = try KPIImport.plan(workspace: ws, data: data, file: file, csv: csv, csvFile: csvPath, replace: replace) { text in
                do {
                    _ = try Workspace.parse(yaml: yaml, file: yamlPath, csv: text, csvFile: csvPath, platforms: loaded.platforms)
                    return nil
                } catch {
                    return (error as? DiagnosticError)?.formatted() ?? String(describing: error)
                }
            }
        } catch {
            StandardError.write("smkit: \(error)")
            throw ExitCode(1)
        }
        var out = "\(file): \(plan.organization)\n"
        for e in plan.entries {
            let value = KPIImportCommand.text(e.value)
            switch e.status {
            case .added: out += "  added      \(e.key) \(e.date) \(value)\n"
            case .unchanged: out += "  skipped    \(e.key) \(e.date) \(value) (already in \(e.existingAt ?? "the workspace"))\n"
            case .replaced: out += "  replaced   \(e.key) \(e.date) \(value) (was \(KPIImportCommand.text(e.existing ?? 0)) at \(e.existingAt ?? ""))\n"
            case .conflict: out += "  conflict   \(e.key) \(e.date) \(value) (\(e.existingAt ?? "the workspace") has \(KPIImportCommand.text(e.existing ?? 0)))\n"
            }
        }
        for (key, reason) in plan.notImported { out += "  not imported \(key): \(reason)\n" }
        let summary = "\(plan.count(.added)) added, \(plan.count(.unchanged)) skipped (already there), \(plan.count(.replaced)) replaced, \(plan.conflicts.count) conflict(s)"
        if !plan.conflicts.isEmpty {
            try CommandOutput.emit(out, to: nil)
            StandardError.write("smkit: \(plan.conflicts.count) value(s) of \(file) differ from those in the workspace; nothing was written. Give --replace to take the export's values (values in strategy.yaml must be edited there).")
            throw ExitCode(1)
        }
        if dryRun {
            try CommandOutput.emit(out + summary + "; dry run: \(csvPath) not written\n", to: nil)
            return
        }
        if let bytes = plan.csv {
            // Replaced as a whole (temporary file + rename), so a failure leaves the old file.
            try CommandOutput.emit(bytes, to: csvPath, force: true)
            out += summary + "; wrote \(csvPath)\n"
        } else {
            out += summary + "; \(csvPath) unchanged\n"
        }
        try CommandOutput.emit(out, to: nil)
    }

    /// Imports the export; a single-profile export without a competitor column is taken as the organisation's.
    static func load(_ file: String, options: ImportOptions, organization: Organization) throws -> BenchmarkData {
        do {
            return try BenchmarkImporter.load(path: file, options: options)
        } catch let error as ImportError where options.competitor == nil
            && error.diagnostics.contains(where: { $0.code == .missingColumn && $0.field == BenchmarkField.competitor.rawValue }) {
            var own = options
            own.competitor = organization.namesInExports.first ?? organization.name
            return try BenchmarkImporter.load(path: file, options: own)
        }
    }

    static func text(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
