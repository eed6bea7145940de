/// How much a draft is expected to contribute to one business benefit.
public struct DraftBenefit: Sendable, Hashable, Codable {
    /// The benefit.
    public var benefit: BenefitID
    /// The expected contribution.
    public var level: FitLevel

    /// Creates a draft benefit.
    public init(benefit: BenefitID, level: FitLevel) {
        self.benefit = benefit
        self.level = level
    }
}
