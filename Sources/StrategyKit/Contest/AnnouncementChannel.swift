/// Where a contest's winners are announced.
public enum AnnouncementChannel: String, Sendable, Hashable, Codable, CaseIterable {
    /// A post on the account.
    case post
    /// A comment under the contest post.
    case comment
    /// A story.
    case story
    /// Only a private message to the winner.
    case directMessage = "direct_message"
    /// The organiser's website.
    case website
    /// Only an e-mail to the winner.
    case email
    /// Winners are not announced.
    case none

    /// Whether the announcement is visible to others than the winner.
    public var isPublic: Bool {
        switch self {
        case .post, .comment, .story, .website: true
        case .directMessage, .email, .none: false
        }
    }
}
