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
                sawDecimal = true
                i += 1
            } else if let g = grouping, b == g, !sawDecimal {
                i += 1
            } else {
                if sawDigit && (b == 0x65 || b == 0x45) {  // exponent: rare, take the slow path
                    return slowParse(p, start, end, decimal: decimal, grouping: grouping)
                }
                return isMissingToken(p, start, end) ? .missing : .invalid
            }
        }
        if !sawDigit { return isMissingToken(p, start, end) ? .missing : .invalid }
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

    /// Parses `YYYY-MM-DD`, `YYYY/MM/DD` and the German `DD.MM.YYYY` (also
    /// `D.M.YYYY`). A time part after `T` or a space is ignored.
    static func parseDate(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> DateResult {
        var start = s, end = e
        trim(p, &start, &end)
        if start == end { return DateResult(day: nil, message: "missing date") }
        // Cut a time part.
        var cut = start
        while cut < end && p[cut] != 0x54 /* T */ && p[cut] != 0x20 { cut += 1 }
        end = cut
        let n = end - start
        var y = 0, m = 0, d = 0
        if n == 10, p[start + 4] == 0x2D || p[start + 4] == 0x2F, p[start + 7] == p[start + 4],
           let yy = digits(p, start, 4), let mm = digits(p, start + 5, 2), let dd = digits(p, start + 8, 2) {
            (y, m, d) = (yy, mm, dd)
        } else if let (dd, mm, yy) = germanDate(p, start, end) {
            (y, m, d) = (yy, mm, dd)
        } else {
            return DateResult(day: nil, message: "expected a date as YYYY-MM-DD or DD.MM.YYYY")
        }
        guard let day = CivilDate.dayNumber(year: y, month: m, day: d) else {
            return DateResult(day: nil, message: "no such date (month \(m), day \(d), year \(y))")
        }
        return DateResult(day: day, message: nil)
    }

    static func germanDate(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> (Int, Int, Int)? {
        var parts: [Int] = []
        var cur = 0, len = 0
        for i in s..<e {
            let b = p[i]
            if b == 0x2E {
                if len == 0 || len > 2 { return nil }
                parts.append(cur); cur = 0; len = 0
            } else if b >= 0x30 && b <= 0x39 {
                // No part has more than four digits; stopping here also keeps `cur` from overflowing.
                if len == 4 { return nil }
                cur = cur * 10 + Int(b - 0x30); len += 1
            } else { return nil }
        }
        guard parts.count == 2, len == 4 else { return nil }
        return (parts[0], parts[1], cur)
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
