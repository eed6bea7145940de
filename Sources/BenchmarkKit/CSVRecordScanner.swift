/// Splits CSV bytes into records and fields without copying (RFC 4180:
/// fields may be quoted with `"`, a quote inside a quoted field is written
/// `""`, quoted fields may contain delimiters and line breaks; records end at
/// LF, CRLF or CR).
///
/// The scanner works on a window of a buffer. When a record does not end
/// inside the window and more input may follow, it answers `.incomplete` so the
/// caller can read more and scan the same record again.
final class CSVRecordScanner {
    enum Outcome {
        case record(next: Int)
        case incomplete
    }

    /// A problem inside the record (quoting), with the byte offset it refers to.
    struct Problem {
        var code: ImportDiagnostic.Code
        var offset: Int
        var message: String
    }

    var delimiter: UInt8 = UInt8(ascii: ",")

    // Fields of the last record: byte ranges (quotes removed) and whether the
    // field holds `""` escapes that must be undone.
    private(set) var starts: UnsafeMutablePointer<Int>
    private(set) var ends: UnsafeMutablePointer<Int>
    private(set) var escaped: UnsafeMutablePointer<Bool>
    /// Byte offset where each field begins in the input (the opening quote for quoted fields).
    private(set) var origins: UnsafeMutablePointer<Int>
    private var capacity = 64
    var count = 0
    /// Line breaks inside quoted fields of the last record.
    var innerLineBreaks = 0
    var problem: Problem?

    init(delimiter: UInt8) {
        self.delimiter = delimiter
        starts = .allocate(capacity: capacity)
        ends = .allocate(capacity: capacity)
        origins = .allocate(capacity: capacity)
        escaped = .allocate(capacity: capacity)
    }

    deinit {
        starts.deallocate()
        ends.deallocate()
        origins.deallocate()
        escaped.deallocate()
    }

    /// Sets the end of field `j` (after undoing escapes).
    func setEnd(_ j: Int, _ e: Int) { ends[j] = e }

    private func growFields() {
        let c = capacity * 2
        func grown<T>(_ p: UnsafeMutablePointer<T>) -> UnsafeMutablePointer<T> {
            let q = UnsafeMutablePointer<T>.allocate(capacity: c)
            q.moveInitialize(from: p, count: count)
            p.deallocate()
            return q
        }
        starts = grown(starts)
        ends = grown(ends)
        origins = grown(origins)
        escaped = grown(escaped)
        capacity = c
    }

    @inline(__always)
    private func push(_ s: Int, _ e: Int, _ esc: Bool, _ origin: Int) {
        if count == capacity { growFields() }
        starts[count] = s
        ends[count] = e
        escaped[count] = esc
        origins[count] = origin
        count += 1
    }

    /// Scans one record starting at `pos`; `end` is the end of valid bytes and
    /// `eof` tells whether more input can follow.
    @inline(__always)
    func scan(_ p: UnsafePointer<UInt8>, _ pos: Int, _ end: Int, eof: Bool) -> Outcome {
        let quote = UInt8(ascii: "\""), lf: UInt8 = 10, cr: UInt8 = 13, delim = delimiter
        count = 0
        innerLineBreaks = 0
        problem = nil
        var i = pos
        while true {
            if i >= end {
                if !eof { return .incomplete }
                push(i, i, false, i)  // empty last field at end of input
                return .record(next: i)
            }
            if p[i] == quote {
                let origin = i
                i += 1
                let s = i
                var esc = false
                while true {
                    if i >= end {
                        if !eof { return .incomplete }
                        problem = Problem(code: .unterminatedQuote, offset: origin,
                                          message: "quoted field is not closed (missing \")")
                        push(s, i, esc, origin)
                        return .record(next: i)
                    }
                    let b = p[i]
                    if b == quote {
                        if i + 1 >= end && !eof { return .incomplete }
                        if i + 1 < end && p[i + 1] == quote {
                            esc = true
                            i += 2
                            continue
                        }
                        break
                    }
                    if b == lf {
                        innerLineBreaks += 1
                    } else if b == cr {
                        if i + 1 >= end && !eof { return .incomplete }
                        if !(i + 1 < end && p[i + 1] == lf) { innerLineBreaks += 1 }
                    }
                    i += 1
                }
                push(s, i, esc, origin)
                i += 1  // closing quote
                if i < end {
                    let c = p[i]
                    if c != delim && c != lf && c != cr {
                        if problem == nil {
                            problem = Problem(code: .characterAfterQuote, offset: i,
                                              message: "unexpected character after closing quote (quotes inside a quoted field are written \"\")")
                        }
                        // Skip to the end of the field.
                        while i < end && p[i] != delim && p[i] != lf && p[i] != cr { i += 1 }
                        if i >= end && !eof { return .incomplete }
                    }
                } else if !eof {
                    return .incomplete
                }
            } else {
                let s = i
                while i < end {
                    let b = p[i]
                    if b == delim || b == lf || b == cr { break }
                    i += 1
                }
                if i >= end && !eof { return .incomplete }
                push(s, i, false, s)
            }
            if i >= end { return .record(next: i) }
            let c = p[i]
            if c == delim {
                i += 1
                continue
            }
            if c == lf { return .record(next: i + 1) }
            // CR or CRLF
            if i + 1 >= end && !eof { return .incomplete }
            if i + 1 < end && p[i + 1] == lf { return .record(next: i + 2) }
            return .record(next: i + 1)
        }
    }
}
