/// How a file writes numbers: which byte separates the decimals and which one
/// (if any) groups thousands. German exports write `1.234,5`, English ones `1,234.5`.
///
/// The notation of a file is decided from its data (``NumberNotation/clue(_:_:_:)``
/// per cell, ``NumberEvidence`` per file): a value that can only be read one way
/// settles it; a value that can be read both ways ("1.234": one thousand two
/// hundred and thirty-four, or one point two three four) with no other clue in the
/// file is an error that names the flags to give, never a guess.
public struct NumberNotation: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var decimal: UInt8
    public var grouping: UInt8?

    public init(decimal: UInt8, grouping: UInt8?) {
        self.decimal = decimal
        self.grouping = grouping
    }

    /// `1,234.5`
    public static let point = NumberNotation(decimal: UInt8(ascii: "."), grouping: UInt8(ascii: ","))
    /// `1.234,5` (German)
    public static let comma = NumberNotation(decimal: UInt8(ascii: ","), grouping: UInt8(ascii: "."))

    public var description: String {
        let d = String(UnicodeScalar(decimal))
        let g = grouping.map { String(UnicodeScalar($0)) } ?? "none"
        return "decimal '\(d)', thousands '\(g)'"
    }

    /// The command-line flags that select this notation.
    public var flags: String {
        "--decimal \(String(UnicodeScalar(decimal))) --thousands \(grouping.map { String(UnicodeScalar($0)) } ?? "none")"
    }

    /// What one cell says about the notation.
    public enum Clue: Equatable, Sendable {
        /// Not a number, or a number without separators.
        case none
        /// Only a decimal comma reads it (`12,5`, `1.234,5`, `1.234.567`).
        case decimalComma
        /// Only a decimal point reads it (`3.14`, `1,234.5`, `1,234,567`).
        case decimalPoint
        /// One separator followed by exactly three digits (`1.234`, `3,425`): both readings work.
        case ambiguous(UInt8)
    }

    /// What the cell `p[s..<e]` says about the notation. Cells with anything but
    /// an optional sign, digits, `.`, `,` and a trailing `%` are `.none`.
    public static func clue(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> Clue {
        var start = s, end = e
        while start < end && (p[start] == 0x20 || p[start] == 0x09) { start += 1 }
        while end > start && (p[end - 1] == 0x20 || p[end - 1] == 0x09) { end -= 1 }
        if end > start && p[end - 1] == 0x25 /* % */ {
            end -= 1
            while end > start && p[end - 1] == 0x20 { end -= 1 }
        }
        if start < end && (p[start] == 0x2D || p[start] == 0x2B) { start += 1 }
        if start == end { return .none }
        var dots = 0, commas = 0, last: UInt8 = 0, lastAt = -1, digitsBefore = 0
        var firstDigit: UInt8 = 0
        for i in start..<end {
            let b = p[i]
            if b >= 0x30 && b <= 0x39 {
                if lastAt < 0 {
                    if digitsBefore == 0 { firstDigit = b }
                    digitsBefore += 1
                }
            } else if b == 0x2E || b == 0x2C {
                if b == 0x2E { dots += 1 } else { commas += 1 }
                last = b
                lastAt = i
            } else {
                return .none
            }
        }
        if lastAt < 0 { return .none }
        if dots > 0 && commas > 0 { return last == 0x2C ? .decimalComma : .decimalPoint }
        if dots > 1 { return .decimalComma }
        if commas > 1 { return .decimalPoint }
        let after = end - lastAt - 1
        let asDecimal: Clue = last == 0x2C ? .decimalComma : .decimalPoint
        if after != 3 || digitsBefore == 0 || digitsBefore > 3 || (digitsBefore == 1 && firstDigit == 0x30) {
            return asDecimal
        }
        return .ambiguous(last)
    }

    /// Parses `text` in this notation (grouping checked: groups of three digits);
    /// a trailing `%` is allowed and reported. `nil` when it is not a number.
    public func parse(_ text: String) -> (value: Double, percent: Bool)? {
        var t = Substring(text.trimmingCharacters(in: " \t"))
        var percent = false
        if t.hasSuffix("%") {
            percent = true
            t = Substring(t.dropLast().trimmingCharacters(in: " "))
        }
        guard !t.isEmpty else { return nil }
        var out = ""
        var sawDecimal = false
        var groupDigits = -1  // digits since the last grouping separator; -1 before the first
        var intDigits = 0
        for ch in t.utf8 {
            if ch >= 0x30 && ch <= 0x39 {
                out.append(Character(UnicodeScalar(ch)))
                if !sawDecimal {
                    intDigits += 1
                    if groupDigits >= 0 { groupDigits += 1 }
                }
            } else if ch == decimal && !sawDecimal {
                if groupDigits >= 0 && groupDigits != 3 { return nil }
                sawDecimal = true
                out.append(".")
            } else if let g = grouping, ch == g, !sawDecimal {
                if groupDigits < 0 {
                    if intDigits == 0 || intDigits > 3 { return nil }
                } else if groupDigits != 3 { return nil }
                groupDigits = 0
            } else if (ch == 0x2D || ch == 0x2B) && out.isEmpty && intDigits == 0 {
                if ch == 0x2D { out.append("-") }
            } else {
                return nil
            }
        }
        if !sawDecimal && groupDigits >= 0 && groupDigits != 3 { return nil }
        guard let v = Double(out), v.isFinite else { return nil }
        return (v, percent)
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        let chars = Set(set)
        var s = Substring(self)
        while let f = s.first, chars.contains(f) { s.removeFirst() }
        while let l = s.last, chars.contains(l) { s.removeLast() }
        return String(s)
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String { String(self).trimmingCharacters(in: set) }
}

/// The clues of a file's cells, collected column by column, and the notation they settle.
public struct NumberEvidence: Sendable {
    /// A cell that gave a clue, for messages.
    public struct Example: Sendable, Equatable {
        public var text: String
        public var line: Int
        public var column: Int
        public init(text: String, line: Int, column: Int) {
            self.text = text
            self.line = line
            self.column = column
        }
    }

    public struct Column: Sendable {
        public var comma: Example?
        public var point: Example?
        public var ambiguous: Example?
        public var ambiguousSeparator: UInt8 = 0
        public init() {}
    }

    public var columns: [Column]

    public init(columnCount: Int) { columns = Array(repeating: Column(), count: columnCount) }

    /// Records the clue of column `j`'s cell; `example` is called only when the example is kept.
    public mutating func add(_ clue: NumberNotation.Clue, column j: Int, example: () -> Example) {
        guard j < columns.count else { return }
        switch clue {
        case .none: return
        case .decimalComma: if columns[j].comma == nil { columns[j].comma = example() }
        case .decimalPoint: if columns[j].point == nil { columns[j].point = example() }
        case .ambiguous(let sep):
            if columns[j].ambiguous == nil {
                columns[j].ambiguous = example()
                columns[j].ambiguousSeparator = sep
            }
        }
    }

    /// The outcome of weighing the evidence.
    public enum Decision: Sendable, Equatable {
        /// The data settles the notation.
        case settled(NumberNotation)
        /// No cell has a separator: any notation reads the sample the same way.
        case noSeparators
        /// Cells read only one way disagree: the first column with a decimal comma and the first with a point.
        case conflict(commaColumn: Int, comma: Example, pointColumn: Int, point: Example)
        /// Only cells that read both ways: the first such column.
        case ambiguous(column: Int, example: Example, separator: UInt8)
    }

    /// Decides the file's notation: an unambiguous cell anywhere in the file settles it.
    public func decide() -> Decision {
        let commaColumn = columns.firstIndex { $0.comma != nil }
        let pointColumn = columns.firstIndex { $0.point != nil }
        switch (commaColumn, pointColumn) {
        case let (c?, p?):
            return .conflict(commaColumn: c, comma: columns[c].comma!, pointColumn: p, point: columns[p].point!)
        case (_?, nil): return .settled(.comma)
        case (nil, _?): return .settled(.point)
        case (nil, nil):
            if let a = columns.firstIndex(where: { $0.ambiguous != nil }) {
                return .ambiguous(column: a, example: columns[a].ambiguous!, separator: columns[a].ambiguousSeparator)
            }
            return .noSeparators
        }
    }

    /// The message for an ambiguous value: column, example, position and the flags that settle it.
    public static func ambiguityMessage(header: String, example: Example, separator: UInt8) -> String {
        let sep = String(UnicodeScalar(separator))
        let other = separator == UInt8(ascii: ".") ? "," : "."
        return "ambiguous number '\(example.text)' in column '\(header)': '\(sep)' may separate thousands or decimals, and no other value in the file tells which; give --decimal \(other) --thousands \(sep) if '\(sep)' groups thousands (\(example.text) = \(example.text.replacingSeparator(sep))), or --decimal \(sep) --thousands \(other) if it is the decimal separator"
    }
}

extension String {
    fileprivate func replacingSeparator(_ sep: String) -> String {
        var out = ""
        for ch in self where String(ch) != sep && ch != " " && ch != "%" { out.append(ch) }
        return out
    }
}
