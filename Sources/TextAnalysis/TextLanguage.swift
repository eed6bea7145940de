/// A language the analysis has a lexicon and a Snowball stemmer for.
public enum TextLanguage: String, Sendable, Hashable, CaseIterable, Codable {
    case de, en
}
