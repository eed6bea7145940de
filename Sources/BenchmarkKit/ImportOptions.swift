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
