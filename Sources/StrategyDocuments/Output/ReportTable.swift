/// A table in a report section: headers, rows of plain-text cells, alignment and row emphasis.
public struct ReportTable: Sendable, Hashable, Codable {
    /// Horizontal alignment of a column.
    public enum Alignment: String, Sendable, Hashable, Codable {
        /// Text columns.
        case left
        /// Number columns.
        case right
    }

    /// How a row stands out; text output shows it through the cell contents, never colour alone.
    public enum RowStyle: String, Sendable, Hashable, Codable {
        /// No emphasis.
        case normal
        /// Something good (recommended, passed, winner).
        case good
        /// Something that needs attention (failed, flagged, neglected).
        case bad
        /// A total or summary row.
        case total
        /// The reader's own organisation among others (benchmarks).
        case own
    }

    /// Column headers.
    public var headers: [String]
    /// Alignment per column; missing entries are left-aligned.
    public var alignments: [Alignment]
    /// The rows; each has as many cells as there are headers.
    public var rows: [[String]]
    /// Emphasis per row; missing entries are normal.
    public var rowStyles: [RowStyle]

    /// Creates a table.
    public init(headers: [String], alignments: [Alignment] = [], rows: [[String]] = [], rowStyles: [RowStyle] = []) {
        self.headers = headers
        self.alignments = alignments
        self.rows = rows
        self.rowStyles = rowStyles
    }

    /// Appends a row with a style.
    public mutating func append(_ row: [String], style: RowStyle = .normal) {
        while rowStyles.count < rows.count { rowStyles.append(.normal) }
        rows.append(row)
        rowStyles.append(style)
    }

    /// The alignment of a column.
    public func alignment(_ column: Int) -> Alignment {
        column < alignments.count ? alignments[column] : .left
    }

    /// The style of a row.
    public func style(_ row: Int) -> RowStyle {
        row < rowStyles.count ? rowStyles[row] : .normal
    }
}
