/// Who may take part in a contest.
public struct ContestEligibility: Sendable, Hashable, Codable {
    /// The minimum age in years.
    public var minimumAge: Int?
    /// Younger entrants may take part with a parent's consent.
    public var parentalConsent: Bool?
    /// Countries of residence (ISO 3166 codes such as `DE`).
    public var countries: [String]
    /// Who is excluded, in abstract-general terms ("employees and their relatives").
    public var exclusions: [String]

    enum CodingKeys: String, CodingKey {
        case countries, exclusions
        case minimumAge = "minimum_age"
        case parentalConsent = "parental_consent"
    }

    /// Creates eligibility rules.
    public init(minimumAge: Int? = nil, parentalConsent: Bool? = nil, countries: [String] = [], exclusions: [String] = []) {
        self.minimumAge = minimumAge
        self.parentalConsent = parentalConsent
        self.countries = countries
        self.exclusions = exclusions
    }
}
