/// What an import did: rows read, imported, skipped (and why), and which
/// columns it used.
public struct ImportReport: Codable, Sendable, Equatable {
    public var file: String
    public var format: String
    /// Data rows seen (blank lines not counted).
    public var rowsRead: Int
    public var rowsImported: Int
    public var rowsSkipped: Int
    /// Skipped rows per problem code (a row counts once, under its first problem).
    public var skippedByReason: [String: Int]
    /// Rows for the same competitor, platform and day that were merged into one.
    public var duplicatesMerged: Int
    /// Field name → header that filled it.
    public var columns: [String: String]
    /// Headers that fill no field.
    public var ignoredColumns: [String]
    /// Problems of skipped rows and notes (capped like errors).
    public var diagnostics: [ImportDiagnostic]

    public init(file: String, format: String) {
        self.file = file
        self.format = format
        rowsRead = 0
        rowsImported = 0
        rowsSkipped = 0
        skippedByReason = [:]
        duplicatesMerged = 0
        columns = [:]
        ignoredColumns = []
        diagnostics = []
    }
}
