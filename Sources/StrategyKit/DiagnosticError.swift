/// Every problem found while loading, thrown at once so the user can fix them all in one go.
public struct DiagnosticError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The diagnostics, sorted by file, line and column.
    public var diagnostics: [Diagnostic]

    /// Creates the error; diagnostics are sorted by position.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sortedByPosition()
    }

    /// One `file:line:column: severity: message` per line.
    public var description: String { formatted() }

    /// One diagnostic per line in the given language.
    public func formatted(in language: Language = .en) -> String {
        diagnostics.map { $0.formatted(in: language) }.joined(separator: "\n")
    }
}

extension Array where Element == Diagnostic {
    /// Sorted by file, line, column; the original order breaks ties.
    func sortedByPosition() -> [Diagnostic] {
        enumerated().sorted { a, b in
            (a.element.file, a.element.line, a.element.column, a.offset)
                < (b.element.file, b.element.line, b.element.column, b.offset)
        }.map(\.element)
    }
}
