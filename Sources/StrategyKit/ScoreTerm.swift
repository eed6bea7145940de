/// One explained part of a ``Score``: what was measured, its value, its weight and why.
public struct ScoreTerm: Sendable, Hashable, Codable {
    /// What this term measures.
    public var label: LocalizedText
    /// The term's value, usually 0...1.
    public var value: Double
    /// The weight of this term in its score.
    public var weight: Double
    /// Why the term has this value, with the numbers that led to it.
    public var reason: LocalizedText

    /// Creates a term.
    public init(label: LocalizedText, value: Double, weight: Double, reason: LocalizedText) {
        self.label = label
        self.value = value
        self.weight = weight
        self.reason = reason
    }

    /// `value × weight`, the term's share before normalising by the total weight.
    public var contribution: Double { value * weight }
}
