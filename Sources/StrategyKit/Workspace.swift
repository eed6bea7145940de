/// A strategy workspace: the organisation, its goals, strategy drafts and KPI series.
///
/// On disk a workspace is a folder with `strategy.yaml` and optionally `kpis.csv`
/// (see `docs/workspace.md`); ``load(directory:platforms:)`` reads it.
public struct Workspace: Sendable, Hashable, Codable {
    /// The folder the workspace was loaded from (empty when parsed from text).
    public var directory: String
    /// The day the current state describes; goals without `start` start here.
    public var asOf: CalendarDate
    /// The organisation's current state.
    public var organization: Organization
    /// Goals.
    public var goals: [Goal]
    /// Strategy drafts.
    public var drafts: [StrategyDraft]
    /// KPI series from `kpis:` and `kpis.csv`.
    public var kpis: [KPISeries]
    /// Warnings found while loading (errors are thrown instead).
    public var warnings: [Diagnostic]
    /// How the workspace's competitor export is written (`competitor_data:` in strategy.yaml):
    /// `file`, `delimiter`, `decimal`, `thousands`, `date_format`, `encoding`, `header_row`,
    /// `sheet`, `as_of`, `competitor`, `platform`, as the `smkit benchmark` flags of the same names.
    public var competitorData: [String: String]?

    /// Creates a workspace in memory.
    public init(directory: String = "", asOf: CalendarDate, organization: Organization, goals: [Goal] = [],
                drafts: [StrategyDraft] = [], kpis: [KPISeries] = [], warnings: [Diagnostic] = []) {
        self.directory = directory
        self.asOf = asOf
        self.organization = organization
        self.goals = goals
        self.drafts = drafts
        self.kpis = kpis
        self.warnings = warnings
    }

    /// The ids of the platforms shipped in `Plugins/`, used to check references when no
    /// registry is given.
    public static let builtInPlatformIDs = ["facebook", "instagram", "linkedin", "pinterest", "tiktok", "x", "xing", "youtube"]

    /// The goal with this id.
    public func goal(_ id: String) -> Goal? { goals.first { $0.id == id } }

    /// The draft with this id.
    public func draft(_ id: String) -> StrategyDraft? { drafts.first { $0.id == id } }
}
