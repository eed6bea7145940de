/// How much each criterion counts in a ``DecisionMatrix``.
public struct DecisionWeights: Sendable, Hashable, Codable {
    /// Weight of company benefit.
    public var companyBenefit: Double
    /// Weight of resource fit.
    public var resourceFit: Double
    /// Weight of (inverted) risk.
    public var risk: Double
    /// Weight of competitive quality.
    public var competitiveQuality: Double

    /// Creates weights; they need not sum to 1 (totals are normalised).
    public init(companyBenefit: Double, resourceFit: Double, risk: Double, competitiveQuality: Double) {
        self.companyBenefit = companyBenefit
        self.resourceFit = resourceFit
        self.risk = risk
        self.competitiveQuality = competitiveQuality
    }

    /// Default: benefit 0.35, resources 0.25, risk 0.2, competitive quality 0.2.
    /// Benefit first because pbsm evaluates a strategy by what it achieves for the business.
    public static let `default` = DecisionWeights(companyBenefit: 0.35, resourceFit: 0.25, risk: 0.2,
                                                  competitiveQuality: 0.2)

    /// The weight of one criterion.
    public func weight(for criterion: DecisionCriterion) -> Double {
        switch criterion {
        case .companyBenefit: companyBenefit
        case .resourceFit: resourceFit
        case .risk: risk
        case .competitiveQuality: competitiveQuality
        }
    }
}
