/// A maximum text length on a platform, e.g. 280 characters for a post on X.
public struct TextLimit: Sendable, Hashable, Codable {
    /// What the limit applies to, e.g. "post", "caption", "bio", "title".
    public var field: String
    /// The maximum number of characters.
    public var characters: Int
    /// Where the limit is documented.
    public var source: String?
    /// How the platform counts (weighted characters, URLs), when it matters.
    public var note: String?

    /// Creates a text limit.
    public init(field: String, characters: Int, source: String? = nil, note: String? = nil) {
        self.field = field
        self.characters = characters
        self.source = source
        self.note = note
    }
}
