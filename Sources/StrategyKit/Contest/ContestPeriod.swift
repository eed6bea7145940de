/// When a contest runs.
public struct ContestPeriod: Sendable, Hashable, Codable {
    /// The first moment entries count.
    public var start: LocalDateTime?
    /// The last moment entries count.
    public var end: LocalDateTime?
    /// The IANA time zone the times are in, e.g. `Europe/Berlin`.
    public var timeZone: String?

    enum CodingKeys: String, CodingKey {
        case start, end
        case timeZone = "time_zone"
    }

    /// Creates a period.
    public init(start: LocalDateTime? = nil, end: LocalDateTime? = nil, timeZone: String? = nil) {
        self.start = start
        self.end = end
        self.timeZone = timeZone
    }
}
