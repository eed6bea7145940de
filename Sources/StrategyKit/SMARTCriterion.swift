/// The result for one SMART letter: pass or fail, and why.
public struct SMARTCriterion: Sendable, Hashable, Codable {
    /// The letter.
    public var letter: SMARTLetter
    /// Whether the goal meets it.
    public var passed: Bool
    /// Why, in German and English.
    public var reason: LocalizedText

    /// Creates a criterion result.
    public init(letter: SMARTLetter, passed: Bool, reason: LocalizedText) {
        self.letter = letter
        self.passed = passed
        self.reason = reason
    }
}
