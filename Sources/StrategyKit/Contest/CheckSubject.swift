/// One thing to check: a contest or a post.
public enum CheckSubject: Sendable, Hashable {
    case contest(Contest)
    case post(Post)

    /// What kind of subject it is.
    public var kind: CheckSubjectKind {
        switch self {
        case .contest: .contest
        case .post: .post
        }
    }

    /// The subject's id.
    public var id: String {
        switch self {
        case .contest(let contest): contest.id
        case .post(let post): post.id
        }
    }

    /// The platforms it is meant for.
    public var platforms: [String] {
        switch self {
        case .contest(let contest): contest.platforms
        case .post(let post): [post.platform]
        }
    }
}
