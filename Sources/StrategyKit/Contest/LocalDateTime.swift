/// A local date with an optional time of day, written `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
///
/// Contest periods are stated in the organiser's time zone (``ContestPeriod/timeZone``);
/// keeping the wall-clock reading avoids converting what the user wrote.
public struct LocalDateTime: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The day.
    public var date: CalendarDate
    /// Minutes after midnight, when a time was given.
    public var minuteOfDay: Int?

    /// Creates a value from a day and an optional time.
    public init(date: CalendarDate, hour: Int? = nil, minute: Int = 0) {
        self.date = date
        self.minuteOfDay = hour.map { $0 * 60 + minute }
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` or `YYYY-MM-DD HH:MM`.
    public init?(_ text: String) {
        let trimmed = text.trimmingWhitespace()
        let parts = trimmed.split(whereSeparator: { $0 == "T" || $0 == " " }).map(String.init)
        guard (1...2).contains(parts.count), let date = CalendarDate(parts[0]) else { return nil }
        self.date = date
        guard parts.count == 2 else { return }
        let clock = parts[1].split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(clock.count), clock.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isNumber) }),
              let h = Int(clock[0]), let m = Int(clock[1]), (0...23).contains(h), (0...59).contains(m) else { return nil }
        minuteOfDay = h * 60 + m
    }

    /// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
    public var description: String {
        guard let minutes = minuteOfDay else { return date.description }
        let h = minutes / 60, m = minutes % 60
        return "\(date)T\(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m)"
    }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool {
        (a.date, a.minuteOfDay ?? 0) < (b.date, b.minuteOfDay ?? 0)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = LocalDateTime(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "expected YYYY-MM-DD[THH:MM], found '\(text)'"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
