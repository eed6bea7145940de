/// One problem found while importing competitor data, with its position.
///
/// `line` is the physical line in the file (1-based; the header is line 1 in
/// CSV), `column` the 1-based character position where the bad field starts.
/// Its ``description`` reads `file:line:column: message`, the form editors and
/// CI logs understand.
public struct ImportDiagnostic: Error, Codable, Sendable, Hashable, CustomStringConvertible {
    /// Stable kinds of problems (used to count skipped rows by reason).
    public struct Code: RawRepresentable, Codable, Sendable, Hashable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        public static let invalidNumber = Code(rawValue: "invalid-number")
        public static let negativeValue = Code(rawValue: "negative-value")
        public static let fractionalCount = Code(rawValue: "fractional-count")
        public static let invalidDate = Code(rawValue: "invalid-date")
        public static let emptyCompetitor = Code(rawValue: "empty-competitor")
        public static let emptyPlatform = Code(rawValue: "empty-platform")
        public static let fieldCount = Code(rawValue: "field-count")
        public static let unterminatedQuote = Code(rawValue: "unterminated-quote")
        public static let characterAfterQuote = Code(rawValue: "character-after-quote")
        public static let missingColumn = Code(rawValue: "missing-column")
        public static let emptyFile = Code(rawValue: "empty-file")
        public static let invalidJSON = Code(rawValue: "invalid-json")
        public static let invalidValueType = Code(rawValue: "invalid-value-type")
        public static let invalidEncoding = Code(rawValue: "invalid-encoding")
        public static let cannotRead = Code(rawValue: "cannot-read")
        public static let ambiguousNumber = Code(rawValue: "ambiguous-number")
        public static let conflictingNumbers = Code(rawValue: "conflicting-numbers")
        public static let ambiguousDate = Code(rawValue: "ambiguous-date")
        public static let lifetimeDate = Code(rawValue: "lifetime-date")
        public static let invalidOption = Code(rawValue: "invalid-option")
    }

    public var file: String
    public var line: Int
    public var column: Int
    public var code: Code
    /// The field concerned, when known (e.g. `likes`).
    public var field: String?
    public var message: String

    public init(file: String, line: Int, column: Int, code: Code, field: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.code = code
        self.field = field
        self.message = message
    }

    public var description: String { "\(file):\(line):\(column): \(message)" }
}
