/// Finds the lexicon's patterns in a text and decides, for each match, whether it is
/// negated, part of an information question, or quoted.
struct IntentMatcher {
    struct Clause {
        var units: Range<Int>
        var tokens: Range<Int>
        var sentence: Int
        /// Starts after ":", ";", a dash or a bullet: a question mark at the sentence end
        /// does not reach back over it ("Verrate uns in den Kommentaren: Was ist …?").
        var hardStart = false
        var question = false
        var request = false
    }
    struct Sentence {
        var tokens: Range<Int>
        var units: Range<Int>
        var clauses: Range<Int>
        var question: Bool
        /// A request in question form ("Kannst du das teilen?", "Who wants to win?").
        var request: Bool
    }

    let text: String
    let tokens: [TextToken]
    /// The post's language (given or detected), for entries limited to some audiences ("#ad").
    let language: TextLanguage?
    private(set) var units: [AnalysisUnit] = []
    private(set) var clauses: [Clause] = []
    private(set) var sentences: [Sentence] = []

    init(text: String, tokens: [TextToken], language: TextLanguage? = nil) {
        self.text = text
        self.tokens = tokens
        self.language = language
        buildUnits()
    }

    // MARK: Units, clauses, sentences

    private static let sentenceEnd: Set<String> = [".", "!", "?", "…", "‼", "⁉", "¡", "¿"]
    private static let clauseEnd: Set<String> = [";", ":", "|", "•", "·", "–", "—"]
    private static let bulletScalars: Set<UInt32> = [
        0x2705, 0x2714, 0x2611, 0x27A1, 0x1F449, 0x25B6, 0x1F539, 0x1F538, 0x274C, 0x2716, 0x1F6AB, 0x26A0, 0x1F3AF,
        0x25AA, 0x25AB, 0x1F53A, 0x1F53B, 0x2B50, 0x1F31F, 0x1F4CC, 0x1F4CD, 0x2757, 0x2753, 0x1F51C, 0x1F4E2, 0x1F4A5,
    ]
    private static let heartScalars: Set<UInt32> = [
        0x2764, 0x2665, 0x1F499, 0x1F49A, 0x1F49B, 0x1F9E1, 0x1F49C, 0x1F5A4, 0x1F90D, 0x1F90E, 0x1F495, 0x1F496, 0x1F497,
        0x1F493, 0x1F498, 0x1F49D, 0x1F44D,
    ]
    private static let negationEmoji: Set<UInt32> = [0x274C, 0x1F6AB, 0x2716, 0x26D4]
    private static let currency: [String: String] = ["€": "eur", "$": "usd", "£": "gbp"]

    private mutating func buildUnits() {
        var sentenceStartToken = 0, sentenceStartUnit = 0, sentenceStartClause = 0
        var clauseStartToken = 0, clauseStartUnit = 0
        var newPart = true
        var pendingHard = true
        var contrastiveBreak = false
        let stemDE = Stemmer.shared(.de), stemEN = Stemmer.shared(.en)

        func closeClause(_ end: Int) {
            if clauseStartUnit < units.count || clauseStartToken < end {
                if let last = units.indices.last, last >= clauseStartUnit { units[last].partEnd = true }
                clauses.append(Clause(units: clauseStartUnit..<units.count, tokens: clauseStartToken..<end, sentence: sentences.count,
                                      hardStart: pendingHard))
            }
            clauseStartToken = end; clauseStartUnit = units.count; newPart = true
            pendingHard = !(contrastiveBreak)
        }
        func closeSentence(_ end: Int, question: Bool) {
            closeClause(end)
            if sentenceStartClause < clauses.count {
                sentences.append(Sentence(tokens: sentenceStartToken..<end, units: sentenceStartUnit..<units.count,
                                          clauses: sentenceStartClause..<clauses.count, question: question, request: false))
            }
            sentenceStartToken = end; sentenceStartUnit = units.count; sentenceStartClause = clauses.count
            pendingHard = true
        }
        func add(_ folded: String, _ kind: AnalysisUnit.Kind, token: Int, display: String, hashtag: Bool = false, joined: Bool = false) {
            var u = AnalysisUnit(folded: folded, stemDE: kind == .word ? stemDE.stem(folded) : folded,
                                 stemEN: kind == .word ? stemEN.stem(folded) : folded, kind: kind, token: token, display: display)
            u.fromHashtag = hashtag; u.joined = joined; u.partStart = newPart; u.clause = clauses.count
            if newPart, let last = units.indices.last, last >= clauseStartUnit { units[last].partEnd = true }
            newPart = false
            units.append(u)
        }

        var t = 0
        while t < tokens.count {
            let tok = tokens[t]
            switch tok.kind {
            case .lineBreak:
                if lineContinues(t) { newPart = true; break }
                closeSentence(t, question: false); sentenceStartToken = t + 1; clauseStartToken = t + 1
            case .punctuation:
                let p = tok.text
                if Self.sentenceEnd.contains(p) {
                    if p == ".", isAbbreviationDot(t) { break }
                    // A run like "?!" or "..." ends the sentence once, at its last mark.
                    var end = t
                    var question = p == "?" || p == "⁉" || p == "¿"
                    while end + 1 < tokens.count, tokens[end + 1].kind == .punctuation, Self.sentenceEnd.contains(tokens[end + 1].text) {
                        end += 1
                        if ["?", "⁉"].contains(tokens[end].text) { question = true }
                    }
                    closeSentence(end + 1, question: question)
                    t = end
                } else if Self.clauseEnd.contains(p) {
                    closeClause(t + 1)
                } else if p == "-" {
                    let spacedBefore = t == 0 || tokens[t - 1].range.upperBound != tok.range.lowerBound
                    let spacedAfter = t + 1 >= tokens.count || tokens[t + 1].range.lowerBound != tok.range.upperBound
                    if spacedBefore || spacedAfter { closeClause(t + 1) }
                } else if [",", "/", "*", "(", ")", "[", "]"].contains(p) {
                    newPart = true
                }
            case .word:
                if IntentLexicon.contrastive.contains(tok.folded), units.count > clauseStartUnit {
                    contrastiveBreak = true; closeClause(t); contrastiveBreak = false
                }
                let joined = t >= 2 && tokens[t - 1].text == "-" && tokens[t - 1].range.lowerBound == tokens[t - 2].range.upperBound
                    && tokens[t - 1].range.upperBound == tok.range.lowerBound
                if let parts = IntentLexicon.contractions[tok.folded] {
                    for part in parts { add(part, .word, token: t, display: tok.text) }
                } else if tok.folded.hasSuffix("'s") || tok.folded.hasSuffix("'n") {
                    add(String(tok.folded.dropLast(2)), .word, token: t, display: tok.text, joined: joined)
                } else if let cut = tok.folded.firstIndex(where: { $0 == ":" || $0 == "*" || $0 == "_" }) {
                    // "freund:in" is matched as "freund".
                    add(String(tok.folded[..<cut]), .word, token: t, display: tok.text, joined: joined)
                } else {
                    add(tok.folded, .word, token: t, display: tok.text, joined: joined)
                }
            case .number: add(tok.folded, .number, token: t, display: tok.text)
            case .mention: add(tok.folded, .mention, token: t, display: tok.text)
            case .url: add(tok.folded, .url, token: t, display: tok.text)
            case .connector:
                // "&", "+", "=" separate parts like a comma, and stand for a word themselves.
                newPart = true
                add(tok.folded, .connector, token: t, display: tok.text); newPart = true
            case .hashtag:
                // A hashtag starts a part of its own (#teilen stands like an imperative) without
                // ending the words before it ("Teile das mit #freunde").
                let resume = newPart
                add(tok.folded, .hashtag, token: t, display: tok.text)
                units[units.count - 1].partStart = resume
                for (k, part) in tok.parts.enumerated() {
                    add(part, part.first?.isNumber == true ? .number : .word, token: t, display: part, hashtag: true)
                    if k == 0 { units[units.count - 1].partStart = true }
                }
            case .emoji:
                let scalar = tok.text.unicodeScalars.first!.value
                if Self.negationEmoji.contains(scalar) {
                    if units.count > clauseStartUnit { closeClause(t) }
                    add("not", .emoji, token: t, display: tok.text)
                } else if tok.text.unicodeScalars.contains(where: { $0.value == 0x20E3 }) || Self.bulletScalars.contains(scalar) {
                    if units.count > clauseStartUnit { closeClause(t) }
                } else if Self.heartScalars.contains(scalar) {
                    add("heart", .emoji, token: t, display: tok.text)
                }
                newPart = true
            case .symbol:
                if let c = Self.currency[tok.text] { add(c, .word, token: t, display: tok.text) }
            }
            t += 1
        }
        closeSentence(tokens.count, question: false)
        markRequests()
        correctTypos()
    }

    /// A line break inside a sentence: the line does not end with a mark and the next starts
    /// in lower case or with a plain number ("Markiere\n2 Freunde"), not a list item ("2. Like").
    private func lineContinues(_ t: Int) -> Bool {
        guard t > 0, t + 1 < tokens.count else { return false }
        let prev = tokens[t - 1], next = tokens[t + 1]
        guard prev.kind == .word || prev.kind == .number else { return false }
        if next.kind == .word, let c = next.text.first, c.isLowercase { return true }
        if next.kind == .number, !next.text.hasSuffix("."), t + 2 < tokens.count {
            let after = tokens[t + 2]
            return after.kind == .word && after.range.lowerBound != next.range.upperBound
        }
        return false
    }

    /// "z. B.", "ca.", "inkl." and single letters do not end a sentence.
    private func isAbbreviationDot(_ t: Int) -> Bool {
        guard t > 0, tokens[t - 1].kind == .word, tokens[t - 1].range.upperBound == tokens[t].range.lowerBound else { return false }
        let word = tokens[t - 1].folded
        if IntentLexicon.abbreviations.contains(word) { return true }
        // "bzw.Teilen": a dot glued to the next word is not a sentence end either.
        if t + 1 < tokens.count, tokens[t + 1].range.lowerBound == tokens[t].range.upperBound, tokens[t + 1].kind == .word { return true }
        return false
    }

    private mutating func markRequests() {
        for s in sentences.indices where sentences[s].question {
            // The question is the sentence's last clauses back to one that starts after ":" or a dash.
            var first = sentences[s].clauses.upperBound - 1
            while first > sentences[s].clauses.lowerBound, !clauses[first].hardStart { first -= 1 }
            let span = clauses[first].units.lowerBound..<sentences[s].units.upperBound
            let words = units[span].prefix(6).map(\.folded)
            let hasModal = words.contains { IntentLexicon.requestModals.contains($0) }
            let hasYou = words.contains { IntentLexicon.secondPerson.contains($0) }
            let firstPersonAsks = words.prefix(3).contains { IntentLexicon.firstPerson.contains($0) }
            let desire = words.contains { IntentLexicon.desireWords.contains($0) }
            let whyNot = zip(words, words.dropFirst()).contains { ($0 == "why" || $0 == "warum" || $0 == "wieso") && ($1 == "not" || $1 == "nicht") }
                || zip(words, words.dropFirst()).contains { ($0 == "how" && $1 == "about") || ($0 == "wie" && $1 == "waere") }
            let request = whyNot || (!firstPersonAsks && ((hasModal && hasYou) || desire))
            sentences[s].request = request
            for c in first..<sentences[s].clauses.upperBound { clauses[c].question = true; clauses[c].request = request }
        }
    }

    /// Attaches the lexicon word to a long word one edit away from it ("Gewinnspeil").
    private mutating func correctTypos() {
        let index = IntentLexicon.typoIndex
        for u in units.indices where units[u].kind == .word && units[u].folded.count >= 8 {
            let f = units[u].folded
            if IntentLexicon.knownWords.contains(f) { continue }
            let key = String(f.prefix(1))
            guard let candidates = index[key] else { continue }
            let length = f.count
            if let c = candidates.first(where: { abs($0.count - length) <= 1 && IntentMatcher.withinOneEdit(f, $0) }) {
                units[u].corrected = c; continue
            }
            // A prefix of the lexicon ("kommentier…") with one typo: "komentiere".
            for c in candidates where IntentLexicon.typoPrefixes.contains(c) && length >= c.count - 1 && !f.hasPrefix(c) {
                if let k = [c.count - 1, c.count, c.count + 1].first(where: { $0 <= length && IntentMatcher.withinOneEdit(String(f.prefix($0)), c) }) {
                    units[u].corrected = c + f.dropFirst(k); break
                }
            }
        }
    }

    /// Damerau-Levenshtein distance ≤ 1 (one insertion, deletion, substitution or transposition).
    static func withinOneEdit(_ a: String, _ b: String) -> Bool {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x == y { return true }
        if abs(x.count - y.count) > 1 { return false }
        var i = 0
        while i < x.count, i < y.count, x[i] == y[i] { i += 1 }
        if x.count == y.count {
            if Array(x[(i + 1)...]) == Array(y[(i + 1)...]) { return true }
            return i + 1 < x.count && x[i] == y[i + 1] && x[i + 1] == y[i] && Array(x[(i + 2)...]) == Array(y[(i + 2)...])
        }
        let (long, short) = x.count > y.count ? (x, y) : (y, x)
        return Array(long[(i + 1)...]) == Array(short[i...])
    }
}
