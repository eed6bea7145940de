/// What a text asks an entrant to do, or a fact about the contest the rules need.
///
/// The raw values are public API: Lua plugins name intents by these strings. The entry
/// actions share their ids with StrategyKit's `EntryAction`.
public enum EntryIntent: String, CaseIterable, Sendable, Hashable, Codable {
    case like, comment, share
    /// Share the post to one's own story (also yields `share`).
    case storyShare = "story_share"
    case tagFriends = "tag_friends"
    case tagSelf = "tag_self"
    case follow, repost, hashtag, mention, upload, message, vote, subscribe, purchase
    case newsletterSignup = "newsletter_signup"
    case answer
    case webForm = "web_form"
    /// Several entries per person ("extra entry", "jeder Kommentar ist ein Los").
    case multipleEntries = "multiple_entries"
    /// The winner is whoever collects the most engagement ("meisten Likes gewinnt").
    case winnerByEngagement = "winner_by_engagement"
    /// The text announces a contest, giveaway or prize draw.
    case contest
    /// The text says how the winner is chosen (draw, chance, jury).
    case randomDraw = "random_draw"
    /// A fee or stake to enter is stated.
    case entryFee = "entry_fee"
    /// The reader is told they have already won.
    case alreadyWon = "already_won"
    /// Something is claimed to be free (gratis, kostenlos, for free).
    case freeClaim = "free_claim"
    /// An advertising label (Werbung, Anzeige, #ad, sponsored, paid partnership).
    case adLabel = "ad_label"

    /// The intent for an id or one of its aliases (`newsletter`, `tag`, `retweet`,
    /// `several_entries`, `extra_entries`); case and `-`/`_` are not significant.
    public init?(name: String) {
        let key = name.lowercased().replacingOccurrences(of: "-", with: "_")
        if let intent = EntryIntent(rawValue: key) { self = intent; return }
        switch key {
        case "newsletter": self = .newsletterSignup
        case "tag": self = .tagFriends
        case "retweet": self = .repost
        case "several_entries", "extra_entries", "extra_entry": self = .multipleEntries
        case "storyshare", "story": self = .storyShare
        default: return nil
        }
    }

    /// Entry actions are something the entrant does: a German negator after the verb denies
    /// them ("Teile den Beitrag nicht"), the organiser's own "wir teilen" is no request.
    /// Facts (contest, fee, ad label …) are denied only by a negator close before them.
    var isAction: Bool {
        switch self {
        case .contest, .randomDraw, .entryFee, .alreadyWon, .freeClaim, .adLabel, .multipleEntries, .winnerByEngagement:
            return false
        default:
            return true
        }
    }
}
