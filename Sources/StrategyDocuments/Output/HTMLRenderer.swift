/// Renders a ``ReportDocument`` as one self-contained, printable HTML page with inline SVG charts.
public struct HTMLRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The document as an HTML page.
    public func render(_ document: ReportDocument) -> String {
        var body: [String] = ["<header>", "<h1>\(InlineMarkup.html(document.title))</h1>"]
        if let subtitle = document.subtitle { body.append("<p class=\"subtitle\">\(InlineMarkup.html(subtitle))</p>") }
        if !document.facts.isEmpty {
            body.append("<dl class=\"facts\">")
            for fact in document.facts {
                body.append("<dt>\(InlineMarkup.html(fact.label))</dt><dd>\(InlineMarkup.html(fact.value))</dd>")
            }
            body.append("</dl>")
        }
        body.append("</header>")
        if document.sections.count > 2 {
            body.append("<nav class=\"toc\"><ol>")
            for section in document.sections {
                body.append("<li><a href=\"#\(anchor(section.id))\">\(InlineMarkup.html(section.title))</a></li>")
            }
            body.append("</ol></nav>")
        }
        for section in document.sections {
            body.append("<section id=\"\(anchor(section.id))\">")
            body.append("<h2>\(InlineMarkup.html(section.title))</h2>")
            for block in section.blocks { body.append(render(block)) }
            body.append("</section>")
        }
        if !document.footer.isEmpty {
            body.append("<footer>" + document.footer.map { "<p>\(InlineMarkup.html($0))</p>" }.joined() + "</footer>")
        }
        return HTMLPage(title: InlineMarkup.plain(document.title), language: document.language,
                        body: body.joined(separator: "\n")).render()
    }

    private func render(_ block: ReportBlock) -> String {
        switch block {
        case .heading(let text): return "<h3>\(InlineMarkup.html(text))</h3>"
        case .paragraph(let text): return "<p>\(InlineMarkup.html(text))</p>"
        case .bullets(let items): return "<ul>" + items.map { "<li>\(InlineMarkup.html($0))</li>" }.joined() + "</ul>"
        case .note(let text): return "<div class=\"note\">\(InlineMarkup.html(text))</div>"
        case .chart(let chart): return "<figure>\(chart.svg())</figure>"
        case .table(let table): return render(table)
        }
    }

    private func render(_ table: ReportTable) -> String {
        var html = "<div class=\"table-wrap\"><table>\n<thead><tr>"
        for (column, header) in table.headers.enumerated() {
            html += table.alignment(column) == .right ? "<th class=\"num\">" : "<th>"
            html += InlineMarkup.html(header) + "</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for (index, row) in table.rows.enumerated() {
            let style = table.style(index)
            html += style == .normal ? "<tr>" : "<tr class=\"\(style.rawValue)\">"
            for column in table.headers.indices {
                let cell = column < row.count ? row[column] : ""
                html += table.alignment(column) == .right ? "<td class=\"num\">" : "<td>"
                html += cellHTML(cell) + "</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody></table></div>"
    }

    /// SMART letter cells (`S✓ M✓ A✗ …`) become badges; everything else is escaped text.
    private func cellHTML(_ cell: String) -> String {
        let parts = cell.split(separator: " ")
        let isSMART = !parts.isEmpty && parts.count <= 5 && parts.allSatisfy { part in
            part.count == 2 && "SMART".contains(part.first!) && (part.last == "✓" || part.last == "✗")
        }
        guard isSMART else { return InlineMarkup.html(cell) }
        return parts.map { part in
            let passed = part.last == "✓"
            return "<span class=\"badge \(passed ? "pass" : "fail")\" title=\"\(passed ? "✓" : "✗")\">\(part.first!)</span>"
        }.joined()
    }

    private func anchor(_ id: String) -> String {
        String(id.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
    }
}
