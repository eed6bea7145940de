/// How winners are chosen, told and named.
public struct ContestWinner: Sendable, Hashable, Codable {
    /// How winners are chosen.
    public var selection: WinnerSelection?
    /// What a jury judges by (for `jury` and `skill` selections).
    public var criteria: [String]
    /// The day (and time) of the draw or decision.
    public var draw: LocalDateTime?
    /// How winners are told.
    public var notification: NotificationChannel?
    /// Winners' names are published.
    public var publishNames: Bool?
    /// Entrants consent to the publication of their name.
    public var publicationConsent: Bool?
    /// Where and when the winners are announced.
    public var announcement: WinnerAnnouncement
    /// Days a winner has to answer the notification.
    public var replyWithinDays: Int?
    /// A new winner is drawn when one does not answer in time.
    public var redraw: Bool?

    enum CodingKeys: String, CodingKey {
        case selection, criteria, draw, notification, announcement, redraw
        case replyWithinDays = "reply_within_days"
        case publishNames = "publish_names"
        case publicationConsent = "publication_consent"
    }

    /// Creates the winner rules.
    public init(selection: WinnerSelection? = nil, criteria: [String] = [], draw: LocalDateTime? = nil,
                notification: NotificationChannel? = nil, publishNames: Bool? = nil, publicationConsent: Bool? = nil,
                announcement: WinnerAnnouncement = WinnerAnnouncement(), replyWithinDays: Int? = nil, redraw: Bool? = nil) {
        self.selection = selection
        self.criteria = criteria
        self.draw = draw
        self.notification = notification
        self.publishNames = publishNames
        self.publicationConsent = publicationConsent
        self.announcement = announcement
        self.replyWithinDays = replyWithinDays
        self.redraw = redraw
    }
}
