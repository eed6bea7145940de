import ArgumentParser
import BenchmarkKit
import Foundation
import LuaHost
import StrategyDocuments
import StrategyKit
import StrategyScripting

/// `smkit benchmark`: competitor metrics with their definitions, ranks, gaps and trends.
struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark",
        abstract: "Compare competitors from an export (CSV, XLSX or JSON).",
        discussion: """
            Every metric prints its definition (numerator, denominator, aggregation) and source. \
            Columns of common exports are recognised by name (see docs/benchmark.md). \
            Custom metrics: --lua FILE with smkit.metric { ... } definitions.
            """
    )

    @Argument(help: "The competitor data: a CSV, XLSX or JSON export.")
    var data: String?

    @Option(help: "A workspace whose organisation is the one compared (its name picks the competitor).")
    var workspace: String?

    @Option(help: "The competitor that is your organisation (overrides --workspace).")
    var organization: String?

    @Option(name: .customLong("metric"), help: "Only these metric ids (repeatable); default: all.")
    var metrics: [String] = []

    @Option(help: "Output format: text, markdown, html or json.")
    var format: ReportCommand.Format = .text

    @Option(help: "Language: de or en.")
    var lang: ReportCommand.LanguageOption = .de

    @Option(name: .customLong("lua"), help: "A Lua file that defines custom metrics with smkit.metric.")
    var script: String?

    @Flag(name: .customLong("skip-invalid"), help: "Skip bad rows (and say how many) instead of failing.")
    var skipInvalid = false

    @OptionGroup(title: "How the export is written (detected when not given)")
    var importFlags: ImportFlags

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "Replace an existing output file.")
    var force = false

    func validate() throws {
        if data == nil && !importFlags.listsPresets { throw ValidationError("Missing expected argument '<data>'") }
    }

    func run() throws {
        if importFlags.listsPresets {
            try CommandOutput.emit(ImportMapping.presetListing(), to: nil)
            return
        }
        guard let data else { return }
        let language = lang.language
        var ownNames = organization.map { [$0] } ?? []
        if organization == nil, let workspace {
            ownNames = try PluginRun.loadForCommand(workspace, language: language).loaded.workspace.organization.namesInExports
        }
        // The rows are released before the output is built: both are large at a million rows.
        var (result, missing) = try compute(ownNames: ownNames)
        if format == .json {
            // Streamed and compact: a million-row result has large trend tables.
            let json: Data
            do { json = try StreamingJSONEncoder().encode(BenchmarkJSON(result, organizationMissing: missing)) } catch {
                StandardError.write("smkit: cannot encode the result: \(error)")
                throw ExitCode(1)
            }
            try CommandOutput.emit(json, to: output, force: force)
        } else {
            if let missing { result.warnings.append(missing.message.text(in: language)) }
            let report = BenchmarkReport(result: result, language: language, generatedOn: GenerationDate.today(),
                                         inputs: [data])
            try CommandOutput.emit(report.document.rendered(as: format.output), to: output, force: force)
        }
    }

    /// Imports the data and computes the metrics; the note of an organisation that is not in the
    /// data comes apart, in both languages.
    private func compute(ownNames: [String]) throws -> (BenchmarkResult, BenchmarkJSON.OrganizationMissing?) {
        let data = self.data ?? ""
        var options = ImportOptions()
        options.skipInvalidRows = skipInvalid
        try importFlags.apply(to: &options)
        let imported: BenchmarkData
        do {
            imported = try BenchmarkImporter.load(path: data, options: options)
        } catch {
            StandardError.write(String(describing: error))
            throw ExitCode(1)
        }
        if imported.report.rowsSkipped > 0 {
            StandardError.write("smkit: skipped \(imported.report.rowsSkipped) invalid row(s) of \(data)")
            for diagnostic in imported.report.diagnostics.prefix(10) { StandardError.write("  \(diagnostic)") }
        }

        var available = Metric.defaults
        var lua: LuaState?  // custom metrics call into it while the engine runs
        if let script {
            do {
                let context = SmkitContext(language: lang.language)
                let state = try LuaState(profile: .trusted)
                try SmkitModule.install(in: state, context: context)
                try state.runFile(script)
                available += context.customMetrics
                lua = state
            } catch let error as LuaError {
                StandardError.write("smkit: \(error.description)")
                throw ExitCode(1)
            }
        }
        var selected = available
        if !metrics.isEmpty {
            selected = []
            for id in metrics {
                guard let metric = available.first(where: { $0.id == id }) else {
                    let known = available.map(\.id).joined(separator: ", ")
                    StandardError.write("smkit: unknown metric '\(id)'; known: \(known)")
                    throw ExitCode(1)
                }
                selected.append(metric)
            }
        }
        let own = ownNames.lazy.compactMap { WorkspaceBenchmark.organization(named: $0, among: imported.competitors) }.first
        let missing = !ownNames.isEmpty && own == nil
        if missing {
            let names = ownNames.map { "'\($0)'" }.joined(separator: ", ")
            let hint = workspace != nil && organization == nil ? " (add the name the export uses under organization.export_names in strategy.yaml)" : ""
            StandardError.write("smkit: warning: \(names) is not among the competitors in \(data); gaps are left out\(hint)")
        }
        let result = BenchmarkEngine.run(imported, options: BenchmarkOptions(organization: own, metrics: selected))
        let note = missing ? BenchmarkJSON.OrganizationMissing(names: ownNames, message: LocalizedText(
            de: "Die Organisation (\(ownNames.joined(separator: ", "))) kommt in den Daten nicht vor; Abstände fehlen.",
            en: "The organisation (\(ownNames.joined(separator: ", "))) is not in the data; gaps are left out.")) : nil
        withExtendedLifetime(lua) {}
        return (result, note)
    }
}
