import Testing
import TextAnalysis

@Suite(.timeLimit(.minutes(1))) struct EntryIntentTests {
    /// The ids Lua plugins use; the entry actions are StrategyKit's EntryAction raw values.
    @Test func idsArePublicAPI() {
        #expect(EntryIntent.allCases.map(\.rawValue) == [
            "like", "comment", "share", "story_share", "tag_friends", "tag_self", "follow", "repost", "hashtag", "mention",
            "upload", "message", "vote", "subscribe", "purchase", "newsletter_signup", "answer", "web_form",
            "multiple_entries", "winner_by_engagement", "contest", "random_draw", "entry_fee", "already_won",
            "free_claim", "ad_label",
        ])
    }

    @Test func aliases() {
        #expect(EntryIntent(name: "newsletter") == .newsletterSignup)
        #expect(EntryIntent(name: "tag") == .tagFriends)
        #expect(EntryIntent(name: "retweet") == .repost)
        #expect(EntryIntent(name: "several_entries") == .multipleEntries)
        #expect(EntryIntent(name: "extra_entries") == .multipleEntries)
        #expect(EntryIntent(name: "Story-Share") == .storyShare)
        #expect(EntryIntent(name: "nonsense") == nil)
    }
}
