public import StrategyKit

/// The strategy report: every analysis of a workspace in one value, ready to render.
///
/// It holds the inputs and the results exactly as StrategyKit computed them (with their
/// terms and reasons), so the JSON form (``ReportJSON``) is complete and every number in the
/// rendered forms can be traced back. Rendering picks a language and a format; ``extraSections`` is the
/// extension point for sections other components add (benchmarks, plugin findings).
public struct StrategyReport: Sendable, Codable {
    /// The day the report was generated.
    public var generatedOn: CalendarDate
    /// What the report was computed from.
    public var inputs: ReportInputs
    /// The day the workspace's current state describes.
    public var asOf: CalendarDate
    /// The organisation's current state.
    public var organization: Organization
    /// The goals as written.
    public var goals: [Goal]
    /// SMART check per goal, including its feasibility assessment.
    public var smart: [SMARTResult]
    /// KPI progress per goal.
    public var progress: [GoalProgress]
    /// The platform ranking with its terms and channel capacity.
    public var platformRanking: PlatformRanking
    /// The scorer settings behind the ranking.
    public var rankingSettings: RankingSettings
    /// The scorers used: the one that ranked the platforms, then the one that scored the drafts.
    public var scorers: [ScorerReference]
    /// The drafts scored by a draft scorer other than pbsm (empty with pbsm, whose evaluation is ``evaluations``).
    public var draftScores: [DraftScore]
    /// The drafts as written.
    public var drafts: [StrategyDraft]
    /// The pbsm evaluation per draft.
    public var evaluations: [DraftEvaluation]
    /// The drafts compared.
    public var decisionMatrix: DecisionMatrix
    /// Each assumption checked against its monitored KPI.
    public var assumptionChecks: [AssumptionCheck]
    /// The KPI series used.
    public var kpis: [KPISeries]
    /// Where each platform's figures come from.
    public var platformSources: [PlatformSourceList]
    /// Sections added by other components, rendered after the built-in ones (not in the JSON).
    public var extraSections: [ReportSection]
    /// The competitor benchmark as data, for the JSON form (its rendered form is among ``extraSections``).
    public var benchmark: BenchmarkJSON?
    /// The warnings of loading the workspace, with positions and both languages.
    public var loadWarnings: [Diagnostic]
    /// The reminder that output about rules is not legal advice.
    public var disclaimer: LocalizedText

    /// The settings of the platform scorer, reported so the capacity can be recomputed by hand.
    public struct RankingSettings: Sendable, Hashable, Codable {
        /// Term weights.
        public var weights: PlatformFitWeights
        /// Share of hours kept for strategy, monitoring and reporting.
        public var overheadShare: Double
        /// Most channels ever recommended.
        public var maxRecommendedChannels: Int
    }

    /// The sources of one platform's data.
    public struct PlatformSourceList: Sendable, Hashable, Codable {
        /// Platform id.
        public var id: String
        /// Platform name.
        public var name: String
        /// Sources with the day they were read.
        public var sources: [SourceReference]
        /// Caveats about the data.
        public var notes: [LocalizedText]
    }

    /// The standard disclaimer.
    public static let notLegalAdvice = LocalizedText(
        de: "Kein Rechtsrat: Angaben zu Plattformregeln und Recht sind Hinweise mit Quellenangabe und Lesedatum; Regeln ändern sich ohne Ankündigung. Vor Entscheidungen die Quellen prüfen und bei Rechtsfragen fachkundig beraten lassen.",
        en: "Not legal advice: statements about platform rules and law are pointers with their source and the date it was read; rules change without notice. Check the sources before deciding and get qualified advice on legal questions.")

    /// Computes every analysis of a workspace.
    /// - Parameters:
    ///   - workspace: the loaded workspace.
    ///   - platforms: the registry the workspace was checked against.
    ///   - generatedOn: the generation day (the caller decides, so tests and reproducible builds can fix it).
    ///   - inputs: the files and folders the report came from.
    ///   - scorer: the platform scorer; its settings are reported.
    ///   - ranking: the ranking when another scorer than `platform-fit` made it (`platformScorer` names it).
    ///   - draftScores: the drafts' scores when another scorer than `pbsm` made them (`draftScorer` names it).
    ///   - weights: the decision-matrix weights.
    ///   - extraSections: sections added by other components.
    ///   - benchmark: the competitor benchmark as data, for the JSON form.
    public init(workspace: Workspace, platforms: PlatformRegistry, generatedOn: CalendarDate, inputs: ReportInputs,
                scorer: PlatformFitScorer = PlatformFitScorer(), platformScorer: ScorerReference = .platformFit,
                ranking: PlatformRanking? = nil, draftScorer: ScorerReference = .pbsm, draftScores: [DraftScore] = [],
                weights: DecisionWeights = .default, extraSections: [ReportSection] = [],
                benchmark: BenchmarkJSON? = nil) {
        self.generatedOn = generatedOn
        self.inputs = inputs
        self.asOf = workspace.asOf
        self.organization = workspace.organization
        self.goals = workspace.goals
        self.smart = workspace.smartResults()
        self.progress = workspace.progress()
        self.platformRanking = ranking ?? workspace.platformRanking(platforms: platforms, scorer: scorer)
        self.scorers = [platformScorer, draftScorer]
        self.draftScores = draftScores
        self.rankingSettings = RankingSettings(weights: scorer.weights, overheadShare: scorer.overheadShare,
                                               maxRecommendedChannels: scorer.maxRecommendedChannels)
        self.drafts = workspace.drafts
        self.evaluations = workspace.evaluations(platforms: platforms)
        self.decisionMatrix = DecisionMatrix(evaluations: evaluations, weights: weights)
        self.assumptionChecks = workspace.assumptionChecks()
        self.kpis = workspace.kpis
        self.platformSources = platforms.platforms.map {
            PlatformSourceList(id: $0.id, name: $0.name, sources: $0.sources, notes: $0.notes)
        }
        self.extraSections = extraSections
        self.benchmark = benchmark
        self.loadWarnings = workspace.warnings
        self.disclaimer = Self.notLegalAdvice
    }

    /// The report in a format and language.
    public func rendered(as format: OutputFormat, language: Language) -> String {
        format == .json ? JSONOutput.encode(ReportJSON(self)) : document(language: language).rendered(as: format)
    }
}
