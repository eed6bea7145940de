public import StrategyKit

/// A horizontal bar chart: one labelled bar per item, its value written beside it.
public struct BarChart: Sendable, Hashable, Codable {
    /// One bar.
    public struct Bar: Sendable, Hashable, Codable {
        /// The label left of the bar.
        public var label: String
        /// The value (bars start at 0).
        public var value: Double
        /// The text right of the bar; defaults to the formatted value.
        public var valueLabel: String?
        /// Highlighted bars use the accent colour, the others a muted one.
        public var highlighted: Bool

        /// Creates a bar.
        public init(label: String, value: Double, valueLabel: String? = nil, highlighted: Bool = true) {
            self.label = label
            self.value = value
            self.valueLabel = valueLabel
            self.highlighted = highlighted
        }
    }

    /// The chart's title (also its accessible name).
    public var title: String
    /// The bars, top to bottom.
    public var bars: [Bar]
    /// The value at the right edge; defaults to the largest value.
    public var maximum: Double?
    /// What highlighted and muted bars mean, shown under the chart, e.g. "blue: recommended".
    public var legend: [String]
    /// Language of the number labels.
    public var language: Language

    /// Creates a chart.
    public init(title: String, bars: [Bar], maximum: Double? = nil, legend: [String] = [], language: Language) {
        self.title = title
        self.bars = bars
        self.maximum = maximum
        self.legend = legend
        self.language = language
    }

    /// The chart as an inline SVG element.
    public func svg(width: Double = 720) -> String {
        let labelWidth = min(260, max(80, bars.map { SVGCanvas.textWidth($0.label) }.max() ?? 80) + 12)
        let valueWidth = max(48, (bars.map { SVGCanvas.textWidth($0.valueLabel ?? NumberText.format($0.value, language)) }.max() ?? 40) + 12)
        let rowHeight = 26.0, top = 28.0
        let legendHeight = legend.isEmpty ? 0.0 : 22
        let height = top + Double(bars.count) * rowHeight + 8 + legendHeight
        var canvas = SVGCanvas(width: width, height: height)
        canvas.text(title, x: 0, y: 16, size: 13, bold: true)
        let plotLeft = labelWidth, plotWidth = width - labelWidth - valueWidth
        let top0 = bars.map(\.value).max() ?? 1
        let maximum = max(self.maximum ?? top0, 1e-9)
        for (index, bar) in bars.enumerated() {
            let y = top + Double(index) * rowHeight
            canvas.text(fit(bar.label, width: labelWidth - 10), x: labelWidth - 8, y: y + 16, anchor: .end)
            let length = max(0, min(1, bar.value / maximum)) * plotWidth
            let label = bar.valueLabel ?? NumberText.format(bar.value, language)
            canvas.rect(x: plotLeft, y: y + 4, width: max(length, 1), height: rowHeight - 8,
                        fill: bar.highlighted ? SVGCanvas.palette[0] : SVGCanvas.muted, title: "\(bar.label): \(label)")
            canvas.text(label, x: plotLeft + length + 6, y: y + 16)
        }
        canvas.line(x1: plotLeft, y1: top, x2: plotLeft, y2: top + Double(bars.count) * rowHeight, stroke: SVGCanvas.axis)
        if !legend.isEmpty {
            canvas.text(legend.joined(separator: "   "), x: plotLeft, y: height - 6, size: 11, fill: SVGCanvas.axis)
        }
        return canvas.svg(title: title)
    }

    private func fit(_ text: String, width: Double) -> String {
        guard SVGCanvas.textWidth(text) > width else { return text }
        let keep = max(1, Int(width / (12 * 0.58)) - 1)
        return String(text.prefix(keep)) + "…"
    }
}
