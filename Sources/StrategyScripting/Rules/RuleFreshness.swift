/// One rule's freshness: the rule, what was found, and where its page was in the end.
public struct RuleFreshness: Sendable, Hashable {
    /// The rule.
    public var rule: CheckDescriptor
    /// What was found.
    public var status: FreshnessStatus
    /// The page's final URL when a redirect moved it, else `nil`.
    public var movedTo: String?

    /// Creates a result.
    public init(rule: CheckDescriptor, status: FreshnessStatus, movedTo: String? = nil) {
        self.rule = rule
        self.status = status
        self.movedTo = movedTo
    }
}
