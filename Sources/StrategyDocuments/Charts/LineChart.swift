public import StrategyKit

/// Values over time: one line per series on a shared date axis, with optional markers.
public struct LineChart: Sendable, Hashable, Codable {
    /// One dated value.
    public struct Point: Sendable, Hashable, Codable {
        /// The day.
        public var date: CalendarDate
        /// The value.
        public var value: Double

        /// Creates a point.
        public init(date: CalendarDate, value: Double) {
            self.date = date
            self.value = value
        }
    }

    /// One line.
    public struct Series: Sendable, Hashable, Codable {
        /// The name in the legend.
        public var name: String
        /// Points, any order (drawn by date).
        public var points: [Point]
        /// Dashed lines mark plans and expectations rather than measurements.
        public var dashed: Bool

        /// Creates a series.
        public init(name: String, points: [Point], dashed: Bool = false) {
            self.name = name
            self.points = points
            self.dashed = dashed
        }
    }

    /// A vertical marker, e.g. the report's as-of date or a deadline.
    public struct Marker: Sendable, Hashable, Codable {
        /// The day marked.
        public var date: CalendarDate
        /// Its label.
        public var label: String

        /// Creates a marker.
        public init(date: CalendarDate, label: String) {
            self.date = date
            self.label = label
        }
    }

    /// The chart's title.
    public var title: String
    /// The lines.
    public var series: [Series]
    /// Vertical markers.
    public var markers: [Marker]
    /// The unit shown after the axis title, e.g. "h" or "applications".
    public var unit: String?
    /// Language of the number labels.
    public var language: Language

    /// Creates a chart.
    public init(title: String, series: [Series], markers: [Marker] = [], unit: String? = nil, language: Language) {
        self.title = title
        self.series = series
        self.markers = markers
        self.unit = unit
        self.language = language
    }

    /// The chart as an inline SVG element.
    public func svg(width: Double = 720) -> String {
        let height = 260.0, top = 50.0, bottom = 36.0, left = 56.0, right = 16.0
        var canvas = SVGCanvas(width: width, height: height)
        canvas.text(title, x: 0, y: 16, size: 13, bold: true)
        var legendX = 0.0
        for (index, item) in series.enumerated() {
            let colour = SVGCanvas.palette[index % SVGCanvas.palette.count]
            canvas.line(x1: legendX, y1: 34, x2: legendX + 18, y2: 34, stroke: colour, width: 2.5,
                        dash: item.dashed ? "6 4" : nil)
            canvas.text(item.name, x: legendX + 22, y: 38, size: 11)
            legendX += 22 + SVGCanvas.textWidth(item.name, size: 11) + 18
        }
        let dates = series.flatMap { $0.points.map(\.date) } + markers.map(\.date)
        let values = series.flatMap { $0.points.map(\.value) }
        guard let firstDay = dates.map(\.dayNumber).min(), let lastDay = dates.map(\.dayNumber).max(),
              let low = values.min(), let high = values.max() else {
            return canvas.svg(title: title)
        }
        let span = Double(max(1, lastDay - firstDay))
        let ticks = SVGCanvas.niceTicks(low: min(0, low), high: high == low ? high + 1 : high, count: 4)
        let yLow = ticks.first ?? 0, yHigh = ticks.last ?? 1
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        func x(_ date: CalendarDate) -> Double { left + plotWidth * Double(date.dayNumber - firstDay) / span }
        func y(_ value: Double) -> Double { top + plotHeight * (1 - (value - yLow) / max(1e-9, yHigh - yLow)) }
        for tick in ticks {
            canvas.line(x1: left, y1: y(tick), x2: width - right, y2: y(tick), stroke: SVGCanvas.grid)
            canvas.text(NumberText.format(tick, language), x: left - 6, y: y(tick) + 4, anchor: .end, size: 10,
                        fill: SVGCanvas.axis)
        }
        // Month ticks: the first of each month, thinned so labels never collide.
        var month = CalendarDate(year: CalendarDate(dayNumber: firstDay).year,
                                 month: CalendarDate(dayNumber: firstDay).month, day: 1)!
        var monthTicks: [CalendarDate] = []
        while month.dayNumber <= lastDay {
            if month.dayNumber >= firstDay { monthTicks.append(month) }
            month = month.month == 12 ? CalendarDate(year: month.year + 1, month: 1, day: 1)!
                : CalendarDate(year: month.year, month: month.month + 1, day: 1)!
        }
        let every = max(1, Int((Double(monthTicks.count) * 56 / plotWidth).rounded(.up)))
        for (index, tick) in monthTicks.enumerated() where index % every == 0 {
            canvas.line(x1: x(tick), y1: y(yLow), x2: x(tick), y2: y(yLow) + 4, stroke: SVGCanvas.axis)
            canvas.text(monthLabel(tick), x: x(tick), y: height - bottom + 16, anchor: .middle, size: 10,
                        fill: SVGCanvas.axis)
        }
        canvas.line(x1: left, y1: y(yLow), x2: width - right, y2: y(yLow), stroke: SVGCanvas.axis)
        for marker in markers {
            canvas.line(x1: x(marker.date), y1: top, x2: x(marker.date), y2: y(yLow), stroke: SVGCanvas.axis,
                        dash: "2 3")
            canvas.text(marker.label, x: x(marker.date) + (x(marker.date) > width - 120 ? -4 : 4), y: top + 10,
                        anchor: x(marker.date) > width - 120 ? .end : .start, size: 10, fill: SVGCanvas.axis)
        }
        for (index, item) in series.enumerated() {
            let colour = SVGCanvas.palette[index % SVGCanvas.palette.count]
            let points = item.points.sorted { $0.date < $1.date }
            canvas.polyline(points.map { (x($0.date), y($0.value)) }, stroke: colour, width: 2.5,
                            dash: item.dashed ? "6 4" : nil)
            if !item.dashed {
                for point in points {
                    canvas.circle(x: x(point.date), y: y(point.value), radius: 3.5, fill: colour,
                                  title: "\(item.name), \(point.date): \(NumberText.format(point.value, language))")
                }
            }
        }
        if let unit {
            canvas.text(unit, x: left - 6, y: top - 6, anchor: .end, size: 10, fill: SVGCanvas.axis)
        }
        return canvas.svg(title: title)
    }

    private func monthLabel(_ date: CalendarDate) -> String {
        let de = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"]
        let en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let names = language == .de ? de : en
        return "\(names[date.month - 1]) \(String(date.year).suffix(2))"
    }
}
