/// One place in a text where an intent was found, with the context that decides
/// whether the text really asks for it.
public struct IntentEvidence: Sendable, Hashable {
    public let intent: EntryIntent
    /// The matched span in the analysed text.
    public let range: Range<String.Index>
    /// The matched span's original text.
    public let text: String
    /// 1-based line and column (in Unicode scalars) of the span's start.
    public let line: Int
    public let column: Int
    /// Byte offset of the span's start in the text's UTF-8.
    public let utf8Offset: Int
    /// A negation has the trigger in its scope ("nicht teilen", "no purchase necessary").
    public let negated: Bool
    /// The sentence asks for information ("Muss ich teilen?"), not for an action.
    public let question: Bool
    /// The trigger is inside quotation marks (someone else's words).
    public let quoted: Bool
    /// The word that triggered the match, as written.
    public let trigger: String

    /// Evidence that the text asks for the intent.
    public var isAsked: Bool { !negated && !question && !quoted }
}
