/// Consent to advertising asked for together with a contest entry.
public struct AdvertisingConsent: Sendable, Hashable, Codable {
    /// Entrants are asked for consent to advertising.
    public var requested: Bool?
    /// The consent is a separate, optional step, not part of entering.
    public var separate: Bool?
    /// The consent box is ticked in advance.
    public var preTicked: Bool?
    /// How many sponsors the consent names.
    public var sponsors: Int?

    enum CodingKeys: String, CodingKey {
        case requested, separate, sponsors
        case preTicked = "pre_ticked"
    }

    /// Creates a consent description.
    public init(requested: Bool? = nil, separate: Bool? = nil, preTicked: Bool? = nil, sponsors: Int? = nil) {
        self.requested = requested
        self.separate = separate
        self.preTicked = preTicked
        self.sponsors = sponsors
    }
}
