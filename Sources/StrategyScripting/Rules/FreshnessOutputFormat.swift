/// How `smkit rules freshness` writes its report.
public enum FreshnessOutputFormat: String, Sendable, Hashable, CaseIterable {
    /// A line per rule, the pages that could not be read, a summary line.
    case text
    /// One JSON object (see docs/plugins.md).
    case json
}
