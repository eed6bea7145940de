/// One section of a generated document (guidelines, contest terms): a stable id, a heading
/// and a Markdown body.
public struct DocumentSection: Sendable, Hashable, Codable, Identifiable {
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
