import StrategyKit
/// Reads competitor data given as a JSON array of row objects, e.g.
/// `[{"competitor": "A", "platform": "instagram", "date": "2024-03-01", "likes": 12}]`.
///
/// Keys go through the same ``ColumnMapping`` as CSV headers. Values may be
/// numbers, numeric strings or `null` (missing). A small purpose-built parser
/// keeps the line and column of every value for diagnostics.
enum JSONImporter {
    struct Cell {
        var start: Int  // in `text`
        var end: Int
        var line: Int
        var column: Int
        var kind: Kind
        enum Kind { case string, number, null, other(String) }
    }

    struct Parser {
        let p: UnsafePointer<UInt8>
        let n: Int
        var i = 0
        var line = 1
        var lineStart = 0
        /// Unescaped string and number bytes.
        var text: [UInt8] = []

        struct Failure: Error {
            var line: Int
            var column: Int
            var message: String
        }

        var column: Int { ByteParsing.characterColumn(p, lineStart: lineStart, offset: i) }

        func fail(_ message: String) -> Failure { Failure(line: line, column: column, message: message) }

        mutating func skipSpace() {
            while i < n {
                let b = p[i]
                if b == 10 {
                    line += 1; lineStart = i + 1
                } else if b != 32 && b != 9 && b != 13 {
                    return
                }
                i += 1
            }
        }

        mutating func expect(_ b: UInt8, _ what: String) throws(Failure) {
            skipSpace()
            guard i < n, p[i] == b else {
                throw fail(i < n ? "expected \(what), found '\(String(decoding: [p[i]], as: UTF8.self))'" : "expected \(what), found end of file")
            }
            i += 1
        }

        /// Parses a string at `i` (which is `"`), appending its bytes to `text`.
        mutating func string() throws(Failure) -> (Int, Int) {
            i += 1
            let s = text.count
            while true {
                guard i < n else { throw fail("string is not closed (missing \")") }
                let b = p[i]
                if b == UInt8(ascii: "\"") { i += 1; return (s, text.count) }
                if b == 10 || b == 13 { throw fail("line break inside a string (write \\n)") }
                if b == UInt8(ascii: "\\") {
                    guard i + 1 < n else { throw fail("string is not closed (missing \")") }
                    let e = p[i + 1]
                    i += 2
                    switch e {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(e)
                    case UInt8(ascii: "n"): text.append(10)
                    case UInt8(ascii: "t"): text.append(9)
                    case UInt8(ascii: "r"): text.append(13)
                    case UInt8(ascii: "b"): text.append(8)
                    case UInt8(ascii: "f"): text.append(12)
                    case UInt8(ascii: "u"):
                        var code = try hex4()
                        if code >= 0xD800 && code < 0xDC00, i + 1 < n, p[i] == UInt8(ascii: "\\"), p[i + 1] == UInt8(ascii: "u") {
                            i += 2
                            let low = try hex4()
                            if low >= 0xDC00 && low < 0xE000 {
                                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                            } else {
                                // A high surrogate without its low half: U+FFFD for it, then the
                                // second escape as a character of its own.
                                text.append(contentsOf: [0xEF, 0xBF, 0xBD])
                                code = low
                            }
                        }
                        let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
                        text.append(contentsOf: Array(String(Character(scalar)).utf8))
                    default:
                        i -= 1
                        throw fail("unknown escape '\\\(String(decoding: [e], as: UTF8.self))' in string")
                    }
                    continue
                }
                text.append(b)
                i += 1
            }
        }

        mutating func hex4() throws(Failure) -> UInt32 {
            guard i + 4 <= n else { throw fail("incomplete \\u escape") }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let b = p[i]
                let d: UInt32
                switch b {
                case 0x30...0x39: d = UInt32(b - 0x30)
                case 0x41...0x46: d = UInt32(b - 0x41 + 10)
                case 0x61...0x66: d = UInt32(b - 0x61 + 10)
                default: throw fail("invalid \\u escape")
                }
                v = v * 16 + d
                i += 1
            }
            return v
        }

        /// Skips any JSON value (used for nested arrays/objects in cells).
        mutating func skipValue() throws(Failure) {
            skipSpace()
            guard i < n else { throw fail("expected a value, found end of file") }
            let b = p[i]
            if b == UInt8(ascii: "\"") { _ = try string(); return }
            if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") {
                let close = b == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                i += 1
                skipSpace()
                if i < n && p[i] == close { i += 1; return }
                while true {
                    if close == UInt8(ascii: "}") {
                        skipSpace()
                        guard i < n, p[i] == UInt8(ascii: "\"") else { throw fail("expected a key in quotes") }
                        _ = try string()
                        try expect(UInt8(ascii: ":"), "':'")
                    }
                    try skipValue()
                    skipSpace()
                    guard i < n else { throw fail("unexpected end of file") }
                    if p[i] == UInt8(ascii: ",") { i += 1; continue }
                    if p[i] == close { i += 1; return }
                    throw fail("expected ',' or '\(String(decoding: [close], as: UTF8.self))'")
                }
            }
            _ = try scalar()
        }

        /// A number, `true`, `false` or `null` at `i`.
        mutating func scalar() throws(Failure) -> Cell.Kind {
            let s = i
            while i < n {
                let b = p[i]
                if b == UInt8(ascii: ",") || b == UInt8(ascii: "}") || b == UInt8(ascii: "]") || b == 32 || b == 10
                    || b == 13 || b == 9 { break }
                i += 1
            }
            let word = String(decoding: UnsafeBufferPointer(start: p + s, count: i - s), as: UTF8.self)
            if word == "null" { return .null }
            if word == "true" || word == "false" { return .other("boolean") }
            var isNumber = !word.isEmpty
            for ch in word.utf8 where !((ch >= 0x30 && ch <= 0x39) || ch == 0x2E || ch == 0x2D || ch == 0x2B || ch == 0x65 || ch == 0x45) {
                isNumber = false
            }
            if !isNumber {
                i = s
                throw fail(word.isEmpty ? "expected a value" : "invalid value '\(word.prefix(20))'")
            }
            text.append(contentsOf: UnsafeBufferPointer(start: p + s, count: i - s))
            return .number
        }
    }

    static func load(bytes: [UInt8], file: String, options: ImportOptions) throws -> BenchmarkData {
        var objects: [[(key: String, cell: Cell)]] = []
        var text: [UInt8] = []
        do throws(Parser.Failure) {
            try bytes.withUnsafeBufferPointer { (buf) throws(Parser.Failure) in
                var start = 0
                if buf.count >= 3 && buf[0] == 0xEF && buf[1] == 0xBB && buf[2] == 0xBF { start = 3 }
                guard let base = buf.baseAddress else {
                    throw Parser.Failure(line: 1, column: 1, message: "empty file: expected a JSON array of row objects")
                }
                var parser = Parser(p: base, n: buf.count, i: start, lineStart: start)
                try parser.expect(UInt8(ascii: "["), "'[' (a JSON array of row objects)")
                parser.skipSpace()
                if parser.i < parser.n && parser.p[parser.i] == UInt8(ascii: "]") {
                    parser.i += 1
                } else {
                    while true {
                        try parser.expect(UInt8(ascii: "{"), "'{' (a row object)")
                        var object: [(key: String, cell: Cell)] = []
                        parser.skipSpace()
                        if parser.i < parser.n && parser.p[parser.i] == UInt8(ascii: "}") {
                            parser.i += 1
                        } else {
                            while true {
                                parser.skipSpace()
                                guard parser.i < parser.n, parser.p[parser.i] == UInt8(ascii: "\"") else {
                                    throw parser.fail("expected a key in quotes")
                                }
                                let (ks, ke) = try parser.string()
                                let key = String(decoding: parser.text[ks..<ke], as: UTF8.self)
                                parser.text.removeSubrange(ks..<ke)
                                try parser.expect(UInt8(ascii: ":"), "':'")
                                parser.skipSpace()
                                guard parser.i < parser.n else { throw parser.fail("expected a value, found end of file") }
                                let line = parser.line, column = parser.column
                                let s = parser.text.count
                                let kind: Cell.Kind
                                let b = parser.p[parser.i]
                                if b == UInt8(ascii: "\"") {
                                    _ = try parser.string()
                                    kind = .string
                                } else if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") {
                                    try parser.skipValue()
                                    kind = .other(b == UInt8(ascii: "{") ? "object" : "array")
                                } else {
                                    kind = try parser.scalar()
                                }
                                object.append((key, Cell(start: s, end: parser.text.count, line: line, column: column, kind: kind)))
                                parser.skipSpace()
                                guard parser.i < parser.n else { throw parser.fail("unexpected end of file inside an object") }
                                if parser.p[parser.i] == UInt8(ascii: ",") { parser.i += 1; continue }
                                if parser.p[parser.i] == UInt8(ascii: "}") { parser.i += 1; break }
                                throw parser.fail("expected ',' or '}'")
                            }
                        }
                        objects.append(object)
                        parser.skipSpace()
                        guard parser.i < parser.n else { throw parser.fail("unexpected end of file: the array is not closed") }
                        if parser.p[parser.i] == UInt8(ascii: ",") { parser.i += 1; continue }
                        if parser.p[parser.i] == UInt8(ascii: "]") { parser.i += 1; break }
                        throw parser.fail("expected ',' or ']'")
                    }
                }
                parser.skipSpace()
                if parser.i < parser.n { throw parser.fail("unexpected content after the array") }
                text = parser.text
            }
        } catch {
            throw ImportError(diagnostics: [ImportDiagnostic(file: file, line: error.line, column: error.column,
                                                             code: .invalidJSON, message: error.message)],
                              totalCount: 1)
        }

        if objects.isEmpty {
            var report = ImportReport(file: file, format: "json")
            report.diagnostics = []
            return BenchmarkData.empty(report: report)
        }
        // Columns = keys in order of first appearance.
        var headers: [String] = []
        var index: [String: Int] = [:]
        for object in objects {
            for (key, _) in object where index[key] == nil {
                index[key] = headers.count
                headers.append(key)
            }
        }
        let resolution = ImportLayout.resolve(headers: headers, options: options)
        try CSVImporter.checkRequired(resolution, mapping: options.mapping, headers: headers, file: file)
        var processor = RowProcessor(file: file, format: "json", options: options, resolution: resolution,
                                     headers: headers)
        // JSON numbers use a decimal point; numeric strings are read the same way unless options say otherwise.
        processor.notation = options.givenNotation.map { NumberNotation(decimal: $0.decimal, grouping: $0.grouping) } ?? .point
        processor.dayFirst = options.dateFormat?.dayFirst
        let ncols = headers.count
        var starts = [Int](repeating: 0, count: ncols), ends = starts
        var positions = [(Int, Int)](repeating: (0, 0), count: ncols + 1)
        text.append(0)
        text.withUnsafeBufferPointer { tb in
            let base = tb.baseAddress!
            for object in objects {
                for j in 0..<ncols { starts[j] = 0; ends[j] = 0 }
                let objLine = object.first?.cell.line ?? 1
                let objColumn = object.first?.cell.column ?? 1
                for j in 0...ncols { positions[j] = (objLine, objColumn) }
                var typeErrors: [(Int, String)] = []
                for (key, cell) in object {
                    let j = index[key]!
                    positions[j] = (cell.line, cell.column)
                    switch cell.kind {
                    case .string, .number: starts[j] = cell.start; ends[j] = cell.end
                    case .null: break
                    case .other(let what): if resolution.fieldForColumn[j] != nil { typeErrors.append((j, what)) }
                    }
                }
                if !typeErrors.isEmpty {
                    processor.report.rowsRead += 1
                    processor.report.rowsSkipped += 1
                    processor.report.skippedByReason[ImportDiagnostic.Code.invalidValueType.rawValue, default: 0] += 1
                    for (j, what) in typeErrors {
                        processor.add(ImportDiagnostic(file: file, line: positions[j].0, column: positions[j].1,
                                                       code: .invalidValueType, field: resolution.fieldForColumn[j]?.rawValue,
                                                       message: "value of '\(headers[j])' is a \(what); expected a number, a string or null"))
                    }
                    continue
                }
                starts.withUnsafeBufferPointer { s in
                    ends.withUnsafeBufferPointer { e in
                        processor.process(base, starts: s.baseAddress!, ends: e.baseAddress!, count: ncols) { j in
                            positions[min(j, ncols)]
                        }
                    }
                }
            }
        }
        return try processor.finish()
    }
}
