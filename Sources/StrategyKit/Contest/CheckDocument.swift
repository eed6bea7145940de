/// A loaded contest or post file: the subject and where each of its fields was written.
public struct CheckDocument: Sendable, Hashable {
    /// The file, as given to the loader.
    public var file: String
    /// The contest or post.
    public var subject: CheckSubject
    /// Positions of fields by dotted path (`prize.value_eur`, `terms.includes`).
    public var positions: [String: FieldPosition]
    /// Where the characters of text fields (`text`) were written, for findings about a phrase.
    public var textMaps: [String: TextSourceMap]

    /// Creates a document.
    public init(file: String, subject: CheckSubject, positions: [String: FieldPosition] = [:],
                textMaps: [String: TextSourceMap] = [:]) {
        self.file = file
        self.subject = subject
        self.positions = positions
        self.textMaps = textMaps
    }

    /// `file:line:column` of the character at `utf8Offset` of text field `field`; of the field
    /// itself when its text was not mapped.
    public func location(of field: String?, utf8Offset: Int?) -> String {
        if let field, let utf8Offset, let position = textMaps[field]?.position(ofUTF8Offset: utf8Offset) {
            return "\(file):\(position.line):\(position.column)"
        }
        return location(of: field)
    }

    /// `file:line:column` of `field` or of its nearest written parent; the file alone when unknown.
    public func location(of field: String?) -> String {
        var path = field ?? ""
        while !path.isEmpty {
            if let position = positions[path] { return "\(file):\(position.line):\(position.column)" }
            guard let dot = path.lastIndex(of: ".") else { break }
            path = String(path[..<dot])
        }
        return "\(file):1:1"
    }
}
