public import StrategyKit

/// `smkit report --format json`: the analyses of a workspace as data
/// (docs/schemas/report.schema.json).
///
/// The inputs and results as StrategyKit computed them, texts in both languages
/// (`{"de", "en"}`), ids rather than display names, dates as `YYYY-MM-DD`; the competitor
/// benchmark is its data (``BenchmarkJSON``), not the rendered tables. Nothing depends on
/// `--lang`: a German and an English run write the same bytes.
public struct ReportJSON: Sendable, Codable {
    /// Names the layout; the schema's `const`.
    public var schema = ReportJSON.schemaID
    public var generatedOn: CalendarDate
    public var inputs: Inputs
    public var asOf: CalendarDate
    public var organization: Organization
    public var goals: [Goal]
    public var smart: [SMARTResult]
    public var progress: [GoalProgress]
    public var platformRanking: PlatformRanking
    public var rankingSettings: StrategyReport.RankingSettings
    public var scorers: [ScorerReference]
    public var draftScores: [DraftScore]
    public var drafts: [StrategyDraft]
    public var evaluations: [DraftEvaluation]
    public var decisionMatrix: DecisionMatrix
    public var assumptionChecks: [AssumptionCheck]
    public var kpis: [KPISeries]
    public var platformSources: [StrategyReport.PlatformSourceList]
    /// The competitor benchmark when the workspace has competitor data.
    public var benchmark: BenchmarkJSON?
    public var disclaimer: LocalizedText

    /// The schema id written in `schema`.
    public static let schemaID = "smkit.strategy-report/2"

    /// What the report was computed from; load warnings as positions with both languages.
    public struct Inputs: Sendable, Codable {
        public var workspace: String
        public var files: [String]
        public var platformDirectory: String?
        public var platforms: [String]
        public var warnings: [Diagnostic]
    }

    /// The data of a report.
    public init(_ report: StrategyReport) {
        generatedOn = report.generatedOn
        inputs = Inputs(workspace: report.inputs.workspace, files: report.inputs.files,
                        platformDirectory: report.inputs.platformDirectory, platforms: report.inputs.platforms,
                        warnings: report.loadWarnings)
        asOf = report.asOf
        organization = report.organization
        goals = report.goals
        smart = report.smart
        progress = report.progress
        platformRanking = report.platformRanking
        rankingSettings = report.rankingSettings
        scorers = report.scorers
        draftScores = report.draftScores
        drafts = report.drafts
        evaluations = report.evaluations
        decisionMatrix = report.decisionMatrix
        assumptionChecks = report.assumptionChecks
        kpis = report.kpis
        platformSources = report.platformSources
        benchmark = report.benchmark
        disclaimer = report.disclaimer
    }
}
