/// How `smkit check` writes its findings.
public enum CheckOutputFormat: String, Sendable, Hashable, CaseIterable {
    /// `file:line:column: severity: [plugin RULE] message`, like a compiler.
    case text
    /// One JSON document with findings, failures and the disclaimer.
    case json
    /// A Markdown report with one table per file.
    case markdown
}
