public import StrategyKit

/// A matrix of 0…1 scores (rows × columns), each cell shaded by its value and labelled with it.
public struct ScoreMatrixChart: Sendable, Hashable, Codable {
    /// The chart's title.
    public var title: String
    /// Row labels.
    public var rows: [String]
    /// Column labels.
    public var columns: [String]
    /// `values[row][column]`, each 0…1; `nil` marks a term that does not apply.
    public var values: [[Double?]]
    /// Language of the number labels.
    public var language: Language

    /// Creates a chart.
    public init(title: String, rows: [String], columns: [String], values: [[Double?]], language: Language) {
        self.title = title
        self.rows = rows
        self.columns = columns
        self.values = values
        self.language = language
    }

    /// The chart as an inline SVG element.
    public func svg(width: Double = 720) -> String {
        let labelWidth = min(240, (rows.map { SVGCanvas.textWidth($0) }.max() ?? 80) + 14)
        let rowHeight = 28.0
        let cellWidth = (width - labelWidth) / Double(max(1, columns.count))
        // Long column labels wrap onto several lines instead of running into their neighbours.
        let headerLines = columns.map { Self.wrap($0, width: cellWidth - 8, size: 11) }
        let lineCount = Double(headerLines.map(\.count).max() ?? 1)
        let top = 38.0 + lineCount * 14
        let height = top + Double(rows.count) * rowHeight + 4
        var canvas = SVGCanvas(width: width, height: height)
        canvas.text(title, x: 0, y: 16, size: 13, bold: true)
        for (c, lines) in headerLines.enumerated() {
            for (index, line) in lines.enumerated() {
                canvas.text(line, x: labelWidth + (Double(c) + 0.5) * cellWidth,
                            y: top - 8 - Double(lines.count - 1 - index) * 14, anchor: .middle, size: 11, bold: true)
            }
        }
        for (r, row) in rows.enumerated() {
            let y = top + Double(r) * rowHeight
            canvas.text(row, x: labelWidth - 8, y: y + 18, anchor: .end)
            for c in columns.indices {
                let value = r < values.count && c < values[r].count ? values[r][c] : nil
                let x = labelWidth + Double(c) * cellWidth
                guard let value else {
                    canvas.rect(x: x + 1, y: y + 1, width: cellWidth - 2, height: rowHeight - 2, fill: "#f7fafc")
                    canvas.text("–", x: x + cellWidth / 2, y: y + 18, anchor: .middle, fill: SVGCanvas.axis)
                    continue
                }
                let clamped = max(0, min(1, value))
                canvas.rect(x: x + 1, y: y + 1, width: cellWidth - 2, height: rowHeight - 2, fill: Self.shade(clamped),
                            title: "\(row), \(columns[c]): \(NumberText.format(value, language))")
                canvas.text(NumberText.format(value, language), x: x + cellWidth / 2, y: y + 18, anchor: .middle,
                            fill: clamped > 0.6 ? "#ffffff" : SVGCanvas.ink)
            }
        }
        return canvas.svg(title: title)
    }

    /// Greedy word wrap by estimated text width.
    static func wrap(_ text: String, width: Double, size: Double) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if !line.isEmpty, SVGCanvas.textWidth(candidate, size: size) > width {
                lines.append(line)
                line = String(word)
            } else {
                line = candidate
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.isEmpty ? [""] : lines
    }

    /// From pale blue (0) to deep blue (1).
    static func shade(_ value: Double) -> String {
        let from = (235.0, 244.0, 255.0), to = (35.0, 78.0, 140.0)
        func channel(_ a: Double, _ b: Double) -> String {
            let v = Int((a + (b - a) * value).rounded())
            let hex = String(v, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }
        return "#" + channel(from.0, to.0) + channel(from.1, to.1) + channel(from.2, to.2)
    }
}
