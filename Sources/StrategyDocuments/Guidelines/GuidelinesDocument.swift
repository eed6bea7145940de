public import StrategyKit

/// Generated employee social media guidelines: an ordered, editable list of sections plus
/// the facts every document states (generation date, inputs, not legal advice).
///
/// Scripts and plugins change the sections before rendering with ``add(_:after:)``,
/// ``remove(id:)`` and ``setBody(_:of:)`` / ``setTitle(_:of:)``; the frame (title, facts,
/// disclaimer) is not editable, so no edit can drop the legal notice.
public struct GuidelinesDocument: Sendable, Hashable, Codable {
    /// The language of the text.
    public var language: Language
    /// The organisation the guidelines are for.
    public var organizationName: String
    /// The day they were generated.
    public var generatedOn: CalendarDate
    /// The files they were generated from.
    public var inputs: ReportInputs
    /// Template files a workspace overrode or added (empty when only built-ins were used).
    public var customTemplates: [String]
    /// The sections in order.
    public private(set) var sections: [DocumentSection]
    /// Sections left out, with reasons.
    public var omitted: [OmittedSection]

    /// Why an edit was refused.
    public struct EditError: Error, Sendable, Hashable, CustomStringConvertible {
        /// What went wrong.
        public var description: String
    }

    /// Creates a document.
    public init(language: Language, organizationName: String, generatedOn: CalendarDate, inputs: ReportInputs,
                customTemplates: [String] = [], sections: [DocumentSection] = [], omitted: [OmittedSection] = []) {
        self.language = language
        self.organizationName = organizationName
        self.generatedOn = generatedOn
        self.inputs = inputs
        self.customTemplates = customTemplates
        self.sections = sections
        self.omitted = omitted
    }

    /// The section with this id.
    public func section(_ id: String) -> DocumentSection? { sections.first { $0.id == id } }

    /// The section ids in order.
    public var ids: [String] { sections.map(\.id) }

    /// Adds a section after the one with id `after`, or at the end.
    public mutating func add(_ section: DocumentSection, after: String? = nil) throws(EditError) {
        guard !section.id.isEmpty else { throw EditError(description: "a section needs an id") }
        guard self.section(section.id) == nil else {
            throw EditError(description: "a section with id '\(section.id)' exists; remove it first or set its body")
        }
        guard let after else {
            sections.append(section)
            return
        }
        guard let index = sections.firstIndex(where: { $0.id == after }) else {
            throw EditError(description: "no section '\(after)' to add after; sections: \(ids.joined(separator: ", "))")
        }
        sections.insert(section, at: index + 1)
    }

    /// Removes a section and returns it.
    @discardableResult
    public mutating func remove(id: String) throws(EditError) -> DocumentSection {
        guard let index = sections.firstIndex(where: { $0.id == id }) else {
            throw EditError(description: "no section '\(id)'; sections: \(ids.joined(separator: ", "))")
        }
        return sections.remove(at: index)
    }

    /// Replaces the Markdown body of a section.
    public mutating func setBody(_ body: String, of id: String) throws(EditError) {
        guard let index = sections.firstIndex(where: { $0.id == id }) else {
            throw EditError(description: "no section '\(id)'; sections: \(ids.joined(separator: ", "))")
        }
        sections[index].body = body
    }

    /// Replaces the title of a section.
    public mutating func setTitle(_ title: String, of id: String) throws(EditError) {
        guard let index = sections.firstIndex(where: { $0.id == id }) else {
            throw EditError(description: "no section '\(id)'; sections: \(ids.joined(separator: ", "))")
        }
        sections[index].title = title
    }

    /// Moves a section to a new position (0-based, clamped).
    public mutating func move(id: String, to position: Int) throws(EditError) {
        let section = try remove(id: id)
        sections.insert(section, at: max(0, min(position, sections.count)))
    }

    // MARK: Rendering

    /// The document title.
    public var title: String {
        Localizer(language)("Social-Media-Leitlinien für die Beschäftigten der \(organizationName)",
                            "Social media guidelines for the employees of \(organizationName)")
    }

    /// The not-legal-advice notice, stated in every rendering.
    public var disclaimer: String {
        Localizer(language)(
            "Kein Rechtsrat: Diese Leitlinien sind ein Entwurf, der aus dem Organisationsprofil erzeugt wurde. Rechtliche Hinweise nennen ihre Quelle und das Lesedatum; Gesetze, Rechtsprechung und Plattformregeln ändern sich. Vor der Einführung rechtlich prüfen lassen.",
            "Not legal advice: these guidelines are a draft generated from the organisation profile. Legal pointers name their source and the date it was read; laws, case law and platform rules change. Have them reviewed legally before adopting them.")
    }

    /// The whole document as Markdown.
    public func markdown() -> String {
        let t = Localizer(language)
        var out = ["# " + title, "",
                   t("*Entwurf zur Abstimmung, Stand \(generatedOn)*", "*Draft for review, as of \(generatedOn)*"), ""]
        out.append("- **" + t("Erstellt am", "Generated on") + ":** " + generatedOn.description)
        out.append("- **" + t("Grundlage", "Based on") + ":** " + inputs.files.joined(separator: ", ")
                   + t(" (Organisationsprofil)", " (organisation profile)"))
        if !customTemplates.isEmpty {
            out.append("- **" + t("Eigene Vorlagen", "Custom templates") + ":** " + customTemplates.joined(separator: ", "))
        }
        out.append("- **" + t("Hinweis", "Note") + ":** " + disclaimer)
        for (index, section) in sections.enumerated() {
            out += ["", "## \(index + 1). \(section.title)", ""]
            out.append(section.body)
        }
        out += ["", "---", "",
                t("*Erstellt mit smkit am \(generatedOn) aus dem Organisationsprofil der \(organizationName). \(disclaimer)*",
                  "*Generated with smkit on \(generatedOn) from the organisation profile of \(organizationName). \(disclaimer)*")]
        return out.joined(separator: "\n") + "\n"
    }

    /// The whole document as a printable, self-contained HTML page.
    public func html() -> String {
        HTMLPage(title: title, language: language, body: MarkdownToHTML.convert(markdown())).render()
    }

    /// The document in a format: Markdown, HTML, JSON (the model) or text (the Markdown).
    public func rendered(as format: OutputFormat) -> String {
        switch format {
        case .markdown, .text: markdown()
        case .html: html()
        case .json: JSONOutput.encode(self)
        }
    }
}
