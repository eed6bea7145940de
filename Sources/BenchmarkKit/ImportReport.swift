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
    /// What the import detected or skipped on its own (encoding, separators, header
    /// row, description rows, a snapshot day), to be shown with every result.
    public var notices: [ImportNotice]

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
        notices = []
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        file = try c.decode(String.self, forKey: .file)
        format = try c.decode(String.self, forKey: .format)
        rowsRead = try c.decode(Int.self, forKey: .rowsRead)
        rowsImported = try c.decode(Int.self, forKey: .rowsImported)
        rowsSkipped = try c.decode(Int.self, forKey: .rowsSkipped)
        skippedByReason = try c.decode([String: Int].self, forKey: .skippedByReason)
        duplicatesMerged = try c.decode(Int.self, forKey: .duplicatesMerged)
        columns = try c.decode([String: String].self, forKey: .columns)
        ignoredColumns = try c.decode([String].self, forKey: .ignoredColumns)
        diagnostics = try c.decode([ImportDiagnostic].self, forKey: .diagnostics)
        notices = try c.decodeIfPresent([ImportNotice].self, forKey: .notices) ?? []
    }
}
