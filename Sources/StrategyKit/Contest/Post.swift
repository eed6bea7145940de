/// A planned post on one platform; hashtags, mentions and links are derived from its text.
public struct Post: Sendable, Hashable, Codable {
    /// A short id for reports (the file name when not given).
    public var id: String
    /// The platform id, e.g. `instagram`.
    public var platform: String
    /// A title, where the platform has one (YouTube).
    public var title: String?
    /// The post text (caption, description).
    public var text: String
    /// The language of the text.
    public var language: Language?
    /// Pictures and videos.
    public var media: [PostMedia]
    /// Whether the post is advertising and how it is labelled.
    public var adDisclosure: AdDisclosure
    /// Hashtags in ``text`` (derived).
    public private(set) var hashtags: [String]
    /// Mentions in ``text`` (derived).
    public private(set) var mentions: [String]
    /// Links in ``text`` (derived).
    public private(set) var links: [String]

    enum CodingKeys: String, CodingKey {
        case id, platform, title, text, language, media, hashtags, mentions, links
        case adDisclosure = "ad_disclosure"
    }

    /// Creates a post; hashtags, mentions and links are read from `text`.
    public init(id: String, platform: String, title: String? = nil, text: String, language: Language? = nil,
                media: [PostMedia] = [], adDisclosure: AdDisclosure = AdDisclosure()) {
        self.id = id
        self.platform = platform
        self.title = title
        self.text = text
        self.language = language
        self.media = media
        self.adDisclosure = adDisclosure
        self.hashtags = TextEntities.hashtags(in: text)
        self.mentions = TextEntities.mentions(in: text)
        self.links = TextEntities.links(in: text)
    }
}
