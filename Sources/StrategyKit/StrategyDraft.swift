/// A strategy draft (Strategieentwurf) after pbsm: what it delivers, what it assumes, what it needs.
public struct StrategyDraft: Sendable, Hashable, Codable, Identifiable {
    /// Stable id within the workspace.
    public var id: String
    /// Name shown in reports.
    public var name: LocalizedText
    /// The idea in one or two sentences.
    public var summary: LocalizedText?
    /// Expected contribution per business benefit.
    public var benefits: [DraftBenefit]
    /// Topics, user benefit, formats, participation, motivation, channels.
    public var components: DraftComponents
    /// Assumptions and prerequisites with their certainty.
    public var assumptions: [Assumption]
    /// Resources the draft needs; when it names no hours, the channels' typical effort is used.
    public var resources: Resources
    /// Named risks.
    public var risks: [DraftRisk]
    /// Competitive advantages it creates.
    public var advantages: [CompetitiveAdvantage]

    /// Creates a draft.
    public init(id: String, name: LocalizedText, summary: LocalizedText? = nil,
                benefits: [DraftBenefit] = [], components: DraftComponents = DraftComponents(),
                assumptions: [Assumption] = [], resources: Resources = Resources(),
                risks: [DraftRisk] = [], advantages: [CompetitiveAdvantage] = []) {
        self.id = id
        self.name = name
        self.summary = summary
        self.benefits = benefits
        self.components = components
        self.assumptions = assumptions
        self.resources = resources
        self.risks = risks
        self.advantages = advantages
    }

    /// The expected contribution to a benefit (`none` when the draft does not name it).
    public func level(for benefit: BenefitID) -> FitLevel {
        benefits.first { $0.benefit == benefit }?.level ?? .none
    }
}
