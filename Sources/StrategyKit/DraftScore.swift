/// A strategy draft scored by a selected scorer other than the pbsm evaluation.
public struct DraftScore: Sendable, Hashable, Codable {
    /// The draft scored.
    public var draftID: String
    /// The draft's name.
    public var draftName: LocalizedText
    /// The score with its terms.
    public var score: Score

    /// Creates a draft score.
    public init(draftID: String, draftName: LocalizedText, score: Score) {
        self.draftID = draftID
        self.draftName = draftName
        self.score = score
    }
}
