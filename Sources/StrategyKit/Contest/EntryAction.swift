/// What an entrant has to do to take part in a contest.
///
/// Platform rules and the law judge these actions differently: Facebook forbids
/// `share`, `story_share` and `tag_friends`, X allows `repost`, YouTube forbids `purchase`.
public enum EntryAction: String, Sendable, Hashable, Codable, CaseIterable {
    /// Like or react to the organiser's post.
    case like
    /// Comment on the organiser's post.
    case comment
    /// Share the post to one's own feed or timeline.
    case share
    /// Share the post to one's own story.
    case storyShare = "story_share"
    /// Tag or mention friends.
    case tagFriends = "tag_friends"
    /// Tag oneself in a picture.
    case tagSelf = "tag_self"
    /// Follow or like the organiser's account or page.
    case follow
    /// Repost or retweet the organiser's post.
    case repost
    /// Post with a contest hashtag.
    case hashtag
    /// Mention the organiser's account.
    case mention
    /// Upload a photo or video (user-generated content).
    case upload
    /// Send a direct message to the organiser.
    case message
    /// Vote for an entry.
    case vote
    /// Subscribe to a channel.
    case subscribe
    /// Buy something.
    case purchase
    /// Sign up for a newsletter.
    case newsletterSignup = "newsletter_signup"
    /// Answer a question or quiz.
    case answer
    /// Fill in a form on a website.
    case webForm = "web_form"
}
