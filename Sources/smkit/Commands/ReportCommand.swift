import ArgumentParser
import StrategyDocuments
import StrategyKit
import StrategyScripting

/// `smkit report`: the strategy report for a workspace, in four formats and two languages.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the strategy report for a workspace.",
        discussion: """
            Current state, goals with SMART and feasibility, platform ranking with the channel \
            count the team can carry, drafts compared in a decision matrix, KPI progress and \
            flagged assumptions. Platforms are every loaded plugin's (built-in, installed, the \
            workspace's plugins/ …; see docs/plugins.md). --scorer picks the platform scorer and the \
            draft scorer by id (smkit plugin list shows them); the defaults are platform-fit and pbsm. \
            Not legal advice.
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

    @Option(name: .customLong("scorer"),
            help: "A scorer by id: one for platforms, one for drafts (repeatable; default platform-fit and pbsm).")
    var scorers: [String] = []

    func run() throws {
        let language = lang.language
        let (run, loaded) = try PluginRun.loadForCommand(workspace, language: language)
        let selection: ScorerSelection
        do {
            selection = try run.selectScorers(scorers)
        } catch {
            StandardError.write("smkit: \(error)")
            throw ExitCode(1)
        }
        let platformScorer = selection.platform ?? .platformFit
        let draftScorer = selection.draft ?? .pbsm
        let ranking: PlatformRanking
        var draftScores: [DraftScore] = []
        do {
            ranking = try run.rankPlatforms(loaded.workspace, scorer: platformScorer)
            if draftScorer.pluginID != nil { draftScores = try run.scoreDrafts(loaded.workspace, scorer: draftScorer) }
        } catch {
            StandardError.write("smkit: \(error)")
            throw ExitCode(1)
        }
        // Competitor data beside strategy.yaml adds a benchmark section.
        var extra: [ReportSection] = []
        var benchmark: BenchmarkJSON?
        do {
            if var (result, missing) = try WorkspaceBenchmark.compute(loaded.workspace) {
                benchmark = BenchmarkJSON(result, organizationMissing: missing)
                if let missing { result.warnings.append(missing.message.text(in: language)) }
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
                                    platformScorer: platformScorer, ranking: ranking, draftScorer: draftScorer,
                                    draftScores: draftScores, extraSections: extra, benchmark: benchmark)
        try CommandOutput.emit(report.rendered(as: format.output, language: language), to: output, force: force)
    }
}
