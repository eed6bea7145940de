/// The import failed: every problem found (up to a cap) and their total.
public struct ImportError: Error, Sendable, CustomStringConvertible {
    /// The first ``ImportOptions/maxDiagnostics`` problems, in file order.
    public var diagnostics: [ImportDiagnostic]
    /// All problems found, including those not listed.
    public var totalCount: Int

    public init(diagnostics: [ImportDiagnostic], totalCount: Int) {
        self.diagnostics = diagnostics
        self.totalCount = totalCount
    }

    public var description: String {
        var lines = diagnostics.map(\.description)
        if totalCount > diagnostics.count {
            lines.append("… and \(totalCount - diagnostics.count) more problem(s) not shown")
        }
        return lines.joined(separator: "\n")
    }
}
