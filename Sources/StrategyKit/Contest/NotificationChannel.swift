/// How a contest's winners are told.
public enum NotificationChannel: String, Sendable, Hashable, Codable, CaseIterable {
    /// A private message on the platform.
    case directMessage = "direct_message"
    /// An e-mail.
    case email
    /// A reply or comment under the post.
    case comment
    /// A phone call.
    case phone
    /// A public post naming the winners.
    case post
}
