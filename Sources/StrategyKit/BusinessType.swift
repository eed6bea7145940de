/// Whom the business sells to.
public enum BusinessType: String, Sendable, Hashable, Codable, CaseIterable {
    /// Business to business.
    case b2b
    /// Business to consumer.
    case b2c
    /// Both.
    case both
}
