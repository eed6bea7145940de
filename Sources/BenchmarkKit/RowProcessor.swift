/// Validates the cells of one input row and appends valid rows to a
/// ``DataBuilder``. Shared by the CSV parsers and the JSON importer; cells are
/// given as byte ranges of one base pointer.
struct RowProcessor {
    let builder = DataBuilder()
    var report: ImportReport
    let options: ImportOptions
    let fieldForColumn: [BenchmarkField?]
    let scaleForColumn: [Double]
    let headers: [String]
    var diagnostics: [ImportDiagnostic] = []
    var errorCount = 0
    private var rowCodes: [ImportDiagnostic.Code] = []

    init(file: String, format: String, options: ImportOptions, resolution: ColumnMapping.Resolution,
         headers: [String]) {
        report = ImportReport(file: file, format: format)
        self.options = options
        fieldForColumn = resolution.fieldForColumn
        scaleForColumn = resolution.scaleForColumn
        self.headers = headers
        for (field, header) in resolution.headers { report.columns[field.rawValue] = header }
        report.ignoredColumns = resolution.ignored
    }

    /// Records a problem (always counted; listed up to the cap).
    mutating func add(_ d: ImportDiagnostic) {
        errorCount += 1
        if diagnostics.count < options.maxDiagnostics { diagnostics.append(d) }
    }

    static func cellText(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> String {
        let text = String(decoding: UnsafeBufferPointer(start: p + s, count: e - s), as: UTF8.self)
        return text.count > 40 ? String(text.prefix(40)) + "…" : text
    }

    /// Processes one data row. `position(j)` gives the line and column of
    /// field `j` (and of the end of the row for `j == count`).
    @inline(__always)
    mutating func process(_ p: UnsafePointer<UInt8>, starts: UnsafePointer<Int>, ends: UnsafePointer<Int>,
                          count: Int, position: (Int) -> (line: Int, column: Int)) {
        report.rowsRead += 1
        rowCodes.removeAll(keepingCapacity: true)
        let file = report.file
        func fail(_ j: Int, _ code: ImportDiagnostic.Code, _ field: String?, _ message: String) {
            let (line, column) = position(j)
            rowCodes.append(code)
            add(ImportDiagnostic(file: file, line: line, column: column, code: code, field: field, message: message))
        }
        let ncols = fieldForColumn.count
        if count != ncols {
            var extraNonEmpty = -1
            if count > ncols {
                for j in ncols..<count where ends[j] > starts[j] { extraNonEmpty = j; break }
            }
            if count < ncols {
                let missing = (count..<ncols).compactMap { fieldForColumn[$0]?.rawValue }
                let list = missing.isEmpty ? "" : " (missing: \(missing.joined(separator: ", ")))"
                fail(count, .fieldCount, nil, "row has \(count) field(s), the header has \(ncols)\(list)")
            } else if extraNonEmpty >= 0 {
                fail(extraNonEmpty, .fieldCount, nil, "row has \(count) fields, the header has \(ncols)")
            }
        }
        let values = builder.staging
        for k in 0..<DataBuilder.measureCount { values[k] = .nan }
        var comp = (0, 0), plat = (0, 0)
        var day: Int32 = 0
        var haveComp = false, havePlat = false, haveDay = false
        for j in 0..<min(count, ncols) {
            guard let field = fieldForColumn[j] else { continue }
            var s = starts[j], e = ends[j]
            switch field {
            case .competitor, .platform:
                ByteParsing.trim(p, &s, &e)
                if s == e {
                    fail(j, field == .competitor ? .emptyCompetitor : .emptyPlatform, field.rawValue,
                         "empty \(field.rawValue) name in column '\(headers[j])'")
                } else if field == .competitor {
                    comp = (s, e); haveComp = true
                } else {
                    plat = (s, e); havePlat = true
                }
            case .date:
                let r = ByteParsing.parseDate(p, s, e)
                if let d = r.day {
                    day = d; haveDay = true
                } else {
                    let text = Self.cellText(p, s, e)
                    fail(j, .invalidDate, field.rawValue,
                         "invalid date '\(text)' in column '\(headers[j])': \(r.message ?? "")")
                }
            default:
                let m = field.measure!
                switch ByteParsing.parseNumber(p, s, e, decimal: options.decimalSeparator,
                                               grouping: options.groupingSeparator) {
                case .missing:
                    break
                case .invalid:
                    let sep = options.decimalSeparator == UInt8(ascii: ",") ? "','" : "'.'"
                    fail(j, .invalidNumber, field.rawValue,
                         "invalid number '\(Self.cellText(p, s, e))' in column '\(headers[j])' (expected digits with \(sep) as decimal separator, or an empty cell for missing)")
                case .value(let v):
                    if v < 0 {
                        fail(j, .negativeValue, field.rawValue,
                             "negative value \(Self.cellText(p, s, e)) in column '\(headers[j])' (\(field.rawValue) cannot be negative)")
                    } else if m == .posts && v != v.rounded() {
                        fail(j, .fractionalCount, field.rawValue,
                             "posts must be a whole number, found '\(Self.cellText(p, s, e))' in column '\(headers[j])'")
                    } else {
                        values[m.rawValue] = v * scaleForColumn[j]
                    }
                }
            }
        }
        if !rowCodes.isEmpty {
            report.rowsSkipped += 1
            report.skippedByReason[rowCodes[0].rawValue, default: 0] += 1
            return
        }
        // Required fields whose column exists but lies beyond a short row.
        guard haveComp, havePlat, haveDay else {
            if rowCodes.isEmpty { report.rowsSkipped += 1 }
            return
        }
        if errorCount > 0 && !options.skipInvalidRows { return }  // result is discarded anyway
        let c = builder.competitorNames.intern(p, comp.0, comp.1)
        let pl = builder.platformID(p, plat.0, plat.1)
        builder.append(competitor: c, platform: pl, day: day)
    }

    /// Throws the collected problems unless rows may be skipped, then builds the data.
    func finish() throws -> BenchmarkData {
        if errorCount > 0 && !options.skipInvalidRows {
            throw ImportError(diagnostics: diagnostics, totalCount: errorCount)
        }
        var report = self.report
        report.diagnostics = diagnostics
        return builder.finish(report: report)
    }
}
