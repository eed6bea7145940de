/// One section of the employee guidelines: a stable id, a heading and a Markdown body.
public struct GuidelineSection: Sendable, Hashable, Codable, Identifiable {
    /// Stable id, e.g. `confidentiality`; also the template's file name.
    public var id: String
    /// The heading.
    public var title: String
    /// The text as Markdown (paragraphs, `-` lists, `**bold**`, `*italic*`, links).
    public var body: String

    /// Creates a section.
    public init(id: String, title: String, body: String) {
        self.id = id
        self.title = title
        self.body = body
    }
}
