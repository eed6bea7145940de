/// Splits a text into tokens in one pass over its characters (grapheme clusters, so an
/// emoji sequence or a letter with combining marks stays one character; CRLF is one line
/// break). Positions are counted on the way; no regular expressions.
struct TextTokenizer {
    struct Raw {
        var kind: TextToken.Kind
        var start: Int
        var end: Int
        var text: String
        var folded: String
        var parts: [String] = []
        var quoted = false
    }

    private(set) var chars: [Character] = []
    private(set) var indices: [String.Index] = []
    private(set) var lines: [Int] = []
    private(set) var columns: [Int] = []
    private(set) var offsets: [Int] = []
    private(set) var tokens: [Raw] = []
    private let hashtagWords: Set<String>

    init(_ text: String, hashtagWords: Set<String>) {
        self.hashtagWords = hashtagWords
        var line = 1, column = 1, offset = 0
        chars.reserveCapacity(text.utf8.count)
        for i in text.indices {
            let c = text[i]
            chars.append(c); indices.append(i); lines.append(line); columns.append(column); offsets.append(offset)
            if c.isNewline { line += 1; column = 1 } else { column += c.unicodeScalars.count }
            offset += c.utf8.count
        }
        indices.append(text.endIndex); lines.append(line); columns.append(column); offsets.append(offset)
        scan()
        pairQuotes()
    }

    // MARK: Character classes

    static func isWordChar(_ c: Character) -> Bool {
        if c.isLetter || c.isNumber { return true }
        // A combining mark left on its own (text starting with one) still belongs to a word.
        return c.unicodeScalars.first.map { $0.properties.generalCategory == .nonspacingMark } ?? false
    }

    static func isApostrophe(_ c: Character) -> Bool { c == "'" || c == "\u{2019}" || c == "\u{02BC}" }

    static func isEmoji(_ c: Character) -> Bool {
        guard let first = c.unicodeScalars.first else { return false }
        // Keycaps ("1️⃣") and emoji-style sequences start with an ASCII scalar.
        if first.isASCII { return c.unicodeScalars.count > 1 && c.unicodeScalars.contains { $0.value == 0x20E3 || $0.value == 0xFE0F } }
        let p = first.properties
        return p.isEmojiPresentation || (p.isEmoji && (c.unicodeScalars.count > 1 || first.value >= 0x2190))
    }

    private static let punctuation: Set<Character> = [
        ".", ",", "!", "?", ";", ":", "…", "–", "—", "-", "(", ")", "[", "]", "{", "}", "\"", "'",
        "„", "“", "”", "»", "«", "‚", "‘", "’", "/", "|", "•", "·", "*", "¿", "¡", "‼", "⁉", "_", "~",
    ]

    private static let topLevelDomains: Set<String> = [
        "de", "com", "net", "org", "at", "ch", "eu", "info", "shop", "io", "ly", "co", "uk", "app", "online", "me", "tv",
    ]

    // MARK: Scanning

    private mutating func scan() {
        var i = 0
        let n = chars.count
        while i < n {
            let c = chars[i]
            if c.isNewline { emit(.lineBreak, i, i + 1); i += 1; continue }
            if c.isWhitespace { i += 1; continue }
            if Self.isEmoji(c) { emit(.emoji, i, i + 1); i += 1; continue }
            if Self.isWordChar(c), let end = urlEnd(at: i) { emit(.url, i, end); i = end; continue }
            if c == "#", i + 1 < n, Self.isWordChar(chars[i + 1]) {
                var j = i + 1
                while j < n, Self.isWordChar(chars[j]) || chars[j] == "_" { j += 1 }
                emitHashtag(i, j); i = j; continue
            }
            if c == "@" {
                var j = i + 1
                while j < n, Self.isWordChar(chars[j]) || chars[j] == "_"
                    || (chars[j] == "." && j + 1 < n && Self.isWordChar(chars[j + 1])) { j += 1 }
                emit(.mention, i, j); i = j; continue
            }
            if c.isNumber, c.isASCII {
                var j = i + 1
                while j < n {
                    if chars[j].isNumber { j += 1; continue }
                    if [".", ",", ":"].contains(chars[j]), j + 1 < n, chars[j + 1].isNumber, chars[j + 1].isASCII { j += 2; continue }
                    break
                }
                if j < n, chars[j] == ".", numberKeepsDot(start: i, dot: j) { j += 1 }
                emit(.number, i, j); i = j; continue
            }
            if Self.isWordChar(c) {
                var j = i + 1
                while j < n {
                    if Self.isWordChar(chars[j]) { j += 1; continue }
                    if Self.isApostrophe(chars[j]), j + 1 < n, chars[j + 1].isLetter { j += 2; continue }
                    // Gender forms stay one word: "Freund:in", "Kund*innen", "Follower_innen".
                    if [":", "*", "_"].contains(chars[j]), let end = genderSuffixEnd(j) { j = end; continue }
                    break
                }
                emit(.word, i, j); i = j; continue
            }
            if c == "&" || c == "+" || c == "=" { emit(.connector, i, i + 1); i += 1; continue }
            if Self.punctuation.contains(c) { emit(.punctuation, i, i + 1); i += 1; continue }
            emit(.symbol, i, i + 1); i += 1
        }
    }

    private func string(_ start: Int, _ end: Int) -> String { String(chars[start..<end]) }

    private static let ageWords: Set<String> = ["ab", "unter", "ueber", "from", "under", "over", "aged"]

    /// Whether the dot at `dot` after the number starting at `start` belongs to it rather than
    /// ending the sentence:
    /// - "1. Liken", "24. Dezember", "unseres 5. Geburtstags": a short number with a dot is an ordinal,
    ///   except after an age ("Teilnahme ab 18. Viel Glück!") when a capitalised word follows;
    /// - "am 12.5. aus", "bis 30.4.2025 teilnehmen": a date's closing dot, when the sentence
    ///   visibly goes on (a lower-case word or a digit follows on the same line);
    /// - any number before a lower-case word on the same line ("am 8.12. um 18 Uhr").
    private func numberKeepsDot(start: Int, dot: Int) -> Bool {
        let n = chars.count
        guard dot + 1 < n, chars[dot + 1].isWhitespace, !chars[dot + 1].isNewline else { return false }
        var k = dot + 1
        while k < n, chars[k].isWhitespace, !chars[k].isNewline { k += 1 }
        guard k < n, !chars[k].isNewline else { return false }
        let next = chars[k]
        if next.isLowercase || next.isNumber { return true }
        let digitsOnly = chars[start..<dot].allSatisfy(\.isNumber)
        guard digitsOnly, dot - start <= 2 else { return false }
        // "ab 18. Viel Glück": an age limit ends its sentence.
        var p = start - 1
        while p >= 0, chars[p].isWhitespace, !chars[p].isNewline { p -= 1 }
        var q = p
        while q >= 0, Self.isWordChar(chars[q]) { q -= 1 }
        if q < p, Self.ageWords.contains(TextNormalizer.fold(string(q + 1, p + 1))) { return !next.isUppercase }
        return true
    }

    /// The end of ":in"/":innen" (also with "*", "_") at `j`, if a gender suffix starts there.
    private func genderSuffixEnd(_ j: Int) -> Int? {
        for suffix in ["innen", "in"] {
            let end = j + 1 + suffix.count
            guard end <= chars.count, String(chars[(j + 1)..<end]) == suffix else { continue }
            if end == chars.count || !Self.isWordChar(chars[end]) { return end }
        }
        return nil
    }

    private mutating func emit(_ kind: TextToken.Kind, _ start: Int, _ end: Int) {
        let text = string(start, end)
        let folded: String
        switch kind {
        case .connector: folded = text == "=" ? "equals" : "and"
        case .mention: folded = TextNormalizer.fold(text)
        case .word, .number, .url: folded = TextNormalizer.fold(text)
        default: folded = text
        }
        tokens.append(Raw(kind: kind, start: start, end: end, text: text, folded: folded))
    }

    /// The end of a URL or e-mail address starting at `start`, if the run there is one.
    private func urlEnd(at start: Int) -> Int? {
        var end = start
        while end < chars.count, !chars[end].isWhitespace { end += 1 }
        if end - start < 4 { return nil }
        while end > start, ".,!?;:)]}\"'»«“”’".contains(chars[end - 1]) { end -= 1 }
        let run = TextNormalizer.fold(string(start, end))
        if run.hasPrefix("http://") || run.hasPrefix("https://") || run.hasPrefix("www.") { return end }
        if let at = run.firstIndex(of: "@"), at != run.startIndex, run[at...].contains(".") { return end }
        let host = run.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let tld = labels.last, Self.topLevelDomains.contains(String(tld)),
              labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }),
              labels[0].count >= 2 else { return nil }
        return end
    }

    // MARK: Hashtags

    private mutating func emitHashtag(_ start: Int, _ end: Int) {
        let body = string(start + 1, end)
        var raw = Raw(kind: .hashtag, start: start, end: end, text: string(start, end), folded: TextNormalizer.fold(body))
        raw.parts = Self.camelCaseChunks(body).flatMap { segment(TextNormalizer.fold($0)) }
        tokens.append(raw)
    }

    /// "ShareToWin" → Share, To, Win; "iPhone15" → i, Phone, 15; "WIN" stays one chunk.
    static func camelCaseChunks(_ s: String) -> [String] {
        let cs = Array(s)
        var chunks: [String] = []
        var current = ""
        for (k, c) in cs.enumerated() {
            if !current.isEmpty, let prev = current.last {
                let next = k + 1 < cs.count ? cs[k + 1] : nil
                let lowerToUpper = prev.isLowercase && c.isUppercase
                let acronymEnd = prev.isUppercase && c.isUppercase && (next?.isLowercase ?? false)
                let digitEdge = prev.isNumber != c.isNumber
                if c == "_" { chunks.append(current); current = ""; continue }
                if lowerToUpper || acronymEnd || digitEdge { chunks.append(current); current = "" }
            }
            if c != "_" { current.append(c) }
        }
        if !current.isEmpty { chunks.append(current) }
        return chunks
    }

    /// Splits a lower-case run into known words ("sharetowin" → share, to, win) by dynamic
    /// programming; keeps it whole when the known words do not cover it convincingly.
    private func segment(_ s: String) -> [String] {
        let cs = Array(s)
        let n = cs.count
        if n < 5 || n > 40 || hashtagWords.contains(s) { return [s] }
        // best[i]: (cost, unknown characters, pieces) for the prefix of length i.
        var best: [(cost: Int, unknown: Int, pieces: [String])?] = Array(repeating: nil, count: n + 1)
        best[0] = (0, 0, [])
        for i in 0..<n {
            guard let b = best[i] else { continue }
            // An unknown character (merged with unknown neighbours below).
            let u = (b.cost + 3, b.unknown + 1, b.pieces + ["\u{0}" + String(cs[i])])
            if best[i + 1] == nil || u.0 < best[i + 1]!.cost { best[i + 1] = u }
            for j in stride(from: i + 2, through: min(n, i + 20), by: 1) {
                let w = String(cs[i..<j])
                guard hashtagWords.contains(w) else { continue }
                let cand = (b.cost + 1, b.unknown, b.pieces + [w])
                if best[j] == nil || cand.0 < best[j]!.cost { best[j] = cand }
            }
        }
        guard let result = best[n] else { return [s] }
        var merged: [String] = []
        var pendingUnknown = ""
        for piece in result.pieces {
            if piece.hasPrefix("\u{0}") { pendingUnknown += piece.dropFirst(); continue }
            if !pendingUnknown.isEmpty { merged.append(pendingUnknown); pendingUnknown = "" }
            merged.append(piece)
        }
        if !pendingUnknown.isEmpty { merged.append(pendingUnknown) }
        if result.unknown == 0 { return merged }
        let knownLong = merged.filter { hashtagWords.contains($0) }.allSatisfy { $0.count >= 4 }
        return result.unknown * 2 <= n && knownLong ? merged : [s]
    }

    // MARK: Quotation marks

    /// Pairs opening and closing quotation marks and marks the tokens between them.
    /// An opener that is never closed quotes nothing (a stray mark must not hide a sentence).
    private mutating func pairQuotes() {
        var stack: [(closer: Set<Character>, token: Int)] = []
        var pairs: [(Int, Int)] = []
        for (t, token) in tokens.enumerated() {
            if token.kind == .lineBreak {
                // Straight single quotes never span lines; drop their openers.
                stack.removeAll { $0.closer == ["'"] || $0.closer == ["\u{2019}"] }
                continue
            }
            guard token.kind == .punctuation, let c = token.text.first else { continue }
            if let top = stack.last, top.closer.contains(c) {
                pairs.append((top.token, t)); stack.removeLast(); continue
            }
            let prevSpace = token.start == 0 || chars[token.start - 1].isWhitespace || chars[token.start - 1] == "("
            switch c {
            case "„": stack.append((["“", "”", "\""], t))
            case "‚": stack.append((["‘", "’", "'"], t))
            case "»": stack.append((["«"], t))
            case "«": stack.append((["»"], t))
            case "“": stack.append((["”", "\""], t))
            case "\"": stack.append((["\"", "”", "“"], t))
            case "‘": stack.append((["’", "'"], t))
            case "'", "’": if prevSpace { stack.append(([c], t)) }
            default: break
            }
        }
        for (open, close) in pairs where close > open + 1 {
            for k in (open + 1)..<close { tokens[k].quoted = true }
        }
    }
}
