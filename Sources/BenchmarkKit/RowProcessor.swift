import StrategyKit

/// Validates the cells of one input row and appends valid rows to a
/// ``DataBuilder``. Shared by the CSV parsers, the XLSX reader and the JSON
/// importer; cells are given as byte ranges of one base pointer.
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

    /// The file's number notation; `nil` while undetermined (no separator in the
    /// sample): then a value that reads two ways is an error.
    var notation: NumberNotation? {
        didSet {
            decimal = notation?.decimal ?? UInt8(ascii: ".")
            grouping = notation?.grouping
        }
    }
    private var decimal = UInt8(ascii: ".")
    private var grouping: UInt8?
    /// Day before month in `03/04/2025`; `nil` while undetermined.
    var dayFirst: Bool?
    /// Plain numbers in date columns are Excel serial days (XLSX).
    var serialDates = false
    private var constantCompetitor: Int32?
    private var constantPlatform: Int32?
    private var constantDay: Int32?
    private let dateColumn: Int?
    private let publishColumn: Int?
    /// Each row is one post (a post export without a posts column).
    private let postPerRow: Bool

    init(file: String, format: String, options: ImportOptions, resolution: ColumnMapping.Resolution,
         headers: [String]) {
        report = ImportReport(file: file, format: format)
        self.options = options
        fieldForColumn = resolution.fieldForColumn
        scaleForColumn = resolution.scaleForColumn
        self.headers = headers
        for (field, header) in resolution.headers { report.columns[field.rawValue] = header }
        report.ignoredColumns = resolution.ignored
        dateColumn = resolution.fieldForColumn.firstIndex(of: .date)
        publishColumn = resolution.fieldForColumn.firstIndex(of: .publishTime)
        postPerRow = publishColumn != nil && resolution.headers[.posts] == nil
        if postPerRow {
            report.notices.append(ImportNotice(
                code: "posts-per-row",
                en: "each row is one post (column '\(resolution.headers[.publishTime]!)' is a publish time and there is no posts column); rows of the same day are added up",
                de: "jede Zeile ist ein Beitrag (Spalte '\(resolution.headers[.publishTime]!)' ist ein Veröffentlichungszeitpunkt, eine Spalte für Beiträge fehlt); Zeilen desselben Tages werden addiert"))
        }
        if let name = options.competitor { constantCompetitor = builder.competitorNames.intern(name) }
        if let name = options.platform {
            var bytes = Array(name.utf8)
            bytes.append(0)
            constantPlatform = bytes.withUnsafeBufferPointer { [builder] in builder.platformID($0.baseAddress!, 0, $0.count - 1) }
        }
        if let asOf = options.asOf, dateColumn == nil, publishColumn == nil {
            constantDay = CivilDate.parseISO(asOf)
            report.notices.append(ImportNotice(
                code: "snapshot",
                en: "no date column: a snapshot, loaded as one day, \(asOf) (--as-of)",
                de: "keine Datumsspalte: eine Momentaufnahme, als ein Tag geladen, \(asOf) (--as-of)"))
        }
    }

    /// Records a problem (always counted; listed up to the cap).
    mutating func add(_ d: ImportDiagnostic) {
        errorCount += 1
        if diagnostics.count < options.maxDiagnostics { diagnostics.append(d) }
    }

    static func cellText(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> String {
        var start = s, end = e
        ByteParsing.trim(p, &start, &end)
        let text = String(decoding: UnsafeBufferPointer(start: p + start, count: end - start), as: UTF8.self)
        return text.count > 40 ? String(text.prefix(40)) + "…" : text
    }

    static func isLifetime(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        var start = s, end = e
        ByteParsing.trim(p, &start, &end)
        guard end - start == 8 else { return false }
        let word = Array("lifetime".utf8)
        for k in 0..<8 where p[start + k] | 0x20 != word[k] { return false }
        return true
    }

    /// What to write for the numbers of this file in messages.
    private var notationText: String {
        notation.map { "\($0)" } ?? "decimal '.' (no separator seen elsewhere in the file)"
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
        var haveComp = constantCompetitor != nil, havePlat = constantPlatform != nil
        var haveDay = constantDay != nil
        if let d = constantDay { day = d }
        var lifetimeAt = -1
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
            case .date, .publishTime:
                if field == .publishTime && (haveDay || dateColumn != nil && lifetimeAt < 0 && j > dateColumn!) {
                    continue  // the date column dates this row
                }
                let r = ByteParsing.parseDate(p, s, e, dayFirst: dayFirst, serials: serialDates)
                if let d = r.day {
                    day = d; haveDay = true
                } else if field == .date && Self.isLifetime(p, s, e) {
                    lifetimeAt = j
                } else if field == .publishTime && dateColumn != nil && lifetimeAt < 0 {
                    continue  // the date column comes later and dates the row
                } else {
                    let text = Self.cellText(p, s, e)
                    fail(j, .invalidDate, field.rawValue,
                         "invalid date '\(text)' in column '\(headers[j])': \(r.message ?? "")")
                }
            default:
                let m = field.measure!
                var r = ByteParsing.parseNumber(p, s, e, decimal: decimal, grouping: grouping)
                if notation == nil, case .value = r, let sep = Self.ambiguousSeparator(p, s, e) {
                    let example = NumberEvidence.Example(text: Self.cellText(p, s, e), line: 0, column: 0)
                    fail(j, .ambiguousNumber, field.rawValue,
                         NumberEvidence.ambiguityMessage(header: headers[j], example: example, separator: sep))
                    r = .missing
                } else if notation == nil, case .invalid = r,
                          NumberNotation.clue(p, s, e) == .decimalComma || NumberNotation.clue(p, s, e) == .decimalPoint {
                    r = ByteParsing.parseNumber(p, s, e, decimal: UInt8(ascii: ","), grouping: UInt8(ascii: "."))
                }
                switch r {
                case .missing:
                    break
                case .invalid:
                    let text = Self.cellText(p, s, e)
                    let why = text.hasSuffix("%")
                        ? "a percentage, but \(field.rawValue) is a \(m == .responseMinutes ? "time" : "count")"
                        : "expected digits with '\(String(UnicodeScalar(decimal)))' as decimal separator\(grouping == UInt8(ascii: ".") ? " and '.' between thousands" : ""), or an empty cell for missing"
                    fail(j, .invalidNumber, field.rawValue, "invalid number '\(text)' in column '\(headers[j])' (\(why))")
                case .value(let v):
                    if v < 0 {
                        fail(j, .negativeValue, field.rawValue,
                             "negative value \(Self.cellText(p, s, e)) in column '\(headers[j])' (\(field.rawValue) cannot be negative)")
                    } else if v < 9.0e15 && Double(Int64(v)) != v && m != .responseMinutes {
                        let text = Self.cellText(p, s, e)
                        var hint = ""
                        if let sep = Self.singleSeparator(p, s, e) {
                            let other = sep == "." ? "," : "."
                            hint = "; read with \(notationText): if '\(sep)' groups thousands here, give --decimal \(other) --thousands \(sep)"
                        }
                        fail(j, .fractionalCount, field.rawValue,
                             "\(field.rawValue) is a count and must be a whole number, found '\(text)' in column '\(headers[j])'\(hint)")
                    } else {
                        values[m.rawValue] = v * scaleForColumn[j]
                    }
                }
            }
        }
        if lifetimeAt >= 0 && !haveDay {
            if let pc = publishColumn, pc < count {
                let r = ByteParsing.parseDate(p, starts[pc], ends[pc], dayFirst: dayFirst, serials: serialDates)
                if let d = r.day {
                    day = d; haveDay = true
                } else {
                    fail(pc, .invalidDate, BenchmarkField.publishTime.rawValue,
                         "invalid date '\(Self.cellText(p, starts[pc], ends[pc]))' in column '\(headers[pc])': \(r.message ?? "")")
                }
            } else {
                fail(lifetimeAt, .lifetimeDate, BenchmarkField.date.rawValue,
                     "column '\(headers[lifetimeAt])' says 'Lifetime' (a total over the post's life), and there is no publish-time column to date the row; export with a publish time (e.g. 'Publish time') or daily values")
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
        if postPerRow { values[Measure.posts.rawValue] = 1 }
        let c = constantCompetitor ?? builder.competitorNames.intern(p, comp.0, comp.1)
        let pl = constantPlatform ?? builder.platformID(p, plat.0, plat.1)
        builder.append(competitor: c, platform: pl, day: day)
    }

    /// The separator of a value that reads two ways (`1.234`, `3,425`), if it is one.
    static func ambiguousSeparator(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> UInt8? {
        var i = s
        while i < e && p[i] != 0x2E && p[i] != 0x2C { i += 1 }
        guard i < e else { return nil }
        if case .ambiguous(let sep) = NumberNotation.clue(p, s, e) { return sep }
        return nil
    }

    /// The one kind of separator in a cell, if it has any.
    static func singleSeparator(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> String? {
        var dot = false, comma = false
        for i in s..<e {
            if p[i] == 0x2E { dot = true } else if p[i] == 0x2C { comma = true }
        }
        if dot && !comma { return "." }
        if comma && !dot { return "," }
        return nil
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
