import Foundation

/// The analysis of one text: tokens with positions, sentences and clauses, and the entry
/// intents found in it with their negation, question and quote context.
///
/// Everything is computed in `init`; the value is immutable and cheap to query from many
/// threads (a host computes it once per subject, plugins ask it many times).
public struct TextAnalysis: Sendable {
    public let text: String
    /// The language given, or the one detected (`nil` when the text gives no clue).
    public let language: TextLanguage?
    public let tokens: [TextToken]
    /// Sentences as token index ranges (ended by ".", "!", "?", a line break).
    public let sentences: [Range<Int>]
    /// Clauses as token index ranges: sentences further split at ";", ":", dashes, emoji
    /// bullets and contrastive words ("aber", "sondern", "but").
    public let clauses: [Range<Int>]
    private let found: [EntryIntent: [IntentEvidence]]

    /// Analyses `text`. Both lexicons are always applied because posts mix languages
    /// ("Like & teile den Beitrag"); `language` (given or detected) picks the stem in `tokens`.
    public init(_ text: String, language: TextLanguage? = nil) {
        self.text = text
        let tokenizer = TextTokenizer(text, hashtagWords: IntentLexicon.knownWords)
        let language = language ?? Self.detectLanguage(tokenizer.tokens)
        self.language = language
        // Unknown language: the German stem (matching uses both stems of every word anyway).
        let stemmer = Stemmer.shared(language ?? .de)
        var tokens: [TextToken] = []
        tokens.reserveCapacity(tokenizer.tokens.count)
        for raw in tokenizer.tokens {
            let stem = raw.kind == .word || raw.kind == .hashtag ? stemmer.stem(raw.folded) : raw.folded
            tokens.append(TextToken(
                text: raw.text, folded: raw.kind == .mention && raw.folded.count > 1 ? String(raw.folded.dropFirst()) : raw.folded,
                stem: stem, kind: raw.kind,
                range: tokenizer.indices[raw.start]..<tokenizer.indices[raw.end],
                line: tokenizer.lines[raw.start], column: tokenizer.columns[raw.start], utf8Offset: tokenizer.offsets[raw.start],
                parts: raw.parts, quoted: raw.quoted))
        }
        self.tokens = tokens
        let matcher = IntentMatcher(text: text, tokens: tokens, language: language)
        self.sentences = matcher.sentences.map(\.tokens)
        self.clauses = matcher.clauses.map(\.tokens)
        self.found = matcher.evidence()
    }

    /// Every place the intent was found, asked or not, in text order.
    public func evidence(for intent: EntryIntent) -> [IntentEvidence] { found[intent] ?? [] }

    /// All evidence of all intents, in text order.
    public func intents() -> [IntentEvidence] {
        found.values.flatMap { $0 }.sorted { ($0.utf8Offset, $0.intent.rawValue) < ($1.utf8Offset, $1.intent.rawValue) }
    }

    /// The text asks for the intent: some evidence is neither negated, nor an information
    /// question, nor quoted.
    public func asks(_ intent: EntryIntent) -> Bool { evidence(for: intent).contains { $0.isAsked } }

    /// The intents the text asks for.
    public var askedIntents: Set<EntryIntent> { Set(found.filter { $0.value.contains { $0.isAsked } }.keys) }

    /// Counts frequent function words of each language; a tie is no clue.
    static func detectLanguage(_ tokens: [TextTokenizer.Raw]) -> TextLanguage? {
        var de = 0, en = 0
        for t in tokens where t.kind == .word {
            if germanHints.contains(t.folded) { de += 1 }
            if englishHints.contains(t.folded) { en += 1 }
        }
        if de == en { return nil }
        return de > en ? .de : .en
    }

    private static let germanHints: Set<String> = [
        "und", "der", "die", "das", "ist", "nicht", "mit", "fuer", "du", "ihr", "wir", "ein", "eine", "zu", "den", "dem",
        "auf", "von", "uns", "euch", "dein", "deine", "unser", "unsere", "oder", "auch", "bei", "im", "sie", "ich", "es",
        "gewinnen", "teile", "teilen", "markiere", "verlosen", "kommentiere", "einen", "noch", "nur", "jetzt", "bis",
    ]
    private static let englishHints: Set<String> = [
        "the", "and", "to", "you", "is", "for", "with", "your", "a", "of", "this", "our", "we", "it", "on", "in", "or",
        "be", "are", "will", "win", "share", "tag", "friend", "friends", "comment", "enter", "follow", "not", "no", "by",
    ]
}
