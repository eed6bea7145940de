/// An existing account or page of the organisation on a platform (audit of the current state).
public struct Presence: Sendable, Hashable, Codable {
    /// The platform id.
    public var platform: String
    /// The handle or page name.
    public var handle: String
    /// Active, abandoned, auto-created or planned.
    public var status: PresenceStatus
    /// Followers or fans, if known.
    public var followers: Int?
    /// The day of the last post, if known.
    public var lastPost: CalendarDate?

    /// Creates a presence.
    public init(platform: String, handle: String, status: PresenceStatus,
                followers: Int? = nil, lastPost: CalendarDate? = nil) {
        self.platform = platform
        self.handle = handle
        self.status = status
        self.followers = followers
        self.lastPost = lastPost
    }
}
