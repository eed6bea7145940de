/// The formats documents can be written in.
public enum OutputFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// Plain text for a terminal: aligned tables, no colour, no markup.
    case text
    /// GitHub-flavoured Markdown.
    case markdown
    /// One self-contained HTML page (inline CSS and SVG, no external assets).
    case html
    /// JSON with stable, sorted keys.
    case json

    /// The usual file extension for the format.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .markdown: "md"
        case .html: "html"
        case .json: "json"
        }
    }
}
