/// One piece of content in a ``ReportSection``.
///
/// Text may use `**bold**` for emphasis; renderers turn it into bold (Markdown, HTML) or drop
/// the asterisks (plain text). Everything else is literal and escaped by each renderer.
public enum ReportBlock: Sendable, Hashable, Codable {
    /// A sub-heading inside the section.
    case heading(String)
    /// A paragraph.
    case paragraph(String)
    /// A bulleted list.
    case bullets([String])
    /// A table.
    case table(ReportTable)
    /// A chart; outside HTML it is left out, so give the numbers in a table too.
    case chart(ReportChart)
    /// A remark set apart from the text, e.g. a caveat or a disclaimer.
    case note(String)
}
