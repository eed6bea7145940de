/// A problem that stops the guidelines from being generated: a bad template or a missing input.
public struct GuidelinesError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of problem.
    public enum Code: String, Sendable, Hashable, Codable {
        /// The template is not valid Mustache or has a bad header.
        case templateSyntax = "template_syntax"
        /// The template uses a variable the generator does not provide.
        case unknownVariable = "unknown_variable"
        /// The template file cannot be read.
        case templateIO = "template_io"
        /// The organisation profile lacks something every guideline needs.
        case missingInput = "missing_input"
    }

    /// The kind of problem.
    public var code: Code
    /// The file at fault.
    public var file: String
    /// Line, from 1.
    public var line: Int
    /// Column, from 1.
    public var column: Int
    /// What is wrong and how to fix it.
    public var message: String

    /// Creates an error.
    public init(code: Code, file: String, line: Int = 1, column: Int = 1, message: String) {
        self.code = code
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: error: message`.
    public var description: String { "\(file):\(line):\(column): error: \(message)" }
}
