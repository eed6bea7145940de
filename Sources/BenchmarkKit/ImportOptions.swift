/// How competitor data is read.
public struct ImportOptions: Sendable {
    /// Which CSV parser reads the file.
    public enum Parser: String, Sendable, Codable {
        /// Byte-level parser of BenchmarkKit (RFC 4180 quoting, CRLF, BOM),
        /// streaming in chunks; numbers parsed from bytes. The default.
        case fast
        /// yaslab/CSV.swift, one `String` per cell. Slower; kept as the
        /// reference implementation the fast parser is tested against.
        case csvSwift
    }

    public var mapping: ColumnMapping
    /// Skip rows with errors (and count them) instead of failing the import.
    public var skipInvalidRows: Bool
    /// At most this many diagnostics are kept; all are counted.
    public var maxDiagnostics: Int
    /// Field delimiter; `nil` detects `,`, `;` or tab from the header line.
    public var delimiter: UInt8?
    /// Decimal separator in numbers (`.` or `,`).
    public var decimalSeparator: UInt8
    /// Digit-grouping separator to skip in numbers (e.g. `.` in German `1.234,5`).
    public var groupingSeparator: UInt8?
    public var parser: Parser

    public init(mapping: ColumnMapping = .automatic, skipInvalidRows: Bool = false, maxDiagnostics: Int = 50,
                delimiter: UInt8? = nil, decimalSeparator: UInt8 = UInt8(ascii: "."),
                groupingSeparator: UInt8? = nil, parser: Parser = .fast) {
        self.mapping = mapping
        self.skipInvalidRows = skipInvalidRows
        self.maxDiagnostics = maxDiagnostics
        self.delimiter = delimiter
        self.decimalSeparator = decimalSeparator
        self.groupingSeparator = groupingSeparator
        self.parser = parser
    }
}

/// What an import did: rows read, imported, skipped (and why), and which
/// columns it used.
public struct ImportReport: Codable, Sendable, Equatable {
    public var file: String
    public var format: String
    /// Data rows seen (blank lines not counted).
    public var rowsRead: Int
    public var rowsImported: Int
    public var rowsSkipped: Int
    /// Skipped rows per problem code (a row counts once, under its first problem).
    public var skippedByReason: [String: Int]
    /// Rows for the same competitor, platform and day that were merged into one.
    public var duplicatesMerged: Int
    /// Field name → header that filled it.
    public var columns: [String: String]
    /// Headers that fill no field.
    public var ignoredColumns: [String]
    /// Problems of skipped rows and notes (capped like errors).
    public var diagnostics: [ImportDiagnostic]

    public init(file: String, format: String) {
        self.file = file
        self.format = format
        rowsRead = 0
        rowsImported = 0
        rowsSkipped = 0
        skippedByReason = [:]
        duplicatesMerged = 0
        columns = [:]
        ignoredColumns = []
        diagnostics = []
    }
}
