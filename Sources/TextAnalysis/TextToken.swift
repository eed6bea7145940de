/// One token of an analysed text, with its position in the original.
public struct TextToken: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case word, number, hashtag, mention, url, emoji, symbol
        /// "&", "+" (folded "and") and "=" (folded "equals"): posts use them as words.
        case connector
        case punctuation, lineBreak
    }

    /// The text as written.
    public let text: String
    /// Normalised (see `TextNormalizer.fold`); hashtags and mentions without "#"/"@".
    public let folded: String
    /// Snowball stem of `folded` in the analysis language (words and hashtags).
    public let stem: String
    public let kind: Kind
    public let range: Range<String.Index>
    /// 1-based line; 1-based column in Unicode scalars within its line.
    public let line: Int
    public let column: Int
    /// Byte offset of the token's start in the text's UTF-8.
    public let utf8Offset: Int
    /// The folded words of a hashtag (#ShareToWin → share, to, win); empty for other kinds.
    public let parts: [String]
    /// Inside quotation marks.
    public let quoted: Bool
}
