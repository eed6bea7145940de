/// Whether content is advertising and how it is labelled.
public struct AdDisclosure: Sendable, Hashable, Codable {
    /// The content is commercial: paid, gifted, or promoting the author's own or a partner's business.
    public var commercial: Bool?
    /// The brand behind it, when it is not the author.
    public var sponsor: String?
    /// The label shown, e.g. "Werbung" or "Anzeige".
    public var label: String?
    /// The platform's own label is switched on (paid partnership, branded content).
    public var platformLabel: Bool?

    enum CodingKeys: String, CodingKey {
        case commercial, sponsor, label
        case platformLabel = "platform_label"
    }

    /// Creates a disclosure description.
    public init(commercial: Bool? = nil, sponsor: String? = nil, label: String? = nil, platformLabel: Bool? = nil) {
        self.commercial = commercial
        self.sponsor = sponsor
        self.label = label
        self.platformLabel = platformLabel
    }
}
