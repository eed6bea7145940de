/// A goal: move one KPI of one benefit from a baseline to a target by a deadline, owned by someone.
public struct Goal: Sendable, Hashable, Codable, Identifiable {
    /// Stable id within the workspace.
    public var id: String
    /// Short title for reports.
    public var title: LocalizedText?
    /// The business benefit the goal serves.
    public var benefit: BenefitID
    /// The KPI id that measures it (see ``BenefitCatalog``).
    public var kpi: String
    /// The platform the KPI is measured on, if it is platform-specific.
    public var platform: String?
    /// The KPI value at the start.
    public var baseline: Double?
    /// The KPI value to reach.
    public var target: Double?
    /// When work on the goal starts; defaults to the workspace's `as_of` date.
    public var start: CalendarDate?
    /// When the target must be reached.
    public var deadline: CalendarDate?
    /// Who is accountable.
    public var owner: String?
    /// Hours per week planned for the work on this goal.
    public var hoursPerWeek: Double?

    /// Creates a goal.
    public init(id: String, title: LocalizedText? = nil, benefit: BenefitID, kpi: String,
                platform: String? = nil, baseline: Double? = nil, target: Double? = nil,
                start: CalendarDate? = nil, deadline: CalendarDate? = nil, owner: String? = nil,
                hoursPerWeek: Double? = nil) {
        self.id = id
        self.title = title
        self.benefit = benefit
        self.kpi = kpi
        self.platform = platform
        self.baseline = baseline
        self.target = target
        self.start = start
        self.deadline = deadline
        self.owner = owner
        self.hoursPerWeek = hoursPerWeek
    }
}
