/// The pbsm evaluation of one draft: four explained scores and the resource balance.
public struct DraftEvaluation: Sendable, Hashable, Codable {
    /// The draft evaluated.
    public var draftID: String
    /// The draft's name.
    public var draftName: LocalizedText
    /// Achievable company benefit, 0...1.
    public var companyBenefit: Score
    /// Resources available versus needed, 0...1 (1 = fully covered).
    public var resourceFit: Score
    /// Risk from assumptions, prerequisites and named risks, 0 (safe) ... 1 (risky).
    public var risk: Score
    /// Competitive quality, 0...1.
    public var competitiveQuality: Score
    /// Hours per week the draft needs.
    public var hoursNeeded: Double
    /// Hours per week the organisation has.
    public var hoursAvailable: Double
    /// Budget per month the draft needs.
    public var budgetNeeded: Double
    /// Budget per month the organisation has.
    public var budgetAvailable: Double

    /// The score for a criterion, as computed (risk not inverted).
    public func score(for criterion: DecisionCriterion) -> Score {
        switch criterion {
        case .companyBenefit: companyBenefit
        case .resourceFit: resourceFit
        case .risk: risk
        case .competitiveQuality: competitiveQuality
        }
    }

    /// The value where higher is better: the score, or `1 − risk` for risk.
    public func merit(for criterion: DecisionCriterion) -> Double {
        criterion == .risk ? 1 - risk.value : score(for: criterion).value
    }
}
