/// A scorer id that cannot be used: unknown (with a did-you-mean), for the wrong subject, or
/// two scorers chosen for the same subject.
public struct ScorerSelectionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, in one line.
    public var message: String

    /// Creates an error.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
