/// Rights to the photos, videos or texts entrants submit (photo and video contests).
public struct ContestSubmissions: Sendable, Hashable, Codable {
    /// What the organiser may do with the content.
    public var rights: SubmissionRights?
    /// The author is named when the content is used.
    public var credit: Bool?
    /// How long the rights last, in words ("bis zum 31.12.2027").
    public var duration: String?
    /// How long the rights last, in months, when given as a number.
    public var durationMonths: Int?

    enum CodingKeys: String, CodingKey {
        case rights, credit, duration
        case durationMonths = "duration_months"
    }

    /// Creates a description of the rights.
    public init(rights: SubmissionRights? = nil, credit: Bool? = nil, duration: String? = nil, durationMonths: Int? = nil) {
        self.rights = rights
        self.credit = credit
        self.duration = duration
        self.durationMonths = durationMonths
    }

    /// Whether anything is stated.
    public var isEmpty: Bool { rights == nil && credit == nil && duration == nil && durationMonths == nil }
}
