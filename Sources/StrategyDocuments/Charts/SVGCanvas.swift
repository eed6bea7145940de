/// A small SVG writer the chart builders share: escaped text, fixed palette, nice axis ticks.
///
/// Charts are inline SVG with a `viewBox`, so they scale with the page and print sharply;
/// colours come from one palette that stays distinguishable in greyscale print (the bars
/// also carry their values as text, so no information depends on colour alone).
struct SVGCanvas {
    /// Series colours: blue, orange, green, purple, teal, red.
    static let palette = ["#2b6cb0", "#dd6b20", "#2f855a", "#6b46c1", "#2c7a7b", "#c53030"]
    /// Colour for de-emphasised bars.
    static let muted = "#b8c2cc"
    /// Axis and grid colours.
    static let axis = "#4a5568", grid = "#e2e8f0", ink = "#1a202c"

    let width: Double
    let height: Double
    private(set) var elements: [String] = []

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// Rough width of a label at a font size; SVG has no text metrics, and this errs wide.
    static func textWidth(_ text: String, size: Double = 12) -> Double {
        Double(text.count) * size * 0.58
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String,
                       title: String? = nil, stroke: String? = nil) {
        let strokeAttribute = stroke.map { " stroke=\"\($0)\"" } ?? ""
        let tooltip = title.map { "<title>\(HTMLEscaping.escape($0))</title>" } ?? ""
        elements.append("<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(max(0, width)))\" height=\"\(f(max(0, height)))\" fill=\"\(fill)\"\(strokeAttribute)>\(tooltip)</rect>")
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1,
                       dash: String? = nil) {
        let dashAttribute = dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
        elements.append("<line x1=\"\(f(x1))\" y1=\"\(f(y1))\" x2=\"\(f(x2))\" y2=\"\(f(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(f(width))\"\(dashAttribute)/>")
    }

    mutating func polyline(_ points: [(Double, Double)], stroke: String, width: Double = 2, dash: String? = nil) {
        let dashAttribute = dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
        let list = points.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ")
        elements.append("<polyline points=\"\(list)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(f(width))\" stroke-linejoin=\"round\"\(dashAttribute)/>")
    }

    mutating func circle(x: Double, y: Double, radius: Double, fill: String, title: String? = nil) {
        let tooltip = title.map { "<title>\(HTMLEscaping.escape($0))</title>" } ?? ""
        elements.append("<circle cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"\(f(radius))\" fill=\"\(fill)\">\(tooltip)</circle>")
    }

    enum Anchor: String { case start, middle, end }

    mutating func text(_ text: String, x: Double, y: Double, anchor: Anchor = .start, size: Double = 12,
                       fill: String = SVGCanvas.ink, bold: Bool = false) {
        let weight = bold ? " font-weight=\"600\"" : ""
        elements.append("<text x=\"\(f(x))\" y=\"\(f(y))\" text-anchor=\"\(anchor.rawValue)\" font-size=\"\(f(size))\" fill=\"\(fill)\"\(weight)>\(HTMLEscaping.escape(text))</text>")
    }

    /// The finished `<svg>` element with an accessible title.
    func svg(title: String) -> String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(f(width)) \(f(height))" width="\(f(width))" height="\(f(height))" role="img" aria-label="\(HTMLEscaping.escape(title))" font-family="-apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif">
        <title>\(HTMLEscaping.escape(title))</title>
        \(elements.joined(separator: "\n"))
        </svg>
        """
    }

    /// Coordinates with at most one decimal keep the SVG small and diff-friendly.
    func f(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// Axis ticks at 1, 2 or 5 × 10ⁿ covering `low...high`, about `count` of them.
    static func niceTicks(low: Double, high: Double, count: Int = 5) -> [Double] {
        guard high > low, low.isFinite, high.isFinite else { return [low] }
        let raw = (high - low) / Double(max(1, count))
        var magnitude = 1.0
        while magnitude * 10 <= raw { magnitude *= 10 }
        while magnitude > raw { magnitude /= 10 }
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? magnitude * 10
        let start = (low / step).rounded(.down) * step
        var ticks: [Double] = []
        var value = start
        while value <= high + step * 0.5, ticks.count < 20 {
            ticks.append(value)
            value += step
        }
        return ticks
    }
}
