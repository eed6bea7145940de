import ArgumentParser
import StrategyDocuments
import StrategyKit

/// `smkit report`: the strategy report for a workspace, in four formats and two languages.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the strategy report for a workspace.",
        discussion: """
            Current state, goals with SMART and feasibility, platform ranking with the channel \
            count the team can carry, drafts compared in a decision matrix, KPI progress and \
            flagged assumptions. Platforms come from the built-in Plugins/ folder \
            (override with SMKIT_PLUGINS_DIR). Not legal advice.
            """
    )

    /// The output formats the report supports.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, html, json
        var output: OutputFormat { OutputFormat(rawValue: rawValue)! }
    }

    /// The languages documents are written in.
    enum LanguageOption: String, ExpressibleByArgument, CaseIterable {
        case de, en
        var language: Language { Language(rawValue: rawValue)! }
    }

    @Argument(help: "The workspace folder (with strategy.yaml).")
    var workspace: String

    @Option(help: "Output format: text, markdown, html or json.")
    var format: Format = .text

    @Option(help: "Language: de or en.")
    var lang: LanguageOption = .de

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "Replace an existing output file.")
    var force = false

    func run() throws {
        let language = lang.language
        let loaded = try LoadedWorkspace.loadForCommand(workspace, language: language)
        // Competitor data beside strategy.yaml adds a benchmark section.
        var extra: [ReportSection] = []
        do {
            if let result = try WorkspaceBenchmark.run(loaded.workspace, language: language) {
                let file = WorkspaceBenchmark.dataFile(in: loaded.workspace) ?? ""
                extra = BenchmarkReport(result: result, language: language, generatedOn: GenerationDate.today(),
                                        inputs: [file]).sections(includeDefinitions: true)
            }
        } catch {
            StandardError.write(String(describing: error))
            throw ExitCode(1)
        }
        let report = StrategyReport(workspace: loaded.workspace, platforms: loaded.platforms,
                                    generatedOn: GenerationDate.today(), inputs: loaded.inputs(language: language),
                                    extraSections: extra)
        try CommandOutput.emit(report.rendered(as: format.output, language: language), to: output, force: force)
    }
}
