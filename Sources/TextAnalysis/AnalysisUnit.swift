/// A word as the intent matcher sees it: hashtags contribute their parts, contractions are
/// spelled out ("don't" → do, not), a few emoji stand for words (❤️ → heart, ❌ → not).
struct AnalysisUnit: Sendable {
    enum Kind: Sendable { case word, number, mention, url, hashtag, connector, emoji }

    var folded: String
    var stemDE: String
    var stemEN: String
    /// A long word one typo away from a lexicon word also carries that word ("gewinnspeil").
    var corrected: String?
    var kind: Kind
    /// The token it comes from (a hashtag's parts share the hashtag's token).
    var token: Int
    var fromHashtag = false
    /// Joined to the previous word by a hyphen without spaces ("gluten-free").
    var joined = false
    /// A new part of the clause starts here (clause start, after a comma, "&", an emoji bullet).
    var partStart = false
    /// The last word before a comma, an emoji or the clause end.
    var partEnd = false
    var clause = 0
    var display: String

    func stem(_ language: TextLanguage) -> String { language == .de ? stemDE : stemEN }
}
