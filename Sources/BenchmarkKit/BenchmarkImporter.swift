import Foundation

/// Entry points that read competitor data (long-form CSV or JSON) into
/// ``BenchmarkData``.
///
/// Errors are thrown as ``ImportError`` with `file:line:column: message`
/// diagnostics. With ``ImportOptions/skipInvalidRows`` bad rows are skipped and
/// counted in ``BenchmarkData/report`` instead.
public enum BenchmarkImporter {
    /// Reads a CSV file.
    public static func csv(path: String, options: ImportOptions = ImportOptions()) throws -> BenchmarkData {
        switch options.parser {
        case .fast:
            let source = try CSVImporter.ByteSource(path: path)
            return try CSVImporter.importFast(source: source, file: path, options: options)
        case .csvSwift:
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw ImportError(diagnostics: [ImportDiagnostic(file: path, line: 1, column: 1, code: .cannotRead,
                                                                 message: "cannot open file")], totalCount: 1)
            }
            return try CSVImporter.importWithCSVSwift(text: nil, path: path, file: path, options: options)
        }
    }

    /// Reads CSV text (for tests and data held in memory).
    public static func csv(text: String, fileName: String = "<memory>",
                           options: ImportOptions = ImportOptions()) throws -> BenchmarkData {
        switch options.parser {
        case .fast:
            return try CSVImporter.importFast(source: .init(bytes: Array(text.utf8)), file: fileName, options: options)
        case .csvSwift:
            return try CSVImporter.importWithCSVSwift(text: text, path: nil, file: fileName, options: options)
        }
    }

    /// Reads a JSON file holding an array of row objects.
    public static func json(path: String, options: ImportOptions = ImportOptions()) throws -> BenchmarkData {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ImportError(diagnostics: [ImportDiagnostic(file: path, line: 1, column: 1, code: .cannotRead,
                                                             message: "cannot open file")], totalCount: 1)
        }
        return try JSONImporter.load(bytes: [UInt8](data), file: path, options: options)
    }

    /// Reads JSON text holding an array of row objects.
    public static func json(text: String, fileName: String = "<memory>",
                            options: ImportOptions = ImportOptions()) throws -> BenchmarkData {
        try JSONImporter.load(bytes: Array(text.utf8), file: fileName, options: options)
    }

    /// Reads the first worksheet (or ``ImportOptions/sheet``) of an `.xlsx` file.
    public static func xlsx(path: String, options: ImportOptions = ImportOptions()) throws -> BenchmarkData {
        try XLSXImporter.load(path: path, options: options)
    }

    /// Reads a file by its extension: `.json` as JSON, `.xlsx` as a workbook, everything else as CSV.
    public static func load(path: String, options: ImportOptions = ImportOptions()) throws -> BenchmarkData {
        let lower = path.lowercased()
        if lower.hasSuffix(".json") { return try json(path: path, options: options) }
        if lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm") { return try xlsx(path: path, options: options) }
        return try csv(path: path, options: options)
    }
}
