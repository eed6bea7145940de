/// A section the generator left out, with the reason (shown by `smkit guidelines --verbose`).
public struct OmittedSection: Sendable, Hashable, Codable {
    /// The section id.
    public var id: String
    /// Why it does not apply to this organisation.
    public var reason: String

    /// Creates an entry.
    public init(id: String, reason: String) {
        self.id = id
        self.reason = reason
    }
}
