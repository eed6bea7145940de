import Foundation

/// Parsers that read values straight from UTF-8 bytes, without creating a
/// `String` per cell. All functions take a base pointer and a half-open byte
/// range `[start, end)`.
enum ByteParsing {
    /// The outcome of parsing one numeric cell.
    enum NumberResult: Equatable {
        case missing
        case value(Double)
        case invalid
    }

    static let powersOfTen: [Double] = (0...22).map { pow(10.0, Double($0)) }

    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }

    /// Trims ASCII spaces and tabs.
    @inline(__always)
    static func trim(_ p: UnsafePointer<UInt8>, _ start: inout Int, _ end: inout Int) {
        while start < end && isSpace(p[start]) { start += 1 }
        while end > start && isSpace(p[end - 1]) { end -= 1 }
    }

    /// Parses a decimal number. Empty cells and the usual "not available"
    /// tokens (`NA`, `N/A`, `null`, `NaN`, `None`, `#N/A`) are `.missing`.
    ///
    /// - Parameters:
    ///   - decimal: the decimal separator byte (`.` or `,`).
    ///   - grouping: an optional digit-grouping byte to skip (e.g. `.` in `1.234,5`).
    @inline(__always)
    static func parseNumber(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int,
                            decimal: UInt8, grouping: UInt8?) -> NumberResult {
        var start = s, end = e
        trim(p, &start, &end)
        if start == end { return .missing }
        var i = start
        var negative = false
        if p[i] == 0x2D /* - */ { negative = true; i += 1 } else if p[i] == 0x2B /* + */ { i += 1 }
        let intStart = i
        var lastGroup = -1
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var sawDecimal = false
        var sawDigit = false
        while i < end {
            let b = p[i]
            let d = b &- 0x30
            if d < 10 {
                sawDigit = true
                if digits < 19 {
                    mantissa = mantissa &* 10 &+ UInt64(d)
                    if mantissa != 0 { digits += 1 }
                    if sawDecimal { fractionDigits += 1 }
                } else if !sawDecimal {
                    return slowParse(p, start, end, decimal: decimal, grouping: grouping)
                }
                i += 1
            } else if b == decimal && !sawDecimal {
                if lastGroup >= 0 && i - lastGroup != 4 { return .invalid }
                sawDecimal = true
                i += 1
            } else if let g = grouping, b == g, !sawDecimal {
                // Groups of three digits: "1.234.567", never "1.23" or "12.3456".
                if lastGroup < 0 {
                    if i == intStart || i - intStart > 3 { return .invalid }
                } else if i - lastGroup != 4 {
                    return .invalid
                }
                lastGroup = i
                i += 1
            } else {
                if sawDigit && (b == 0x65 || b == 0x45) {  // exponent: rare, take the slow path
                    return slowParse(p, start, end, decimal: decimal, grouping: grouping)
                }
                return isMissingToken(p, start, end) ? .missing : .invalid
            }
        }
        if !sawDigit { return isMissingToken(p, start, end) ? .missing : .invalid }
        if lastGroup >= 0 && !sawDecimal && end - lastGroup != 4 { return .invalid }
        var v: Double
        if mantissa < (1 << 53) && fractionDigits <= 22 {
            v = Double(mantissa)
            if fractionDigits > 0 { v /= powersOfTen[fractionDigits] }
        } else {
            return slowParse(p, start, end, decimal: decimal, grouping: grouping)
        }
        return .value(negative ? -v : v)
    }

    /// Fallback through `strtod` for exponents and very long digit strings.
    static func slowParse(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int,
                          decimal: UInt8, grouping: UInt8?) -> NumberResult {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(e - s + 1)
        for i in s..<e {
            let b = p[i]
            if let g = grouping, b == g { continue }
            bytes.append(b == decimal ? 0x2E : b)
        }
        // Only digits, sign, '.', 'e', 'E' may remain.
        for b in bytes where !((b >= 0x30 && b <= 0x39) || b == 0x2E || b == 0x2D || b == 0x2B || b == 0x65 || b == 0x45) {
            return .invalid
        }
        bytes.append(0)
        return bytes.withUnsafeBufferPointer { buf -> NumberResult in
            let base = UnsafeRawPointer(buf.baseAddress!).assumingMemoryBound(to: CChar.self)
            var endPtr: UnsafeMutablePointer<CChar>?
            let v = strtod(base, &endPtr)
            guard let endPtr, endPtr - UnsafeMutablePointer(mutating: base) == buf.count - 1, v.isFinite else {
                return .invalid
            }
            return .value(v)
        }
    }

    static let missingTokens: [[UInt8]] = ["NA", "N/A", "n/a", "na", "null", "NULL", "Null",
                                           "NaN", "nan", "None", "#N/A", "<NA>"].map { Array($0.utf8) }

    static func isMissingToken(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        let n = e - s
        if n > 4 { return false }
        outer: for token in missingTokens where token.count == n {
            for k in 0..<n where token[k] != p[s + k] { continue outer }
            return true
        }
        return false
    }

    /// The outcome of parsing a date cell.
    struct DateResult {
        var day: Int32?
        var message: String?
    }

    @inline(__always)
    static func digits(_ p: UnsafePointer<UInt8>, _ s: Int, _ n: Int) -> Int? {
        var v = 0
        for k in 0..<n {
            let d = Int(p[s + k]) - 0x30
            if d < 0 || d > 9 { return nil }
            v = v * 10 + d
        }
        return v
    }

    /// Parses `YYYY-MM-DD` (also with `/` or `.`), `DD.MM.YYYY` and `D.M.YY`, and
    /// `DD/MM/YYYY` or `MM/DD/YYYY` (also with `-`) in the order `dayFirst` gives; with
    /// `dayFirst == nil` such a date is read only when one part is above 12. A time after
    /// `T` or a space is ignored. With `serials`, a plain number is an Excel serial day
    /// (1900 date system).
    static func parseDate(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int, dayFirst: Bool? = true,
                          serials: Bool = false) -> DateResult {
        var start = s, end = e
        trim(p, &start, &end)
        if start == end { return DateResult(day: nil, message: "missing date") }
        // ISO fast path.
        if end - start >= 10, p[start + 4] == 0x2D, p[start + 7] == 0x2D,
           end - start == 10 || p[start + 10] == 0x54 || p[start + 10] == 0x20,
           let yy = digits(p, start, 4), let mm = digits(p, start + 5, 2), let dd = digits(p, start + 8, 2) {
            guard let day = CivilDate.dayNumber(year: yy, month: mm, day: dd) else {
                return DateResult(day: nil, message: "no such date (month \(mm), day \(dd), year \(yy))")
            }
            return DateResult(day: day, message: nil)
        }
        if serials, let serial = serialNumber(p, start, end) {
            guard let day = ExcelDate.day(serial: serial) else {
                return DateResult(day: nil, message: "\(serial) is not a day of the 1900 date system (1 = 1900-01-01; 60 is the 29 February 1900 that never was)")
            }
            return DateResult(day: day, message: nil)
        }
        // Cut a time part.
        var cut = start
        while cut < end && p[cut] != 0x54 /* T */ && p[cut] != 0x20 { cut += 1 }
        end = cut
        guard let parts = dateParts(p, start, end) else {
            return DateResult(day: nil, message: "expected a date as YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY or MM/DD/YYYY")
        }
        var y = 0, m = 0, d = 0
        if parts.lengths.0 == 4 {
            (y, m, d) = (parts.values.0, parts.values.1, parts.values.2)
        } else {
            guard parts.lengths.2 == 4 || parts.lengths.2 == 2 else {
                return DateResult(day: nil, message: "expected a four-digit year")
            }
            y = parts.values.2 + (parts.lengths.2 == 2 ? 2000 : 0)
            let (a, b) = (parts.values.0, parts.values.1)
            let order: Bool
            if parts.separator == 0x2E {
                order = true  // DD.MM.YYYY
            } else if let dayFirst {
                order = dayFirst
            } else if a > 12 && b <= 12 {
                order = true
            } else if b > 12 && a <= 12 {
                order = false
            } else {
                return DateResult(day: nil, message: "the order of day and month is not known: give --date-format DD/MM/YYYY or --date-format MM/DD/YYYY")
            }
            (d, m) = order ? (a, b) : (b, a)
        }
        guard let day = CivilDate.dayNumber(year: y, month: m, day: d) else {
            return DateResult(day: nil, message: "no such date (month \(m), day \(d), year \(y))")
        }
        return DateResult(day: day, message: nil)
    }

    /// Three numeric parts with one separator (`-`, `/` or `.`): values, digit counts, separator.
    static func dateParts(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int)
        -> (values: (Int, Int, Int), lengths: (Int, Int, Int), separator: UInt8)? {
        var values = [0, 0, 0], lengths = [0, 0, 0]
        var k = 0
        var sep: UInt8 = 0
        for i in s..<e {
            let b = p[i]
            if b >= 0x30 && b <= 0x39 {
                if lengths[k] == 4 { return nil }
                values[k] = values[k] * 10 + Int(b - 0x30)
                lengths[k] += 1
            } else if b == 0x2D || b == 0x2F || b == 0x2E {
                if sep == 0 { sep = b } else if b != sep { return nil }
                if lengths[k] == 0 || k == 2 { return nil }
                k += 1
            } else {
                return nil
            }
        }
        // "1.3.2025." with a trailing dot is not accepted; "01.03.2025" is.
        guard k == 2, lengths[2] > 0, lengths[1] <= 2, lengths[0] == 4 || lengths[0] <= 2 else { return nil }
        if lengths[0] == 4 && lengths[2] > 2 { return nil }
        return ((values[0], values[1], values[2]), (lengths[0], lengths[1], lengths[2]), sep)
    }

    /// A plain number (digits, optionally a `.` and a fraction of a day): an Excel serial day.
    static func serialNumber(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> Int? {
        var v = 0, n = 0
        var i = s
        while i < e, p[i] >= 0x30 && p[i] <= 0x39 {
            v = v * 10 + Int(p[i] - 0x30); n += 1; i += 1
            if n > 7 { return nil }
        }
        guard n > 0 else { return nil }
        if i < e {
            guard p[i] == 0x2E else { return nil }
            i += 1
            while i < e { guard p[i] >= 0x30 && p[i] <= 0x39 else { return nil }; i += 1 }
        }
        return v
    }

    /// Slash-date evidence for one cell: `.dayFirst` when the first part is above 12,
    /// `.monthFirst` when the second is, `.ambiguous` when neither, `nil` for other cells.
    enum DayOrderClue { case dayFirst, monthFirst, ambiguous, conflict }

    static func dayOrderClue(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> DayOrderClue? {
        var start = s, end = e
        trim(p, &start, &end)
        var cut = start
        while cut < end && p[cut] != 0x54 && p[cut] != 0x20 { cut += 1 }
        guard let parts = dateParts(p, start, cut), parts.separator != 0x2E, parts.lengths.0 != 4 else { return nil }
        let (a, b) = (parts.values.0, parts.values.1)
        if a > 12 && b > 12 { return .conflict }
        if a > 12 { return .dayFirst }
        if b > 12 { return .monthFirst }
        return .ambiguous
    }

    /// 1-based character column of byte offset `offset` in the line starting
    /// at `lineStart` (counts UTF-8 scalars, not bytes).
    static func characterColumn(_ p: UnsafePointer<UInt8>, lineStart: Int, offset: Int) -> Int {
        var col = 1
        var i = lineStart
        while i < offset {
            if p[i] & 0xC0 != 0x80 { col += 1 }
            i += 1
        }
        return col
    }
}
