public import StrategyKit

/// One case from a plugin's `tests/*.yaml`: an input and the findings it must and must not produce.
public struct PluginTestCase: Sendable, Hashable {
    /// What the case shows, e.g. "share to enter".
    public var name: String
    /// `file:line:column` of the case, for failure messages.
    public var location: String
    /// The contest or post to check (nil for scorer, presence and workspace cases).
    public var subject: CheckSubject?
    /// For presence cases: the presence to check.
    public var presence: Presence?
    /// For presence cases: the day the presence is seen from (`as_of`).
    public var asOf: CalendarDate?
    /// For workspace cases: which of the workspace's subjects to check.
    public var workspaceSubject: WorkspaceSubject?
    /// Platforms to check for instead of the subject's own.
    public var platforms: [String]?
    /// Rule ids that must be reported.
    public var expect: [String]
    /// Rule ids that must not be reported.
    public var absent: [String]
    /// For scorer cases: the scorer id.
    public var scorer: String?
    /// For scorer and workspace cases: the workspace folder, relative paths resolved against the test file.
    public var workspace: String?
    /// For scorer cases: the draft id in that workspace.
    public var draft: String?
    /// For scorer cases: the lowest allowed value.
    public var minimum: Double?
    /// For scorer cases: the highest allowed value.
    public var maximum: Double?

    /// Creates a case.
    public init(name: String, location: String, subject: CheckSubject? = nil, platforms: [String]? = nil,
                expect: [String] = [], absent: [String] = [], scorer: String? = nil, workspace: String? = nil,
                draft: String? = nil, minimum: Double? = nil, maximum: Double? = nil) {
        self.name = name
        self.location = location
        self.subject = subject
        self.platforms = platforms
        self.expect = expect
        self.absent = absent
        self.scorer = scorer
        self.workspace = workspace
        self.draft = draft
        self.minimum = minimum
        self.maximum = maximum
    }

    /// What a workspace case checks (`subject:` in the test file).
    public enum WorkspaceSubject: String, Sendable, Hashable, CaseIterable {
        /// The strategy subject of the workspace.
        case strategy
        /// Every presence in `organization.presences`.
        case presences
    }
}
