/// Where entrants find the terms of participation.
public enum TermsPlacement: String, Sendable, Hashable, Codable, CaseIterable {
    /// The full terms are in the post itself.
    case inPost = "in_post"
    /// The post links to the terms.
    case linkedInPost = "linked_in_post"
    /// The profile or bio links to the terms.
    case linkedInProfile = "linked_in_profile"
    /// Somewhere else (a website without a link from the post).
    case elsewhere
    /// There are no terms.
    case none
}
