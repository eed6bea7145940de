/// A competitive advantage a draft creates, with its durability.
public struct CompetitiveAdvantage: Sendable, Hashable, Codable {
    /// What the advantage is.
    public var text: LocalizedText
    /// How long it lasts.
    public var durability: Durability
    /// Against which competitors it counts, if stated.
    public var against: CompetitorKind?

    /// Creates an advantage.
    public init(text: LocalizedText, durability: Durability, against: CompetitorKind? = nil) {
        self.text = text
        self.durability = durability
        self.against = against
    }
}
