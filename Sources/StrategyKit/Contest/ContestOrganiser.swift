/// Who runs a contest (Veranstalter) and how to reach them.
public struct ContestOrganiser: Sendable, Hashable, Codable {
    /// Name or firm with legal form.
    public var name: String?
    /// Postal address.
    public var address: String?
    /// The address of the imprint (Impressum).
    public var imprintURL: String?
    /// An e-mail address for quick contact.
    public var email: String?

    enum CodingKeys: String, CodingKey {
        case name, address, email
        case imprintURL = "imprint_url"
    }

    /// Creates an organiser.
    public init(name: String? = nil, address: String? = nil, imprintURL: String? = nil, email: String? = nil) {
        self.name = name
        self.address = address
        self.imprintURL = imprintURL
        self.email = email
    }
}
