import Foundation

/// How competitor data is read.
///
/// Everything left `nil` is detected per file from its data: the encoding, the
/// delimiter, the header row, the decimal and thousands separators and the day
/// order of dates. Detection reads a sample (the first chunk of the file) once;
/// what it decided is stated in ``ImportReport/notices``, and data it cannot
/// decide is an error that names the option to give, never a guess.
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
    /// Field delimiter; `nil` detects `,`, `;` or tab from the first lines (or an Excel `sep=` line).
    public var delimiter: UInt8?
    /// Decimal separator in numbers (`.` or `,`); `nil` detects it from the data.
    public var decimalSeparator: UInt8?
    /// Digit-grouping separator (e.g. `.` in German `1.234,5`), used with ``decimalSeparator``;
    /// groups of three digits are checked.
    public var groupingSeparator: UInt8?
    /// The order of day and month in dates such as `03/04/2025`; `nil` detects it from the data.
    public var dateFormat: DateFormat?
    /// The file's text encoding; `nil` detects it (BOM, UTF-8 validity).
    public var encoding: TextEncoding?
    /// The 1-based line of the header; `nil` finds it (description lines above it are skipped).
    public var headerRow: Int?
    /// The competitor of every row, for single-profile exports (wins over a competitor column).
    public var competitor: String?
    /// The platform of every row, for single-profile exports (wins over a platform column).
    public var platform: String?
    /// The day of a snapshot export without a date column (`YYYY-MM-DD`).
    public var asOf: String?
    /// The worksheet of an `.xlsx` file; `nil` is the first.
    public var sheet: String?
    public var parser: Parser

    public init(mapping: ColumnMapping = .automatic, skipInvalidRows: Bool = false, maxDiagnostics: Int = 50,
                delimiter: UInt8? = nil, decimalSeparator: UInt8? = nil,
                groupingSeparator: UInt8? = nil, dateFormat: DateFormat? = nil, encoding: TextEncoding? = nil,
                headerRow: Int? = nil, competitor: String? = nil, platform: String? = nil, asOf: String? = nil,
                sheet: String? = nil, parser: Parser = .fast) {
        self.mapping = mapping
        self.skipInvalidRows = skipInvalidRows
        self.maxDiagnostics = maxDiagnostics
        self.delimiter = delimiter
        self.decimalSeparator = decimalSeparator
        self.groupingSeparator = groupingSeparator
        self.dateFormat = dateFormat
        self.encoding = encoding
        self.headerRow = headerRow
        self.competitor = competitor
        self.platform = platform
        self.asOf = asOf
        self.sheet = sheet
        self.parser = parser
    }

    /// The notation given by ``decimalSeparator`` and ``groupingSeparator``, if any.
    var givenNotation: NumberNotationOption? {
        decimalSeparator.map { NumberNotationOption(decimal: $0, grouping: groupingSeparator) }
    }
}

/// A decimal and grouping separator pair given as options.
struct NumberNotationOption {
    var decimal: UInt8
    var grouping: UInt8?
}

/// How dates that are not `YYYY-MM-DD` order day and month.
public enum DateFormat: String, Sendable, Codable, CaseIterable {
    case isoDate = "YYYY-MM-DD"
    case dayMonthYearDots = "DD.MM.YYYY"
    case dayMonthYearSlashes = "DD/MM/YYYY"
    case monthDayYearSlashes = "MM/DD/YYYY"

    /// Parses a flag value (`DD/MM/YYYY`, `mm/dd/yyyy`, `D.M.YY`, …).
    public init?(flag: String) {
        let f = flag.uppercased().replacingOccurrences(of: "YYYY", with: "Y").replacingOccurrences(of: "YY", with: "Y")
            .replacingOccurrences(of: "DD", with: "D").replacingOccurrences(of: "MM", with: "M")
        switch f {
        case "Y-M-D", "Y/M/D": self = .isoDate
        case "D.M.Y": self = .dayMonthYearDots
        case "D/M/Y", "D-M-Y": self = .dayMonthYearSlashes
        case "M/D/Y", "M-D-Y": self = .monthDayYearSlashes
        default: return nil
        }
    }

    /// Whether `03/04/2025` is the 3rd of April (day first); `nil` for ISO dates.
    var dayFirst: Bool {
        self != .monthDayYearSlashes
    }
}

/// Text encodings of exports.
public enum TextEncoding: String, Sendable, Codable, CaseIterable {
    case utf8 = "utf-8"
    case utf16LittleEndian = "utf-16le"
    case utf16BigEndian = "utf-16be"
    case windows1252 = "windows-1252"

    /// Parses a flag value (`utf-8`, `utf8`, `utf-16`, `utf-16le`, `cp1252`, `latin1`, …).
    public init?(flag: String) {
        switch flag.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": self = .utf8
        case "utf-16", "utf16", "utf-16le", "utf16le", "unicode": self = .utf16LittleEndian
        case "utf-16be", "utf16be": self = .utf16BigEndian
        case "windows-1252", "cp1252", "windows1252", "latin1", "latin-1", "iso-8859-1", "ansi": self = .windows1252
        default: return nil
        }
    }
}
