/// Consent to advertising asked for together with a contest entry.
public struct AdvertisingConsent: Sendable, Hashable, Codable {
    /// Entrants are asked for consent to advertising.
    public var requested: Bool?
    /// The consent is a separate, optional step, not part of entering.
    public var separate: Bool?
    /// The consent box is ticked in advance.
    public var preTicked: Bool?
    /// How many sponsors the consent names (the length of ``sponsorNames`` when names are given).
    public var sponsors: Int?
    /// The sponsors the consent names, when the file lists them.
    public var sponsorNames: [String]
    /// Entering depends on giving the consent (the "coupling" question of Art. 7(4) GDPR).
    public var requiredForEntry: Bool?

    enum CodingKeys: String, CodingKey {
        case requested, separate, sponsors
        case preTicked = "pre_ticked"
        case sponsorNames = "sponsor_names"
        case requiredForEntry = "required_for_entry"
    }

    /// Creates a consent description.
    public init(requested: Bool? = nil, separate: Bool? = nil, preTicked: Bool? = nil, sponsors: Int? = nil,
                sponsorNames: [String] = [], requiredForEntry: Bool? = nil) {
        self.requested = requested
        self.separate = separate
        self.preTicked = preTicked
        self.sponsors = sponsors ?? (sponsorNames.isEmpty ? nil : sponsorNames.count)
        self.sponsorNames = sponsorNames
        self.requiredForEntry = requiredForEntry
    }
}
