/// The kind of account a contest runs from.
///
/// Platforms judge this: Facebook lets Pages, groups and events run promotions, but not
/// personal timelines.
public enum AccountType: String, Sendable, Hashable, Codable, CaseIterable {
    /// A Facebook Page or another platform's public brand page.
    case page
    /// A group.
    case group
    /// An event page.
    case event
    /// A private person's profile or timeline.
    case personalProfile = "personal_profile"
    /// A creator account (Instagram, TikTok).
    case creatorAccount = "creator_account"
    /// A business account (Instagram, TikTok, X).
    case businessAccount = "business_account"
}
