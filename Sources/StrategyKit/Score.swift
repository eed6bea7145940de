/// A number that explains itself: a value plus the weighted terms it was computed from.
public struct Score: Sendable, Hashable, Codable {
    /// The resulting value, 0...1 unless the producer documents otherwise.
    public var value: Double
    /// The terms behind the value, in the order they were computed.
    public var terms: [ScoreTerm]

    /// Creates a score from an explicit value and its terms.
    public init(value: Double, terms: [ScoreTerm]) {
        self.value = value
        self.terms = terms
    }

    /// The weighted mean of the terms: `Σ value·weight / Σ weight` (0 when there is no weight).
    public static func weightedMean(_ terms: [ScoreTerm]) -> Score {
        let totalWeight = terms.reduce(0) { $0 + $1.weight }
        let sum = terms.reduce(0) { $0 + $1.contribution }
        return Score(value: totalWeight > 0 ? sum / totalWeight : 0, terms: terms)
    }
}
