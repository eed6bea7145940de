/// Renders a ``ReportDocument`` as plain text for a terminal: wrapped paragraphs and aligned
/// tables whose wide columns wrap; nothing depends on colour.
public struct TextRenderer: Sendable {
    /// The line width to fit.
    public var width: Int

    /// Creates a renderer.
    public init(width: Int = 100) {
        self.width = width
    }

    /// The document as text.
    public func render(_ document: ReportDocument) -> String {
        var out: [String] = []
        let title = InlineMarkup.plain(document.title)
        out.append(title)
        out.append(String(repeating: "=", count: min(width, title.count)))
        if let subtitle = document.subtitle { out.append(TextWrapping.hanging(InlineMarkup.plain(subtitle), width: width, first: "", rest: "")) }
        if !document.facts.isEmpty {
            out.append("")
            let labelWidth = document.facts.map { $0.label.count }.max() ?? 0
            for fact in document.facts {
                let first = TextWrapping.pad(fact.label + ":", labelWidth + 1, right: false) + " "
                out.append(TextWrapping.hanging(InlineMarkup.plain(fact.value), width: width, first: first,
                                                rest: String(repeating: " ", count: first.count)))
            }
        }
        for (index, section) in document.sections.enumerated() {
            out.append("")
            out.append("")
            let heading = "\(index + 1). \(InlineMarkup.plain(section.title))"
            out.append(heading)
            out.append(String(repeating: "-", count: min(width, heading.count)))
            for block in section.blocks {
                if let text = render(block) {
                    out.append("")
                    out.append(text)
                }
            }
        }
        if !document.footer.isEmpty {
            out.append("")
            out.append(String(repeating: "-", count: width))
            for line in document.footer {
                out.append(TextWrapping.hanging(InlineMarkup.plain(line), width: width, first: "", rest: ""))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func render(_ block: ReportBlock) -> String? {
        switch block {
        case .heading(let text):
            return "-- " + InlineMarkup.plain(text) + " --"
        case .paragraph(let text):
            return TextWrapping.hanging(InlineMarkup.plain(text), width: width, first: "", rest: "")
        case .bullets(let items):
            return items.map { TextWrapping.hanging(InlineMarkup.plain($0), width: width, first: "  - ", rest: "    ") }
                .joined(separator: "\n")
        case .note(let text):
            return TextWrapping.hanging(InlineMarkup.plain(text), width: width, first: "  > ", rest: "  > ")
        case .chart:
            return nil
        case .table(let table):
            return render(table)
        }
    }

    /// A table on its own. Columns are separated by two spaces; when the natural widths exceed the line, the widest
    /// column shrinks (not below 10) and its cells wrap.
    public func render(_ table: ReportTable) -> String {
        let columns = table.headers.count
        guard columns > 0 else { return "" }
        let cells = ([table.headers] + table.rows).map { row in
            (0..<columns).map { $0 < row.count ? InlineMarkup.plain(row[$0]) : "" }
        }
        var widths = (0..<columns).map { column in cells.map { $0[column].count }.max() ?? 0 }
        let gap = 2
        // A column never shrinks below its longest word (capped, so one URL cannot hold the table hostage).
        let minimum = (0..<columns).map { column in
            min(30, max(4, cells.map { $0[column].split(separator: " ").map(\.count).max() ?? 0 }.max() ?? 0))
        }
        while widths.reduce(0, +) + gap * (columns - 1) > width {
            let shrinkable = widths.indices.filter { widths[$0] > minimum[$0] }
            guard let widest = shrinkable.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
        var lines: [String] = []
        for (rowIndex, row) in cells.enumerated() {
            let style = rowIndex == 0 ? ReportTable.RowStyle.normal : table.style(rowIndex - 1)
            if style == .total {
                lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: String(repeating: " ", count: gap)))
            }
            let wrapped = (0..<columns).map { TextWrapping.wrap(row[$0], width: widths[$0], breakLongWords: true) }
            let height = wrapped.map(\.count).max() ?? 1
            for lineIndex in 0..<height {
                let parts = (0..<columns).map { column -> String in
                    let text = lineIndex < wrapped[column].count ? wrapped[column][lineIndex] : ""
                    return TextWrapping.pad(text, widths[column], right: table.alignment(column) == .right)
                }
                lines.append(trimTrailing(parts.joined(separator: String(repeating: " ", count: gap))))
            }
            if rowIndex == 0 {
                lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: String(repeating: " ", count: gap)))
            }
        }
        return lines.joined(separator: "\n")
    }

    private func trimTrailing(_ text: String) -> String {
        var result = text
        while result.hasSuffix(" ") { result.removeLast() }
        return result
    }
}
