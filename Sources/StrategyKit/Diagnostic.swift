/// A problem found in an input file, with its exact position.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Codable, CaseIterable {
        /// The input cannot be used.
        case error
        /// The input is usable but probably wrong.
        case warning
    }

    /// What kind of problem it is, so scripts can react without parsing messages.
    public enum Code: String, Sendable, Hashable, Codable, CaseIterable {
        /// Not valid YAML, not UTF-8, or otherwise unreadable.
        case syntax
        /// The file could not be read.
        case io
        /// A key the schema does not know.
        case unknownKey = "unknown_key"
        /// A value of the wrong type (text where a number is expected, …).
        case wrongType = "wrong_type"
        /// A required field is absent.
        case missingField = "missing_field"
        /// A value of the right type that cannot be true (negative hours, …).
        case invalidValue = "invalid_value"
        /// A reference to an unknown id (benefit, platform, goal).
        case unknownReference = "unknown_reference"
        /// The same id twice.
        case duplicate
    }

    /// The file, as given to the loader.
    public var file: String
    /// Line, starting at 1.
    public var line: Int
    /// Column, starting at 1.
    public var column: Int
    /// Error or warning.
    public var severity: Severity
    /// The kind of problem.
    public var code: Code
    /// What is wrong, in German and English.
    public var message: LocalizedText

    /// Creates a diagnostic.
    public init(file: String, line: Int, column: Int, severity: Severity = .error, code: Code,
                message: LocalizedText) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.code = code
        self.message = message
    }

    /// `file:line:column: severity: message` in the given language.
    public func formatted(in language: Language = .en) -> String {
        "\(file):\(line):\(column): \(severity.rawValue): \(message.text(in: language))"
    }

    /// `file:line:column: severity: message` in English, as compilers print it.
    public var description: String { formatted() }
}
