import StrategyKit

/// Reads the first sheet (or ``ImportOptions/sheet``) of an `.xlsx` file through the same
/// row processing as CSV: header detection, description rows, number and date evidence.
/// Positions read `file:sheet:row:column` (row and column 1-based, as Excel numbers them).
enum XLSXImporter {
    static func load(path: String, options: ImportOptions) throws -> BenchmarkData {
        let reader: XLSXReader
        do {
            reader = try XLSXReader(path: path, sheet: options.sheet)
        } catch {
            throw ImportError(diagnostics: [ImportDiagnostic(file: path, line: 1, column: 1, code: .cannotRead,
                                                             message: error.message)], totalCount: 1)
        }
        let file = "\(path):\(reader.sheetName)"
        // Text of every cell; numbers keep their decimal point until the notation is known.
        var rows: [(number: Int, cells: [String], kinds: [UInt8])] = []  // kind 0 empty, 1 text, 2 number, 3 date
        for row in reader.rows {
            guard let last = row.cells.last?.column else { continue }
            var cells = [String](repeating: "", count: last)
            var kinds = [UInt8](repeating: 0, count: last)
            for cell in row.cells where cell.column >= 1 && cell.column <= last {
                switch cell.value {
                case .text(let t): cells[cell.column - 1] = t; kinds[cell.column - 1] = 1
                case .number(let n): cells[cell.column - 1] = n; kinds[cell.column - 1] = 2
                case .date(let d): cells[cell.column - 1] = d; kinds[cell.column - 1] = 3
                }
            }
            if cells.allSatisfy({ $0.trimmingSpaces().isEmpty }) { continue }
            rows.append((row.number, cells, kinds))
        }
        guard !rows.isEmpty else {
            throw ImportError(diagnostics: [ImportDiagnostic(file: file, line: 1, column: 1, code: .emptyFile,
                                                             message: "empty sheet: expected a header row")], totalCount: 1)
        }
        let h: Int
        if let given = options.headerRow {
            guard let k = rows.firstIndex(where: { $0.number == given }) else {
                throw ImportError(diagnostics: [ImportDiagnostic(file: file, line: given, column: 1, code: .invalidOption,
                                                                 message: "--header-row \(given): row \(given) is empty")],
                                  totalCount: 1)
            }
            h = k
        } else {
            h = ImportLayout.chooseHeader(rows.prefix(30).map(\.cells), options: options)
        }
        let headers = rows[h].cells.map { $0.trimmingSpaces() }
        let resolution = ImportLayout.resolve(headers: headers, options: options)
        try ImportLayout.checkRequired(resolution, mapping: options.mapping, headers: headers, file: file,
                                       line: rows[h].number)
        var first = h + 1
        var descriptionRows: [Int] = []
        while first < rows.count && descriptionRows.count < 3
                && ImportLayout.isDescriptionRow(rows[first].cells, resolution: resolution) {
            descriptionRows.append(rows[first].number)
            first += 1
        }
        var processor = RowProcessor(file: file, format: "xlsx", options: options, resolution: resolution, headers: headers)
        processor.report.notices.insert(contentsOf: ImportLayout.headerNotices(
            skippedAbove: rows[..<h].map { (line: $0.number, text: ImportLayout.preview($0.cells)) },
            headerLine: rows[h].number, given: options.headerRow != nil, descriptionRows: descriptionRows), at: 0)

        // Evidence from text cells only: numeric cells are unambiguous.
        var evidence = ImportLayout.Evidence(columns: headers.count)
        for row in rows[first...] {
            for j in 0..<min(row.cells.count, headers.count) where row.kinds[j] == 1 {
                var bytes = Array(row.cells[j].utf8)
                let n = bytes.count
                bytes.append(0)
                bytes.withUnsafeBufferPointer { b in
                    evidence.add(b.baseAddress!, 0, n, column: j, field: resolution.fieldForColumn[j]) { (row.number, j + 1) }
                }
            }
        }
        let (decided, dayFirst) = try evidence.decide(file: file, headers: headers, options: options,
                                                      notices: &processor.report.notices)
        let notation = decided ?? .point
        processor.notation = notation
        processor.dayFirst = dayFirst
        processor.serialDates = true

        var bytes: [UInt8] = []
        var starts: [Int] = [], ends: [Int] = []
        for row in rows[first...] {
            bytes.removeAll(keepingCapacity: true)
            starts.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            // A row as wide as the header: cells beyond the last filled one are empty.
            for j in 0..<max(row.cells.count, headers.count) {
                starts.append(bytes.count)
                if j < row.cells.count {
                    if row.kinds[j] == 2 && notation.decimal != UInt8(ascii: ".") {
                        bytes += row.cells[j].utf8.map { $0 == UInt8(ascii: ".") ? notation.decimal : $0 }
                    } else {
                        bytes += row.cells[j].utf8
                    }
                }
                ends.append(bytes.count)
            }
            bytes.append(0)
            let count = starts.count
            let number = row.number
            bytes.withUnsafeBufferPointer { b in
                starts.withUnsafeBufferPointer { s in
                    ends.withUnsafeBufferPointer { e in
                        processor.process(b.baseAddress!, starts: s.baseAddress!, ends: e.baseAddress!, count: count) { j in
                            (number, j + 1)
                        }
                    }
                }
            }
        }
        return try processor.finish()
    }
}
