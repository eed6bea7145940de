import Foundation

/// Renders a ``ReportDocument`` as GitHub-flavoured Markdown (charts are left out; their
/// numbers are in the tables next to them).
public struct MarkdownRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The document as Markdown.
    public func render(_ document: ReportDocument) -> String {
        var out: [String] = ["# " + InlineMarkup.markdown(document.title)]
        if let subtitle = document.subtitle { out += ["", "_" + InlineMarkup.markdown(subtitle) + "_"] }
        if !document.facts.isEmpty {
            out.append("")
            for fact in document.facts {
                out.append("- **\(InlineMarkup.markdown(fact.label)):** \(InlineMarkup.markdown(fact.value))")
            }
        }
        for section in document.sections {
            out += ["", "## " + InlineMarkup.markdown(section.title)]
            for block in section.blocks {
                if let text = render(block) { out += ["", text] }
            }
        }
        if !document.footer.isEmpty {
            out += ["", "---", ""]
            out.append(document.footer.map { "_" + InlineMarkup.markdown($0) + "_" }.joined(separator: "\n\n"))
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func render(_ block: ReportBlock) -> String? {
        switch block {
        case .heading(let text): return "### " + InlineMarkup.markdown(text)
        case .paragraph(let text): return InlineMarkup.markdown(text)
        case .bullets(let items): return items.map { "- " + InlineMarkup.markdown($0) }.joined(separator: "\n")
        case .note(let text): return "> " + InlineMarkup.markdown(text).replacingOccurrences(of: "\n", with: "\n> ")
        case .chart: return nil
        case .table(let table): return render(table)
        }
    }

    private func render(_ table: ReportTable) -> String {
        let columns = table.headers.count
        func row(_ cells: [String]) -> String {
            "| " + (0..<columns).map { $0 < cells.count ? InlineMarkup.markdown(cells[$0], inTable: true) : "" }
                .joined(separator: " | ") + " |"
        }
        var lines = [row(table.headers)]
        lines.append("|" + (0..<columns).map { table.alignment($0) == .right ? " ---: " : " --- " }.joined(separator: "|") + "|")
        for (index, cells) in table.rows.enumerated() {
            lines.append(row([.total, .own].contains(table.style(index)) ? cells.map { $0.isEmpty ? $0 : "**\($0)**" } : cells))
        }
        return lines.joined(separator: "\n")
    }
}
