import Foundation
import CSV
import StrategyKit

/// Reads long-form competitor CSV files into ``BenchmarkData``.
enum CSVImporter {
    /// A source of bytes: a file descriptor or memory.
    final class ByteSource {
        private let fd: Int32
        private let memory: [UInt8]
        private var memoryPos = 0
        let sizeHint: Int

        init(path: String) throws(ImportError) {
            fd = open(path, O_RDONLY)
            memory = []
            if fd < 0 {
                let reason = String(cString: strerror(errno))
                throw ImportError(diagnostics: [ImportDiagnostic(file: path, line: 1, column: 1, code: .cannotRead,
                                                                 message: "cannot open file: \(reason)")],
                                  totalCount: 1)
            }
            var st = stat()
            sizeHint = fstat(fd, &st) == 0 ? Int(st.st_size) : 0
        }

        init(bytes: [UInt8]) {
            fd = -1
            memory = bytes
            sizeHint = bytes.count
        }

        deinit { if fd >= 0 { close(fd) } }

        /// Appends everything left to `bytes`.
        func readAll(into bytes: inout [UInt8]) {
            let chunk = UnsafeMutablePointer<UInt8>.allocate(capacity: 1 << 20)
            defer { chunk.deallocate() }
            while true {
                let n = read(into: chunk, count: 1 << 20)
                if n == 0 { return }
                bytes.append(contentsOf: UnsafeBufferPointer(start: chunk, count: n))
            }
        }

        /// Reads up to `count` bytes; 0 at the end.
        func read(into p: UnsafeMutablePointer<UInt8>, count: Int) -> Int {
            if fd >= 0 {
                while true {
                    let n = Foundation.read(fd, p, count)
                    if n < 0 && errno == EINTR { continue }
                    return max(n, 0)
                }
            }
            let n = min(count, memory.count - memoryPos)
            memory.withUnsafeBufferPointer { src in
                (p).update(from: src.baseAddress! + memoryPos, count: n)
            }
            memoryPos += n
            return n
        }
    }

    static let chunkSize = 1 << 20

    /// Picks `,`, `;` or tab, whichever occurs most often outside quotes in the first line.
    static func detectDelimiter(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> UInt8 {
        var comma = 0, semicolon = 0, tab = 0
        var inQuotes = false
        var i = s
        while i < e {
            let b = p[i]
            if b == UInt8(ascii: "\"") { inQuotes.toggle() } else if !inQuotes {
                if b == 10 || b == 13 { break }
                if b == UInt8(ascii: ",") { comma += 1 } else if b == UInt8(ascii: ";") { semicolon += 1 } else if b == 9 { tab += 1 }
            }
            i += 1
        }
        if semicolon > comma && semicolon >= tab { return UInt8(ascii: ";") }
        if tab > comma && tab > semicolon { return 9 }
        return UInt8(ascii: ",")
    }

    /// Line and column of byte `offset`, counting from a record that starts at
    /// `recordStart` on line `recordLine`.
    static func position(_ p: UnsafePointer<UInt8>, recordStart: Int, recordLine: Int, offset: Int) -> (Int, Int) {
        var line = recordLine
        var lineStart = recordStart
        var k = recordStart
        while k < offset {
            let b = p[k]
            if b == 10 {
                line += 1; lineStart = k + 1
            } else if b == 13 && !(k + 1 < offset && p[k + 1] == 10) {
                line += 1; lineStart = k + 1
            }
            k += 1
        }
        return (line, ByteParsing.characterColumn(p, lineStart: lineStart, offset: offset))
    }

    /// Undoes `""` escapes in place; returns the new end.
    @inline(__always)
    static func unescape(_ p: UnsafeMutablePointer<UInt8>, _ s: Int, _ e: Int) -> Int {
        var r = s, w = s
        while r < e {
            p[w] = p[r]
            if p[r] == UInt8(ascii: "\"") && r + 1 < e && p[r + 1] == UInt8(ascii: "\"") { r += 2 } else { r += 1 }
            w += 1
        }
        return w
    }

    /// The byte parser (default).
    static func importFast(source: ByteSource, file: String, options: ImportOptions,
                           notices inherited: [ImportNotice] = []) throws -> BenchmarkData {
        var cap = chunkSize
        var buf = UnsafeMutablePointer<UInt8>.allocate(capacity: cap)
        defer { buf.deallocate() }
        var len = 0, pos = 0
        var eof = false
        func fill() {
            if pos > 0 {
                if len > pos { (buf).update(from: buf + pos, count: len - pos) }
                len -= pos
                pos = 0
            }
            if len == cap {
                let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: cap * 2)
                bigger.update(from: buf, count: len)
                buf.deallocate()
                buf = bigger
                cap *= 2
            }
            while len < cap && !eof {
                let n = source.read(into: buf + len, count: cap - len)
                if n == 0 { eof = true } else { len += n }
            }
        }
        fill()
        var notices = inherited
        // Encoding: anything but UTF-8 is transcoded as a whole, then read from memory.
        let encoding = options.encoding ?? ImportLayout.detectEncoding(buf, len, complete: eof)
        if encoding != .utf8 {
            var all = Array(UnsafeBufferPointer(start: buf, count: len))
            source.readAll(into: &all)
            var utf8Options = options
            utf8Options.encoding = .utf8
            if let notice = ImportLayout.encodingNotice(encoding, detected: options.encoding == nil) { notices.append(notice) }
            return try importFast(source: ByteSource(bytes: ImportLayout.transcode(all, from: encoding)), file: file,
                                  options: utf8Options, notices: notices)
        }
        // BOM
        if len >= 3 && buf[0] == 0xEF && buf[1] == 0xBB && buf[2] == 0xBF { pos = 3 }
        if pos >= len {
            throw ImportError(diagnostics: [ImportDiagnostic(file: file, line: 1, column: 1, code: .emptyFile,
                                                             message: "empty file: expected a header line")],
                              totalCount: 1)
        }
        var line = 1
        var given = options.delimiter
        if let (d, next) = ImportLayout.excelSeparatorLine(buf, pos, len) {
            if given == nil { given = d }
            pos = next
            line = 2
        }
        let delimiter = given ?? ImportLayout.detectDelimiter(buf, pos, len)
        let scanner = CSVRecordScanner(delimiter: delimiter)

        // The first record must be whole before the layout is read from the buffer.
        while !eof, case .incomplete = scanner.scan(buf, pos, len, eof: eof) { fill() }
        let layout = try readLayout(UnsafePointer(buf), pos: pos, len: len, eof: eof, line: line, scanner: scanner,
                                    file: file, options: options, notices: notices)
        pos = layout.pos
        line = layout.line
        var processor = RowProcessor(file: file, format: "csv", options: options, resolution: layout.resolution,
                                     headers: layout.headers)
        processor.report.notices.insert(contentsOf: layout.notices, at: 0)
        let (notation, dayFirst) = try layout.evidence.decide(file: file, headers: layout.headers, options: options,
                                                              notices: &processor.report.notices)
        processor.notation = notation
        processor.dayFirst = dayFirst

        var reserved = false
        if source.sizeHint > 0 && source.sizeHint < chunkSize {
            reserved = true  // small input: the default capacity grows as needed
        }
        var rowsSeen = 0
        var bytesSeen = 0

        while true {
            if pos >= len {
                if eof { break }
                fill()
                continue
            }
            let outcome = scanner.scan(buf, pos, len, eof: eof)
            guard case .record(let next) = outcome else {
                fill()
                continue
            }
            let recordStart = pos
            let recordLine = line
            line += 1 + scanner.innerLineBreaks
            pos = next
            // Blank line, or a line of empty unquoted cells (",,,," as spreadsheets export).
            var blank = true
            for j in 0..<scanner.count where scanner.ends[j] > scanner.starts[j] || scanner.origins[j] != scanner.starts[j] {
                blank = false
                break
            }
            if blank { continue }
            if let problem = scanner.problem {
                let (l, c) = position(buf, recordStart: recordStart, recordLine: recordLine, offset: problem.offset)
                processor.report.rowsRead += 1
                processor.report.rowsSkipped += 1
                processor.report.skippedByReason[problem.code.rawValue, default: 0] += 1
                processor.add(ImportDiagnostic(file: file, line: l, column: c, code: problem.code, message: problem.message))
                continue
            }
            for j in 0..<scanner.count where scanner.escaped[j] {
                scanner.setEnd(j, unescape(buf, scanner.starts[j], scanner.ends[j]))
            }
            let b = UnsafePointer(buf)
            processor.process(b, starts: scanner.starts, ends: scanner.ends, count: scanner.count) { j in
                var offset: Int
                if j < scanner.count {
                    offset = scanner.origins[j]
                } else {
                    // the end of the record's content (before the line break)
                    offset = next
                    while offset > recordStart && (b[offset - 1] == 10 || b[offset - 1] == 13) { offset -= 1 }
                }
                return position(b, recordStart: recordStart, recordLine: recordLine, offset: offset)
            }
            if !reserved {
                rowsSeen += 1
                bytesSeen += next - recordStart
                if rowsSeen == 2000 || (eof && rowsSeen > 0) {
                    reserved = true
                    let estimate = Int(Double(source.sizeHint) / (Double(bytesSeen) / Double(rowsSeen)) * 1.03) + 16
                    processor.builder.reserve(estimate)
                }
            }
        }
        return try processor.finish()
    }

    /// Where the data starts and what the first chunk says about the file.
    struct Layout {
        var pos: Int
        var line: Int
        var headers: [String]
        var resolution: ColumnMapping.Resolution
        var notices: [ImportNotice]
        var evidence: ImportLayout.Evidence
    }

    /// Finds the header and description rows among the first records of the buffer and
    /// gathers the separator and day-order evidence from the rows after them (kept out of
    /// the row loop of ``importFast`` so that loop stays as the optimizer had it).
    @inline(never)
    static func readLayout(_ buf: UnsafePointer<UInt8>, pos: Int, len: Int, eof: Bool, line: Int,
                           scanner: CSVRecordScanner, file: String, options: ImportOptions,
                           notices: [ImportNotice]) throws -> Layout {
        // Layout: the first records, to find the header and description rows.
        struct Record {
            var fields: [String]
            var line: Int
            var nextLine: Int
            var next: Int
            var blank: Bool
            var problem: Bool
        }
        var records: [Record] = []
        var scanPos = pos, scanLine = line
        while records.count < 30 {
            if scanPos >= len && eof { break }
            guard case .record(let next) = scanner.scan(buf, scanPos, len, eof: eof) else { break }
            var fields: [String] = []
            var blank = true
            for j in 0..<scanner.count {
                let (s, e) = (scanner.starts[j], scanner.ends[j])
                if e > s || scanner.origins[j] != s { blank = false }
                var text = String(decoding: UnsafeBufferPointer(start: buf + s, count: e - s), as: UTF8.self)
                if scanner.escaped[j] { text = text.replacingOccurrences(of: "\"\"", with: "\"") }
                fields.append(text)
            }
            let nextLine = scanLine + 1 + scanner.innerLineBreaks
            records.append(Record(fields: fields, line: scanLine, nextLine: nextLine, next: next, blank: blank,
                                  problem: scanner.problem != nil))
            scanLine = nextLine
            scanPos = next
            if next >= len && eof { break }
        }
        let candidates = records.indices.filter { !records[$0].blank }
        guard !candidates.isEmpty else {
            throw ImportError(diagnostics: [ImportDiagnostic(file: file, line: 1, column: 1, code: .emptyFile,
                                                             message: "empty file: expected a header line")],
                              totalCount: 1)
        }
        let h: Int
        if let row = options.headerRow {
            guard let k = records.firstIndex(where: { $0.line == row && !$0.blank }) else {
                throw ImportError(diagnostics: [ImportDiagnostic(file: file, line: row, column: 1, code: .invalidOption,
                                                                 message: "--header-row \(row): line \(row) is not a non-empty line among the first \(records.count) records")],
                                  totalCount: 1)
            }
            h = k
        } else {
            h = candidates[ImportLayout.chooseHeader(candidates.map { records[$0].fields }, options: options)]
        }
        let headers = records[h].fields.map { $0.trimmingSpaces() }
        let resolution = ImportLayout.resolve(headers: headers, options: options)
        try ImportLayout.checkRequired(resolution, mapping: options.mapping, headers: headers, file: file,
                                       line: records[h].line)
        let above = candidates.filter { $0 < h }.map { (line: records[$0].line, text: ImportLayout.preview(records[$0].fields)) }
        var descriptionRows: [Int] = []
        var last = h
        var k = h + 1
        while k < records.count && descriptionRows.count < 3 {
            if records[k].blank { k += 1; continue }
            guard !records[k].problem, ImportLayout.isDescriptionRow(records[k].fields, resolution: resolution) else { break }
            descriptionRows.append(records[k].line)
            last = k
            k += 1
        }
        var notices = notices
        notices += ImportLayout.headerNotices(skippedAbove: above, headerLine: records[h].line,
                                              given: options.headerRow != nil, descriptionRows: descriptionRows)
        let dataPos = records[last].next
        let dataLine = records[last].nextLine

        // Evidence for separators and day order: one pass over the rows in the first chunk.
        let ncols = headers.count
        var evidence = ImportLayout.Evidence(columns: ncols)
        do {
            var sp = dataPos, sl = dataLine, n = 0
            // Up to 20,000 rows; once a value has settled the notation and no date waits for
            // its day order, 1,000 rows are enough (later rows that disagree still fail as invalid).
            while n < 20_000 && sp < len && !(n >= 1_000 && evidence.settled) {
                guard case .record(let next) = scanner.scan(buf, sp, len, eof: eof) else { break }
                let (rs, rl) = (sp, sl)
                sl += 1 + scanner.innerLineBreaks
                sp = next
                n += 1
                if scanner.problem != nil { continue }
                for j in 0..<min(scanner.count, ncols) where !scanner.escaped[j] {
                    let (s, e) = (scanner.starts[j], scanner.ends[j])
                    if e == s { continue }
                    evidence.add(buf, s, e, column: j, field: resolution.fieldForColumn[j]) {
                        position(buf, recordStart: rs, recordLine: rl, offset: scanner.origins[j])
                    }
                }
            }
        }
        return Layout(pos: dataPos, line: dataLine, headers: headers, resolution: resolution, notices: notices,
                      evidence: evidence)

    }

    static func checkRequired(_ resolution: ColumnMapping.Resolution, mapping: ColumnMapping, headers: [String],
                              file: String) throws(ImportError) {
        try ImportLayout.checkRequired(resolution, mapping: mapping, headers: headers, file: file)
    }

    /// The reference parser: yaslab/CSV.swift (one `String` per cell).
    static func importWithCSVSwift(text: String?, path: String?, file: String,
                                   options: ImportOptions) throws -> BenchmarkData {
        let delimiter: UInt8
        let reader: CSVReader
        do {
            if let path {
                guard let stream = InputStream(fileAtPath: path) else {
                    throw ImportError(diagnostics: [ImportDiagnostic(file: file, line: 1, column: 1, code: .cannotRead,
                                                                     message: "cannot open file")], totalCount: 1)
                }
                delimiter = options.delimiter ?? sniffDelimiter(path: path)
                reader = try CSVReader(stream: stream, hasHeaderRow: true,
                                       delimiter: UnicodeScalar(delimiter))
            } else {
                var t = text ?? ""
                if t.unicodeScalars.first == "\u{FEFF}" { t.unicodeScalars.removeFirst() }
                delimiter = options.delimiter ?? Array(t.utf8.prefix(4096)).withUnsafeBufferPointer {
                    $0.isEmpty ? UInt8(ascii: ",") : detectDelimiter($0.baseAddress!, 0, $0.count)
                }
                reader = try CSVReader(string: t, hasHeaderRow: true, delimiter: UnicodeScalar(delimiter))
            }
        } catch let e as ImportError {
            throw e
        } catch {
            throw ImportError(diagnostics: [ImportDiagnostic(file: file, line: 1, column: 1, code: .emptyFile,
                                                             message: "cannot read a header line: \(error)")],
                              totalCount: 1)
        }
        let headers = (reader.headerRow ?? []).map { $0.trimmingSpaces() }
        let resolution = ImportLayout.resolve(headers: headers, options: options)
        try checkRequired(resolution, mapping: options.mapping, headers: headers, file: file)
        var processor = RowProcessor(file: file, format: "csv", options: options, resolution: resolution,
                                     headers: headers)
        processor.notation = options.givenNotation.map { NumberNotation(decimal: $0.decimal, grouping: $0.grouping) }
        processor.dayFirst = options.dateFormat?.dayFirst
        var line = 2 + (reader.headerRow ?? []).reduce(0) { $0 + $1.utf8.lazy.filter { $0 == 10 }.count }
        var bytes: [UInt8] = []
        var starts: [Int] = [], ends: [Int] = []
        while let row = reader.next() {
            let rowLine = line
            line += 1 + row.reduce(0) { $0 + $1.utf8.lazy.filter { $0 == 10 }.count }
            if row.allSatisfy(\.isEmpty) { continue }  // blank line or only empty cells
            bytes.removeAll(keepingCapacity: true)
            starts.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            // Positions are reconstructed from the cells, assuming minimal quoting
            // (quotes only around cells holding the delimiter, a quote or a line break):
            // exact for files written that way, an estimate otherwise.
            var positions: [(Int, Int)] = []
            var pline = rowLine, pcol = 1
            let special: Set<Character> = ["\"", "\n", "\r", Character(UnicodeScalar(delimiter))]
            for cell in row {
                starts.append(bytes.count)
                bytes.append(contentsOf: cell.utf8)
                ends.append(bytes.count)
                positions.append((pline, pcol))
                let quoted = cell.contains { special.contains($0) }
                let quotes = quoted ? cell.reduce(0) { $0 + ($1 == "\"" ? 1 : 0) } : 0
                let lines = cell.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
                if lines.count > 1 {
                    pline += lines.count - 1
                    pcol = 1 + lines.last!.count + (quoted ? 1 : 0) + 1
                } else {
                    pcol += cell.unicodeScalars.count + (quoted ? 2 + quotes : 0) + 1
                }
            }
            positions.append((pline, max(pcol - 1, 1)))
            bytes.append(0)
            bytes.withUnsafeBufferPointer { b in
                starts.withUnsafeBufferPointer { s in
                    ends.withUnsafeBufferPointer { e in
                        processor.process(b.baseAddress!, starts: s.baseAddress!, ends: e.baseAddress!,
                                          count: row.count) { j in positions[min(j, positions.count - 1)] }
                    }
                }
            }
        }
        // On Linux, InputStream reports bytes available at the end of a file, so
        // CSV.swift's reader ends every file with `cannotReadFile`; that is the end.
        if let error = reader.error, !(error is CSVError && "\(error)" == "\(CSVError.cannotReadFile)") {
            processor.add(ImportDiagnostic(file: file, line: line, column: 1, code: .invalidEncoding,
                                           message: "cannot read the file: \(error)"))
        }
        return try processor.finish()
    }

    static func sniffDelimiter(path: String) -> UInt8 {
        guard let handle = FileHandle(forReadingAtPath: path) else { return UInt8(ascii: ",") }
        defer { try? handle.close() }
        let data = handle.readData(ofLength: 4096)
        let bytes = [UInt8](data)
        return bytes.withUnsafeBufferPointer {
            $0.isEmpty ? UInt8(ascii: ",") : detectDelimiter($0.baseAddress!, 0, $0.count)
        }
    }
}
