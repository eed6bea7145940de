/// How well a platform serves one business benefit.
public struct BenefitFit: Sendable, Hashable, Codable {
    /// The benefit.
    public var benefit: BenefitID
    /// The fit level.
    public var fit: FitLevel

    /// Creates a benefit fit.
    public init(benefit: BenefitID, fit: FitLevel) {
        self.benefit = benefit
        self.fit = fit
    }
}
