import Foundation
import Mustache

/// One guideline section template: a Mustache file whose leading comment names its title.
///
/// ```
/// {{! title: Vertraulichkeit
///     after: personal-opinion }}
/// Body in Markdown with {{organization}} …
/// ```
/// `title` is required and is plain text (a Mustache comment cannot contain `}}`, so the
/// header cannot hold variables); `after` (optional) places an added section after the
/// section with that id. The body is Markdown. Values are inserted as written,
/// not HTML-escaped: the HTML output escapes the finished Markdown instead.
public struct GuidelineTemplate: Sendable {
    /// The section id (the file name without `.mustache`).
    public var id: String
    /// The file it came from, for error messages.
    public var file: String
    /// The title template.
    public var titleSource: String
    /// The id of the section to follow, for added sections.
    public var after: String?
    /// The full template text.
    public var source: String

    private let body: MustacheTemplate

    /// Parses a template; errors name the file, line and column.
    public init(id: String, file: String, source: String) throws(GuidelinesError) {
        self.id = id
        self.file = file
        self.source = source
        let header = try Self.header(source, file: file)
        guard let titleText = header.fields["title"], !titleText.isEmpty else {
            throw GuidelinesError(code: .templateSyntax, file: file, message:
                "the template must start with a header comment naming its title, e.g. {{! title: Confidentiality }}")
        }
        self.titleSource = titleText
        self.after = header.fields["after"]
        // Prepended on line 1 without a newline, so parser line numbers stay true.
        let prefix = "{{% CONTENT_TYPE: TEXT}}"
        do {
            self.body = try MustacheTemplate(string: prefix + source)
        } catch let error as MustacheTemplate.ParserError {
            let column = error.context.lineNumber == 1
                ? max(1, error.context.columnNumber - prefix.count) : error.context.columnNumber
            throw GuidelinesError(code: .templateSyntax, file: file, line: error.context.lineNumber, column: column,
                                  message: Self.describe(error.error) + ": " + error.context.line.replacingPrefix(prefix))
        } catch {
            throw GuidelinesError(code: .templateSyntax, file: file, message: "cannot parse the template: \(error)")
        }
        if titleText.contains("{{") {
            throw GuidelinesError(code: .templateSyntax, file: file, line: header.titleLine, column: 1,
                                  message: "the title is plain text; variables end the header comment early")
        }
    }

    /// Checks that every variable the template uses is one of `known`.
    public func validate(known: Set<String>) throws(GuidelinesError) {
        for use in TemplateScanner.variables(in: source) {
            guard let root = use.name.split(separator: ".").first.map(String.init), use.name != "." else { continue }
            if use.isPartial {
                throw GuidelinesError(code: .unknownVariable, file: file, line: use.line, column: use.column,
                                      message: "partials ({{>\(use.name)}}) are not supported in guideline templates")
            }
            if !known.contains(root) {
                let hint = TemplateScanner.closest(to: root, among: known).map { "; did you mean '\($0)'?" } ?? ""
                throw GuidelinesError(code: .unknownVariable, file: file, line: use.line, column: use.column,
                                      message: "unknown variable '\(root)'\(hint) (docs/guidelines.md lists the variables)")
            }
        }
    }

    /// The title and the rendered body.
    public func render(_ context: [String: Any]) -> (title: String, body: String) {
        (titleSource, Self.tidy(body.render(context)))
    }

    /// Collapses the blank lines conditional sections leave behind and trims the ends.
    static func tidy(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = String(line).trimmingTrailingSpaces()
            if trimmed.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(trimmed)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    private struct Header {
        var fields: [String: String]
        var titleLine: Int
    }

    /// Reads `key: value` lines from the leading `{{! … }}` comment.
    private static func header(_ source: String, file: String) throws(GuidelinesError) -> Header {
        let text = source.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\u{FEFF}" }
        guard text.hasPrefix("{{!") else { return Header(fields: [:], titleLine: 1) }
        guard let end = text.range(of: "}}") else {
            throw GuidelinesError(code: .templateSyntax, file: file, message: "the header comment '{{!' is not closed with '}}'")
        }
        let leadingLines = source.prefix(source.count - text.count).filter { $0 == "\n" }.count
        let inner = text[text.index(text.startIndex, offsetBy: 3)..<end.lowerBound]
        var fields: [String: String] = [:]
        var titleLine = 1 + leadingLines
        for (offset, rawLine) in inner.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let colon = rawLine.firstIndex(of: ":") else { continue }
            let key = rawLine[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = rawLine[rawLine.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard ["title", "after"].contains(key) else {
                throw GuidelinesError(code: .templateSyntax, file: file, line: 1 + leadingLines + offset, column: 1,
                                      message: "unknown header field '\(key)'; allowed: title, after")
            }
            fields[key] = value
            if key == "title" { titleLine = 1 + leadingLines + offset }
        }
        return Header(fields: fields, titleLine: titleLine)
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a closing tag {{/…}} does not match the open section"
        case .unfinishedName: return "a tag is not closed with '}}'"
        case .expectedSectionEnd: return "a section {{#…}} or {{^…}} is never closed with {{/…}}"
        case .invalidSetDelimiter: return "bad set-delimiter tag"
        case .transformAppliedToInheritanceSection: return "transform applied to an inheritance section"
        case .illegalTokenInsideInheritSection: return "illegal tag inside an inheritance section"
        case .textInsideInheritSection: return "text inside an inheritance section"
        case .invalidConfigVariableSyntax: return "bad configuration tag {{% … }}"
        case .unrecognisedConfigVariable: return "unknown configuration tag {{% … }}"
        }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " || result.last == "\t" || result.last == "\r" { result.removeLast() }
        return result
    }

    func replacingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }
}
