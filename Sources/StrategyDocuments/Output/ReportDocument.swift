public import StrategyKit

/// A document ready to render: title, facts about its making, sections and closing notes.
public struct ReportDocument: Sendable, Hashable, Codable {
    /// The document title.
    public var title: String
    /// A line under the title.
    public var subtitle: String?
    /// The language the text is in.
    public var language: Language
    /// Label–value lines about the document: generation date, inputs, data as of.
    public var facts: [Fact]
    /// The sections in order.
    public var sections: [ReportSection]
    /// Closing notes, e.g. that the document is not legal advice.
    public var footer: [String]

    /// One label–value line.
    public struct Fact: Sendable, Hashable, Codable {
        /// The label, e.g. "Generated".
        public var label: String
        /// The value.
        public var value: String

        /// Creates a fact.
        public init(label: String, value: String) {
            self.label = label
            self.value = value
        }
    }

    /// Creates a document.
    public init(title: String, subtitle: String? = nil, language: Language, facts: [Fact] = [],
                sections: [ReportSection] = [], footer: [String] = []) {
        self.title = title
        self.subtitle = subtitle
        self.language = language
        self.facts = facts
        self.sections = sections
        self.footer = footer
    }

    /// Renders the document; JSON is the document's own structure (producers with a richer
    /// model, like ``StrategyReport``, encode that instead).
    public func rendered(as format: OutputFormat) -> String {
        switch format {
        case .text: TextRenderer().render(self)
        case .markdown: MarkdownRenderer().render(self)
        case .html: HTMLRenderer().render(self)
        case .json: JSONOutput.encode(self)
        }
    }
}
