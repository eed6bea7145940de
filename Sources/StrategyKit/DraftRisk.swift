/// A named risk of a draft, e.g. a competitor's reaction.
public struct DraftRisk: Sendable, Hashable, Codable {
    /// What could happen.
    public var text: LocalizedText
    /// How likely, 0...1.
    public var likelihood: Double
    /// How bad.
    public var impact: Impact

    /// Creates a risk.
    public init(text: LocalizedText, likelihood: Double, impact: Impact) {
        self.text = text
        self.likelihood = likelihood
        self.impact = impact
    }
}
