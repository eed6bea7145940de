import Foundation
import StrategyDocuments
import StrategyKit
import Testing

@Suite("Rendering utilities")
struct RenderingTests {
    @Test("numbers follow German and English conventions")
    func numbers() {
        #expect(NumberText.format(1150, .de) == "1.150")
        #expect(NumberText.format(1150, .en) == "1,150")
        #expect(NumberText.format(1234567.891, .de) == "1.234.567,89")
        #expect(NumberText.format(0.405, .en, digits: 3) == "0.405")
        #expect(NumberText.format(-0.41, .en) == "−0.41")
        #expect(NumberText.format(-0.001, .en) == "0")
        #expect(NumberText.format(2.5, .de, digits: 0) == "3")
        #expect(NumberText.format(0.05, .en) == "0.05")
        #expect(NumberText.percent(0.405, .de) == "40,5 %")
        #expect(NumberText.percent(0.405, .en) == "40.5%")
        #expect(NumberText.euros(150, .de) == "150 €")
        #expect(NumberText.euros(150, .en) == "€150")
        #expect(NumberText.format(.nan, .en) == "–")
    }

    @Test("text tables align columns and wrap long cells within the width")
    func textTable() {
        var table = ReportTable(headers: ["Name", "Value"], alignments: [.left, .right])
        table.append(["short", "1"])
        table.append([String(repeating: "long words here ", count: 12), "1,234"])
        table.append(["Total", "1,235"], style: .total)
        let text = TextRenderer(width: 60).render(table)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.count <= 60 })
        // Right-aligned numbers end in the same column.
        let numberLines = lines.filter { $0.hasSuffix("1") || $0.hasSuffix("1,234") || $0.hasSuffix("1,235") }
        #expect(Set(numberLines.map(\.count)).count == 1)
        #expect(lines[1].allSatisfy { $0 == "-" || $0 == " " })
    }

    @Test("Markdown subset converts to HTML and escapes raw HTML")
    func markdownToHTML() {
        let html = MarkdownToHTML.convert("""
            ## Titel

            Ein **fetter** und *kursiver* Text mit [Link](https://example.org) und <script>alert(1)</script>.

            - eins
            - zwei
              Fortsetzung

            1. erstens
            2. zweitens

            [böse](javascript:alert(1))
            """)
        #expect(html.contains("<h2>Titel</h2>"))
        #expect(html.contains("<strong>fetter</strong>"))
        #expect(html.contains("<em>kursiver</em>"))
        #expect(html.contains("<a href=\"https://example.org\">Link</a>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("<ul><li>eins</li><li>zwei Fortsetzung</li></ul>"))
        #expect(html.contains("<ol><li>erstens</li><li>zweitens</li></ol>"))
        #expect(!html.contains("href=\"javascript"))
    }

    @Test("charts escape their labels and draw one mark per value")
    func charts() {
        let bars = BarChart(title: "A & B", bars: [BarChart.Bar(label: "<x>", value: 0.5), BarChart.Bar(label: "y", value: 1)],
                            maximum: 1, language: .en).svg()
        #expect(bars.contains("A &amp; B"))
        #expect(bars.contains("&lt;x&gt;"))
        #expect(bars.components(separatedBy: "<rect").count - 1 == 2)
        let grouped = GroupedBarChart(title: "t", categories: ["a", "b", "c"],
                                      series: [.init(name: "s1", values: [0.1, 0.2, 0.3]), .init(name: "s2", values: [0.3, 0.2, 0.1])],
                                      maximum: 1, language: .de).svg()
        // Two legend swatches plus one bar per series and category.
        #expect(grouped.components(separatedBy: "<rect").count - 1 == 2 + 6)
        let day = { (text: String) in CalendarDate(text)! }
        let line = LineChart(title: "KPI", series: [.init(name: "m", points: [.init(date: day("2026-01-31"), value: 95),
                                                                              .init(date: day("2026-03-31"), value: 120)])],
                             markers: [.init(date: day("2026-02-15"), label: "heute")], language: .de).svg()
        #expect(line.components(separatedBy: "<circle").count - 1 == 2)
        #expect(line.contains("Feb 26"))
        let matrix = ScoreMatrixChart(title: "m", rows: ["r"], columns: ["a", "b"], values: [[0.2, nil]], language: .en).svg()
        #expect(matrix.contains(">0.2<"))
        #expect(matrix.contains(">–<"))
    }

    @Test("generation date honours SOURCE_DATE_EPOCH")
    func generationDate() {
        #expect(GenerationDate.today(environment: ["SOURCE_DATE_EPOCH": "0"]) == CalendarDate(year: 1970, month: 1, day: 1))
        #expect(GenerationDate.today(environment: ["SOURCE_DATE_EPOCH": "1795305600"]) == CalendarDate(year: 2026, month: 11, day: 22))
        let now = Date(timeIntervalSince1970: 86_400 * 3 + 10)
        #expect(GenerationDate.today(environment: [:], now: now) == CalendarDate(year: 1970, month: 1, day: 4))
    }
}
