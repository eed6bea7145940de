public import StrategyKit

/// Vertical bars grouped by category, one bar per series in each group, with a legend.
public struct GroupedBarChart: Sendable, Hashable, Codable {
    /// One series (e.g. one strategy draft) with a value per category.
    public struct Series: Sendable, Hashable, Codable {
        /// The series' name in the legend.
        public var name: String
        /// One value per category, in category order.
        public var values: [Double]

        /// Creates a series.
        public init(name: String, values: [Double]) {
            self.name = name
            self.values = values
        }
    }

    /// The chart's title.
    public var title: String
    /// Category labels under the groups.
    public var categories: [String]
    /// The series.
    public var series: [Series]
    /// The top of the value axis; defaults to the largest value.
    public var maximum: Double?
    /// Whether values are 0…1 shares shown as percentages.
    public var percent: Bool
    /// Language of the number labels.
    public var language: Language

    /// Creates a chart.
    public init(title: String, categories: [String], series: [Series], maximum: Double? = nil,
                percent: Bool = false, language: Language) {
        self.title = title
        self.categories = categories
        self.series = series
        self.maximum = maximum
        self.percent = percent
        self.language = language
    }

    /// The chart as an inline SVG element.
    public func svg(width: Double = 720) -> String {
        let height = 300.0, top = 54.0, bottom = 44.0, left = 44.0, right = 8.0
        var canvas = SVGCanvas(width: width, height: height)
        canvas.text(title, x: 0, y: 16, size: 13, bold: true)
        var legendX = 0.0
        for (index, item) in series.enumerated() {
            let colour = SVGCanvas.palette[index % SVGCanvas.palette.count]
            canvas.rect(x: legendX, y: 28, width: 12, height: 12, fill: colour)
            canvas.text(item.name, x: legendX + 16, y: 38, size: 11)
            legendX += 16 + SVGCanvas.textWidth(item.name, size: 11) + 18
        }
        let largest = series.flatMap(\.values).max() ?? 1
        let ticks = SVGCanvas.niceTicks(low: 0, high: max(maximum ?? largest, 1e-9), count: 4)
        let top0 = ticks.last ?? 1
        let plotHeight = height - top - bottom, plotWidth = width - left - right
        func y(_ value: Double) -> Double { top + plotHeight * (1 - min(1, max(0, value / top0))) }
        for tick in ticks {
            canvas.line(x1: left, y1: y(tick), x2: width - right, y2: y(tick), stroke: SVGCanvas.grid)
            canvas.text(label(tick, tickLabel: true), x: left - 6, y: y(tick) + 4, anchor: .end, size: 10, fill: SVGCanvas.axis)
        }
        let groupWidth = plotWidth / Double(max(1, categories.count))
        let barWidth = min(46, (groupWidth - 16) / Double(max(1, series.count)))
        for (c, category) in categories.enumerated() {
            let groupLeft = left + Double(c) * groupWidth + (groupWidth - barWidth * Double(series.count)) / 2
            for (s, item) in series.enumerated() where c < item.values.count {
                let value = item.values[c]
                let x = groupLeft + Double(s) * barWidth
                let colour = SVGCanvas.palette[s % SVGCanvas.palette.count]
                canvas.rect(x: x + 2, y: y(value), width: barWidth - 4, height: y(0) - y(value), fill: colour,
                            title: "\(item.name), \(category): \(label(value))")
                canvas.text(label(value), x: x + barWidth / 2, y: y(value) - 4, anchor: .middle, size: 10)
            }
            canvas.text(category, x: left + Double(c) * groupWidth + groupWidth / 2, y: height - bottom + 18,
                        anchor: .middle, size: 11)
        }
        canvas.line(x1: left, y1: y(0), x2: width - right, y2: y(0), stroke: SVGCanvas.axis)
        return canvas.svg(title: title)
    }

    private func label(_ value: Double, tickLabel: Bool = false) -> String {
        percent ? NumberText.percent(value, language, digits: tickLabel ? 0 : 1) : NumberText.format(value, language)
    }
}
