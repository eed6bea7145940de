/// A loaded contest or post file: the subject and where each of its fields was written.
public struct CheckDocument: Sendable, Hashable {
    /// The file, as given to the loader.
    public var file: String
    /// The contest or post.
    public var subject: CheckSubject
    /// Positions of fields by dotted path (`prize.value_eur`, `terms.includes`).
    public var positions: [String: FieldPosition]

    /// Creates a document.
    public init(file: String, subject: CheckSubject, positions: [String: FieldPosition] = [:]) {
        self.file = file
        self.subject = subject
        self.positions = positions
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
