/// Where a fact comes from: a URL, an optional title, and the day the text was read.
public struct SourceReference: Sendable, Hashable, Codable {
    /// The address of the source.
    public var url: String
    /// A short title or publisher, when known.
    public var title: String?
    /// The day the source was read; platform facts change without notice.
    public var read: CalendarDate?

    /// Creates a source reference.
    public init(url: String, title: String? = nil, read: CalendarDate? = nil) {
        self.url = url
        self.title = title
        self.read = read
    }
}
