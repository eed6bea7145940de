public import StrategyKit

/// Generated contest terms: ordered, editable sections plus the fixed frame (generation
/// date, inputs, not-legal-advice notice), like ``GuidelinesDocument``.
public struct ContestTermsDocument: Sendable, Hashable, Codable {
    /// The language of the text.
    public var language: Language
    /// The contest's title.
    public var contestTitle: String
    /// The organiser's name.
    public var organiserName: String
    /// The day the terms were generated.
    public var generatedOn: CalendarDate
    /// What they were generated from, e.g. the contest file.
    public var inputs: [String]
    /// The sections in order.
    public var sections: [DocumentSection]
    /// Sections left out, with reasons.
    public var omitted: [OmittedSection]

    /// The section with this id.
    public func section(_ id: String) -> DocumentSection? { sections.first { $0.id == id } }

    /// The not-legal-advice notice every rendering carries.
    public var disclaimer: String {
        Localizer(language)(
            "Kein Rechtsrat: Diese Teilnahmebedingungen sind ein Entwurf nach der Checkliste der Medienanstalten und der Plattformregeln; vor Veröffentlichung rechtlich prüfen lassen.",
            "Not legal advice: these terms are a draft following the German media authorities' checklist and the platform rules; have them reviewed legally before publishing.")
    }

    /// The terms as Markdown.
    public func markdown() -> String {
        let t = Localizer(language)
        var out = ["# " + t("Teilnahmebedingungen: \(contestTitle)", "Terms of participation: \(contestTitle)"), ""]
        out.append("- **" + t("Erstellt am", "Generated on") + ":** " + generatedOn.description)
        out.append("- **" + t("Grundlage", "Based on") + ":** " + inputs.joined(separator: ", "))
        out.append("- **" + t("Hinweis", "Note") + ":** " + disclaimer)
        for (index, section) in sections.enumerated() {
            out += ["", "## \(index + 1). \(section.title)", "", section.body]
        }
        out += ["", "---", "", "*" + t("Erstellt mit smkit am \(generatedOn). ", "Generated with smkit on \(generatedOn). ") + disclaimer + "*"]
        return out.joined(separator: "\n") + "\n"
    }

    /// The terms as a printable HTML page.
    public func html() -> String {
        HTMLPage(title: contestTitle, language: language, body: MarkdownToHTML.convert(markdown())).render()
    }
}
