/// How and when a contest's winners are announced.
public struct WinnerAnnouncement: Sendable, Hashable, Codable {
    /// Where the winners are announced.
    public var `where`: AnnouncementChannel?
    /// When they are announced (a day, or a day and time).
    public var when: LocalDateTime?

    /// Creates an announcement.
    public init(where: AnnouncementChannel? = nil, when: LocalDateTime? = nil) {
        self.where = `where`
        self.when = when
    }
}
