public import StrategyKit

/// A text a rule rests on beside its primary source: a commentary, a summary, a copy.
///
/// Secondary sources may stand beside a primary one, never alone (see docs/plugins.md).
public struct RuleSource: Sendable, Hashable, Codable {
    /// Where the text is.
    public var url: String
    /// What it is, e.g. "Meta: Promotion Guidelines".
    public var title: String?
    /// The day it was read.
    public var read: CalendarDate?

    /// Creates a source.
    public init(url: String, title: String? = nil, read: CalendarDate? = nil) {
        self.url = url
        self.title = title
        self.read = read
    }
}
