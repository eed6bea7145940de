/// A chart in a report section; HTML draws it as SVG, text and Markdown show its table instead.
public enum ReportChart: Sendable, Hashable, Codable {
    /// Horizontal bars.
    case bars(BarChart)
    /// Grouped vertical bars.
    case groupedBars(GroupedBarChart)
    /// Lines over time.
    case line(LineChart)
    /// A shaded score matrix.
    case matrix(ScoreMatrixChart)

    /// The chart as inline SVG.
    public func svg(width: Double = 720) -> String {
        switch self {
        case .bars(let chart): chart.svg(width: width)
        case .groupedBars(let chart): chart.svg(width: width)
        case .line(let chart): chart.svg(width: width)
        case .matrix(let chart): chart.svg(width: width)
        }
    }

    /// The chart's title.
    public var title: String {
        switch self {
        case .bars(let chart): chart.title
        case .groupedBars(let chart): chart.title
        case .line(let chart): chart.title
        case .matrix(let chart): chart.title
        }
    }
}
