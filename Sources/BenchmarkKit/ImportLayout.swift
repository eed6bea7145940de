import Foundation
import StrategyKit

/// The parts of an import that look at a file as a whole before its rows are read:
/// the encoding, the delimiter, which line is the header, description rows below it,
/// and the evidence that settles the number notation and the order of day and month.
/// Shared by the CSV and XLSX readers.
enum ImportLayout {
    // MARK: Encoding

    /// Whether `p[0..<n]` is valid UTF-8; a sequence cut off at the end counts as valid
    /// unless `complete`.
    static func isValidUTF8(_ p: UnsafePointer<UInt8>, _ n: Int, complete: Bool) -> Bool {
        var i = 0
        while i < n {
            let b = p[i]
            if b < 0x80 { i += 1; continue }
            let len: Int
            if b & 0xE0 == 0xC0 { len = 2; if b < 0xC2 { return false } } else if b & 0xF0 == 0xE0 { len = 3 } else if b & 0xF8 == 0xF0 {
                len = 4; if b > 0xF4 { return false }
            } else { return false }
            if i + len > n { return !complete }
            for k in 1..<len where p[i + k] & 0xC0 != 0x80 { return false }
            i += len
        }
        return true
    }

    /// Windows-1252 bytes 0x80–0x9F (the others are Latin-1).
    static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// Transcodes `bytes` to UTF-8 (a BOM is dropped).
    static func transcode(_ bytes: [UInt8], from encoding: TextEncoding) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        func put(_ scalar: UInt32) {
            let u = Unicode.Scalar(scalar) ?? "\u{FFFD}"
            out.append(contentsOf: String(Character(u)).utf8)
        }
        switch encoding {
        case .utf8:
            let skip = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            return Array(bytes[skip...])
        case .windows1252:
            for b in bytes {
                if b < 0x80 { out.append(b) } else if b < 0xA0 { put(cp1252High[Int(b - 0x80)]) } else { put(UInt32(b)) }
            }
        case .utf16LittleEndian, .utf16BigEndian:
            let little = encoding == .utf16LittleEndian
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = 0
            while i + 1 < bytes.count {
                let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
                units.append(little ? a | b << 8 : a << 8 | b)
                i += 2
            }
            if units.first == 0xFEFF { units.removeFirst() }
            for scalar in String(decoding: units, as: UTF16.self).unicodeScalars {
                if scalar.value < 0x80 { out.append(UInt8(scalar.value)) } else { put(scalar.value) }
            }
        }
        return out
    }

    /// The encoding of a file from its first bytes: a UTF-16 BOM, else UTF-8 when the
    /// sample is valid UTF-8, else Windows-1252.
    static func detectEncoding(_ p: UnsafePointer<UInt8>, _ n: Int, complete: Bool) -> TextEncoding {
        if n >= 2 && p[0] == 0xFF && p[1] == 0xFE { return .utf16LittleEndian }
        if n >= 2 && p[0] == 0xFE && p[1] == 0xFF { return .utf16BigEndian }
        // UTF-16 without a BOM: every other byte zero in the first characters.
        if n >= 8 && p[1] == 0 && p[3] == 0 && p[5] == 0 && p[0] != 0 && p[2] != 0 { return .utf16LittleEndian }
        if n >= 8 && p[0] == 0 && p[2] == 0 && p[4] == 0 && p[1] != 0 && p[3] != 0 { return .utf16BigEndian }
        return isValidUTF8(p, n, complete: complete) ? .utf8 : .windows1252
    }

    static func encodingNotice(_ encoding: TextEncoding, detected: Bool) -> ImportNotice? {
        switch encoding {
        case .utf8: return nil
        case .windows1252:
            return detected
                ? ImportNotice(code: "encoding",
                               en: "warning: the file is not UTF-8; read as Windows-1252 (as older Excel versions save CSV). If names look wrong, give --encoding",
                               de: "Warnung: die Datei ist kein UTF-8; als Windows-1252 gelesen (so speichern ältere Excel-Versionen CSV). Sehen Namen falsch aus, --encoding angeben")
                : ImportNotice(code: "encoding", en: "read as Windows-1252 (--encoding)", de: "als Windows-1252 gelesen (--encoding)")
        case .utf16LittleEndian, .utf16BigEndian:
            let name = encoding == .utf16LittleEndian ? "UTF-16 LE" : "UTF-16 BE"
            return ImportNotice(code: "encoding", en: "read as \(name) (Excel's \"Unicode text\")",
                                de: "als \(name) gelesen (Excels „Unicode-Text“)")
        }
    }

    // MARK: Delimiter

    /// An Excel `sep=X` first line: the delimiter and the offset after the line.
    static func excelSeparatorLine(_ p: UnsafePointer<UInt8>, _ s: Int, _ n: Int) -> (UInt8, Int)? {
        guard n - s >= 5, p[s] | 0x20 == UInt8(ascii: "s"), p[s + 1] | 0x20 == UInt8(ascii: "e"),
              p[s + 2] | 0x20 == UInt8(ascii: "p"), p[s + 3] == UInt8(ascii: "=") else { return nil }
        let d = p[s + 4]
        var i = s + 5
        if i < n && p[i] == 13 { i += 1 }
        if i < n && p[i] == 10 { i += 1 }
        guard i == n || i > s + 5 else { return nil }
        return (d, i)
    }

    /// Picks `,`, `;` or tab: the one whose count per line (outside quotes) is the same on the
    /// most of the first 20 lines; ties go to the larger count, then to `;` over `,`.
    static func detectDelimiter(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> UInt8 {
        let candidates: [UInt8] = [UInt8(ascii: ";"), 9, UInt8(ascii: ",")]
        var counts: [[Int]] = [[], [], []]
        var current = [0, 0, 0]
        var inQuotes = false
        var i = s
        var lines = 0
        var lineHasContent = false
        while i < e && lines < 20 {
            let b = p[i]
            if b == UInt8(ascii: "\"") { inQuotes.toggle() } else if !inQuotes && (b == 10 || b == 13) {
                if lineHasContent {
                    for k in 0..<3 { counts[k].append(current[k]) }
                    lines += 1
                }
                current = [0, 0, 0]
                lineHasContent = false
                i += 1
                continue
            } else if !inQuotes {
                for k in 0..<3 where b == candidates[k] { current[k] += 1 }
            }
            if b != 32 { lineHasContent = true }
            i += 1
        }
        if lineHasContent { for k in 0..<3 { counts[k].append(current[k]) } }
        var best = 2, bestScore = (-1, -1)
        for k in 0..<3 {
            var freq: [Int: Int] = [:]
            for c in counts[k] where c > 0 { freq[c, default: 0] += 1 }
            guard let mode = freq.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }) else { continue }
            let score = (mode.value, mode.key)
            if score > bestScore { best = k; bestScore = score }
        }
        return bestScore.0 < 0 ? UInt8(ascii: ",") : candidates[best]
    }

    // MARK: Header

    /// Resolves headers with the options: a constant competitor or platform replaces its
    /// column, which is then listed as ignored.
    static func resolve(headers: [String], options: ImportOptions) -> ColumnMapping.Resolution {
        var r = options.mapping.resolve(headers: headers)
        func drop(_ field: BenchmarkField) {
            guard let j = r.fieldForColumn.firstIndex(of: field) else { return }
            r.fieldForColumn[j] = nil
            r.headers[field] = nil
            r.ignored.append(headers[j])
        }
        if options.competitor != nil { drop(.competitor) }
        if options.platform != nil { drop(.platform) }
        r.missingRequired = BenchmarkField.required.filter { field in
            guard r.headers[field] == nil else { return false }
            switch field {
            case .competitor: return options.competitor == nil
            case .platform: return options.platform == nil
            case .date: return options.asOf == nil && r.headers[.publishTime] == nil
            default: return true
            }
        }
        return r
    }

    /// How well a record serves as the header: recognised columns, and whether all required are there.
    static func headerScore(_ fields: [String], options: ImportOptions) -> (complete: Bool, recognised: Int) {
        let r = resolve(headers: fields.map { $0.trimmingSpaces() }, options: options)
        return (r.missingRequired.isEmpty, r.headers.count)
    }

    /// The index of the header among the first records: the first with every required
    /// column, else the one with the most recognised columns (at least two), else the first.
    static func chooseHeader(_ records: [[String]], options: ImportOptions) -> Int {
        var best = 0, bestRecognised = 1
        for (k, fields) in records.enumerated() {
            let score = headerScore(fields, options: options)
            if score.complete && score.recognised > 0 { return k }
            if score.recognised > bestRecognised { best = k; bestRecognised = score.recognised }
        }
        return best
    }

    /// Whether a record right below the header describes the columns instead of holding
    /// data: no date in the date column, and text that is no number in every recognised
    /// numeric column that is not empty (at least one).
    static func isDescriptionRow(_ fields: [String], resolution: ColumnMapping.Resolution) -> Bool {
        var texts = 0
        let valueColumns = resolution.fieldForColumn.filter { $0 != nil && $0 != .competitor && $0 != .platform }.count
        for (j, field) in resolution.fieldForColumn.enumerated() {
            guard let field, j < fields.count else { continue }
            let cell = fields[j].trimmingSpaces()
            if cell.isEmpty { continue }
            var bytes = Array(cell.utf8)
            bytes.append(0)
            let isData: Bool = bytes.withUnsafeBufferPointer { b in
                let p = b.baseAddress!, n = b.count - 1
                switch field {
                case .date, .publishTime:
                    return ByteParsing.parseDate(p, 0, n, dayFirst: nil).day != nil
                        || ByteParsing.dayOrderClue(p, 0, n) != nil || RowProcessor.isLifetime(p, 0, n)
                case .competitor, .platform:
                    return true
                default:
                    if case .invalid = ByteParsing.parseNumber(p, 0, n, decimal: UInt8(ascii: "."), grouping: nil) {
                        return NumberNotation.clue(p, 0, n) != .none
                    }
                    return true
                }
            }
            if isData {
                if field == .competitor || field == .platform { continue }
                return false
            }
            if field != .competitor && field != .platform { texts += 1 }
        }
        return texts > 0 && texts * 2 >= valueColumns
    }

    static func preview(_ fields: [String]) -> String {
        let text = fields.filter { !$0.isEmpty }.joined(separator: " ")
        return text.count > 60 ? String(text.prefix(60)) + "…" : text
    }

    static func headerNotices(skippedAbove: [(line: Int, text: String)], headerLine: Int, given: Bool,
                              descriptionRows: [Int]) -> [ImportNotice] {
        var notices: [ImportNotice] = []
        if !skippedAbove.isEmpty {
            let lines = skippedAbove.map { "\($0.line)" }.joined(separator: ", ")
            let first = skippedAbove[0].text
            let how = given ? "(--header-row)" : "(description above the header, e.g. '\(first)')"
            let wie = given ? "(--header-row)" : "(Beschreibung über der Kopfzeile, z. B. '\(first)')"
            notices.append(ImportNotice(code: "header",
                                        en: "the header is line \(headerLine); skipped line(s) \(lines) \(how)",
                                        de: "die Kopfzeile ist Zeile \(headerLine); Zeile(n) \(lines) übersprungen \(wie)"))
        }
        if !descriptionRows.isEmpty {
            let lines = descriptionRows.map(String.init).joined(separator: ", ")
            notices.append(ImportNotice(code: "description-rows",
                                        en: "skipped line(s) \(lines) below the header: they describe the columns instead of holding data",
                                        de: "Zeile(n) \(lines) unter der Kopfzeile übersprungen: sie beschreiben die Spalten statt Daten zu enthalten"))
        }
        return notices
    }

    // MARK: Evidence

    /// Evidence for the number notation and the day order, gathered from a sample of rows.
    struct Evidence {
        var numbers: NumberEvidence
        var dayFirst: NumberEvidence.Example?
        var monthFirst: NumberEvidence.Example?
        var ambiguousDate: NumberEvidence.Example?
        var ambiguousDateColumn = 0

        init(columns: Int) { numbers = NumberEvidence(columnCount: columns) }

        /// Whether more rows can change the decision: the notation has no clue yet, or a
        /// slash date has not shown its order.
        var settled: Bool {
            let numbersSettled = numbers.columns.contains { $0.comma != nil || $0.point != nil }
            let datesPending = ambiguousDate != nil && dayFirst == nil && monthFirst == nil
            return numbersSettled && !datesPending
        }

        /// Adds one cell; `position` gives its line and column when an example is kept.
        mutating func add(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int, column j: Int, field: BenchmarkField?,
                          position: () -> (Int, Int)) {
            func example() -> NumberEvidence.Example {
                let (l, c) = position()
                return NumberEvidence.Example(text: RowProcessor.cellText(p, s, e), line: l, column: c)
            }
            switch field {
            case .competitor?, .platform?:
                return
            case .date?, .publishTime?:
                guard let clue = ByteParsing.dayOrderClue(p, s, e) else { return }
                switch clue {
                case .dayFirst: if dayFirst == nil { dayFirst = example() }
                case .monthFirst: if monthFirst == nil { monthFirst = example() }
                case .ambiguous: if ambiguousDate == nil { ambiguousDate = example(); ambiguousDateColumn = j }
                case .conflict: return
                }
            default:
                let clue = NumberNotation.clue(p, s, e)
                if clue != .none { numbers.add(clue, column: j, example: example) }
            }
        }

        /// Settles the notation and the day order, or throws the error that says which flag settles it.
        func decide(file: String, headers: [String], options: ImportOptions,
                    notices: inout [ImportNotice]) throws(ImportError) -> (NumberNotation?, Bool?) {
            var notation: NumberNotation?
            if let given = options.givenNotation {
                notation = NumberNotation(decimal: given.decimal, grouping: given.grouping)
            } else {
                switch numbers.decide() {
                case .settled(let n):
                    notation = n
                    let col = numbers.columns.firstIndex { (n == .comma ? $0.comma : $0.point) != nil }!
                    let ex = (n == .comma ? numbers.columns[col].comma : numbers.columns[col].point)!
                    notices.append(ImportNotice(
                        code: "numbers",
                        en: "numbers read with \(n) (from '\(ex.text)' in column '\(headers[col])' at \(file):\(ex.line):\(ex.column))",
                        de: "Zahlen gelesen mit Dezimaltrennzeichen '\(String(UnicodeScalar(n.decimal)))' und Tausendertrennzeichen '\(String(UnicodeScalar(n.grouping!)))' (aus '\(ex.text)' in Spalte '\(headers[col])', \(file):\(ex.line):\(ex.column))"))
                case .noSeparators:
                    notation = nil
                case let .conflict(cc, comma, pc, point):
                    throw ImportError(diagnostics: [ImportDiagnostic(
                        file: file, line: point.line, column: point.column, code: .conflictingNumbers,
                        field: headers[pc],
                        message: "numbers are written two ways: '\(point.text)' in column '\(headers[pc])' reads only with a decimal point, '\(comma.text)' in column '\(headers[cc])' (\(file):\(comma.line):\(comma.column)) only with a decimal comma; give --decimal , --thousands . or --decimal . --thousands , for the file")],
                                      totalCount: 1)
                case let .ambiguous(col, ex, sep):
                    throw ImportError(diagnostics: [ImportDiagnostic(
                        file: file, line: ex.line, column: ex.column, code: .ambiguousNumber, field: headers[col],
                        message: NumberEvidence.ambiguityMessage(header: headers[col], example: ex, separator: sep))],
                                      totalCount: 1)
                }
            }
            var dayFirstOrder: Bool?
            if let format = options.dateFormat {
                dayFirstOrder = format.dayFirst
            } else if let d = dayFirst, let m = monthFirst {
                throw ImportError(diagnostics: [ImportDiagnostic(
                    file: file, line: m.line, column: m.column, code: .ambiguousDate,
                    message: "dates are written two ways: '\(d.text)' (\(file):\(d.line):\(d.column)) has the day first, '\(m.text)' the month first; give --date-format DD/MM/YYYY or --date-format MM/DD/YYYY")],
                                  totalCount: 1)
            } else if let d = dayFirst {
                dayFirstOrder = true
                notices.append(ImportNotice(code: "dates", en: "dates read as DD/MM/YYYY (from '\(d.text)' at \(file):\(d.line):\(d.column))",
                                            de: "Datumsangaben als TT/MM/JJJJ gelesen (aus '\(d.text)', \(file):\(d.line):\(d.column))"))
            } else if let m = monthFirst {
                dayFirstOrder = false
                notices.append(ImportNotice(code: "dates", en: "dates read as MM/DD/YYYY (from '\(m.text)' at \(file):\(m.line):\(m.column))",
                                            de: "Datumsangaben als MM/TT/JJJJ gelesen (aus '\(m.text)', \(file):\(m.line):\(m.column))"))
            } else if let a = ambiguousDate {
                throw ImportError(diagnostics: [ImportDiagnostic(
                    file: file, line: a.line, column: a.column, code: .ambiguousDate, field: headers[ambiguousDateColumn],
                    message: "ambiguous date '\(a.text)' in column '\(headers[ambiguousDateColumn])': no date in the file has a day above 12, so day and month cannot be told apart; give --date-format DD/MM/YYYY or --date-format MM/DD/YYYY")],
                                  totalCount: 1)
            }
            return (notation, dayFirstOrder)
        }
    }

    /// Checks the required columns (after constants and a publish-time column).
    static func checkRequired(_ resolution: ColumnMapping.Resolution, mapping: ColumnMapping, headers: [String],
                              file: String, line: Int = 1) throws(ImportError) {
        guard !resolution.missingRequired.isEmpty else { return }
        let diags = resolution.missingRequired.map { field in
            let looked = mapping.candidates(for: field).prefix(8).map { "'\($0)'" }.joined(separator: ", ")
            var hint = ""
            switch field {
            case .competitor: hint = "; for an export of one profile give --competitor NAME"
            case .platform: hint = "; for an export of one profile give --platform ID"
            case .date: hint = "; for a snapshot without dates give --as-of YYYY-MM-DD"
            default: break
            }
            return ImportDiagnostic(file: file, line: line, column: 1, code: .missingColumn, field: field.rawValue,
                                    message: "missing required column '\(field.rawValue)' (looked for \(looked); header is: \(headers.joined(separator: ", ")))\(hint)")
        }
        throw ImportError(diagnostics: diags, totalCount: diags.count)
    }
}
