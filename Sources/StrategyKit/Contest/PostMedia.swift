/// A picture or video attached to a post.
public struct PostMedia: Sendable, Hashable, Codable {
    /// What kind of medium it is.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case image, video, carousel, audio, document
    }

    /// What kind of medium it is.
    public var kind: Kind
    /// The text alternative for people who cannot see it.
    public var altText: String?
    /// The handles tagged in it.
    public var tagged: [String]

    enum CodingKeys: String, CodingKey {
        case kind, tagged
        case altText = "alt_text"
    }

    /// Creates a medium.
    public init(kind: Kind, altText: String? = nil, tagged: [String] = []) {
        self.kind = kind
        self.altText = altText
        self.tagged = tagged
    }
}
