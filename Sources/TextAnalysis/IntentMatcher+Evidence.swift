/// Pattern matching and the context decisions (negation, question, quote) for each match.
extension IntentMatcher {
    struct CompiledEntry: Sendable {
        let intent: EntryIntent
        let language: TextLanguage
        let patterns: [IntentPattern]
        let needs: [IntentPattern]
        let vetoes: [IntentPattern]
        let notInPostsOf: TextLanguage?
    }

    /// The lexicon compiled once per process, indexed by what a pattern's first word can be.
    struct CompiledLexicon: Sendable {
        let entries: [CompiledEntry]
        let unless: [EntryIntent: [IntentPattern]]
        /// "f:<folded>", "d:<German stem>", "e:<English stem>" → (entry, pattern).
        let index: [String: [(Int, Int)]]
        /// Patterns whose first word is a prefix, suffix or class (checked at every word).
        let slow: [(Int, Int)]
    }

    static let lexicon: CompiledLexicon = {
        let g = IntentLexicon.groups
        var entries: [CompiledEntry] = []
        var unless: [EntryIntent: [IntentPattern]] = [:]
        for e in IntentLexicon.entries {
            entries.append(CompiledEntry(
                intent: e.intent, language: e.language,
                patterns: e.patterns.map { IntentPattern($0, language: e.language, groups: g) },
                needs: e.needs.map { IntentPattern($0, language: e.language, groups: g) },
                vetoes: e.vetoes.map { IntentPattern($0, language: e.language, groups: g) },
                notInPostsOf: e.notInPostsOf))
            unless[e.intent, default: []] += e.unless.map { IntentPattern($0, language: e.language, groups: g) }
        }
        var index: [String: [(Int, Int)]] = [:]
        var slow: [(Int, Int)] = []
        for (ei, e) in entries.enumerated() {
            for (pi, p) in e.patterns.enumerated() {
                guard let first = p.elements.first else { continue }
                var keys: [String] = []
                var isSlow = false
                for atom in first.atoms {
                    switch atom {
                    case .word(let f, let stem):
                        keys.append("f:" + f); keys.append((e.language == .de ? "d:" : "e:") + stem)
                    case .exact(let f): keys.append("f:" + f)
                    // Prefixes and suffixes by their first or last three letters.
                    case .prefix(let p) where p.count >= 3: keys.append("p:" + p.prefix(3))
                    case .suffix(let x) where x.count >= 3: keys.append("x:" + x.suffix(3))
                    default: isSlow = true
                    }
                }
                if isSlow { slow.append((ei, pi)) } else {
                    for k in Set(keys) { index[k, default: []].append((ei, pi)) }
                }
            }
        }
        return CompiledLexicon(entries: entries, unless: unless, index: index, slow: slow)
    }()

    // MARK: Matching

    func atomMatches(_ atom: IntentPattern.Atom, _ u: Int, _ language: TextLanguage) -> Bool {
        let unit = units[u]
        let wordLike = unit.kind == .word || unit.kind == .emoji || unit.kind == .connector || unit.kind == .number
        switch atom {
        case .word(let f, let stem):
            guard wordLike else { return false }
            if unit.folded == f || unit.stem(language) == stem { return true }
            if let c = unit.corrected { return c == f || Stemmer.shared(language).stem(c) == stem }
            return false
        case .exact(let f):
            return (wordLike || unit.kind == .mention || unit.kind == .url) && (unit.folded == f || unit.corrected == f)
        case .prefix(let p):
            return wordLike && (unit.folded.hasPrefix(p) || unit.corrected?.hasPrefix(p) == true)
        case .suffix(let s):
            return wordLike && (unit.folded.hasSuffix(s) || unit.corrected?.hasSuffix(s) == true)
        case .mention: return unit.kind == .mention
        case .anyHashtag: return unit.kind == .hashtag
        case .hashtag(let h): return unit.kind == .hashtag && unit.folded == h
        case .number: return unit.kind == .number || (unit.kind == .word && IntentLexicon.numberWords.contains(unit.folded))
        case .digits: return unit.kind == .number
        case .coordination:
            return unit.kind == .connector || ["und", "oder", "and", "or", "sowie", "plus"].contains(unit.folded)
        case .url: return unit.kind == .url
        case .clauseEnd: return false
        }
    }

    /// Where an imperative or infinitive can stand: a new clause part, or after a word
    /// such as "bitte", "und", "zu", "to", "musst".
    func isVerbalPosition(_ u: Int) -> Bool {
        let unit = units[u]
        if unit.partStart { return true }
        guard u > 0, units[u - 1].clause == unit.clause else { return true }
        let prev = units[u - 1]
        return prev.kind == .number || prev.kind == .connector || prev.kind == .emoji || IntentLexicon.verbalContext.contains(prev.folded)
    }

    func elementMatches(_ e: IntentPattern.Element, _ u: Int, _ language: TextLanguage) -> Bool {
        if e.verbal && !isVerbalPosition(u) { return false }
        if e.joined && !units[u].joined { return false }
        return e.atoms.contains { atomMatches($0, u, language) }
    }

    /// Matches `pattern` with its first element at unit `start`, within `bounds`; returns the
    /// unit of every element (a `$` element repeats the unit before it).
    func match(_ pattern: IntentPattern, at start: Int, within bounds: Range<Int>) -> [Int]? {
        guard let first = pattern.elements.first, elementMatches(first, start, pattern.language) else { return nil }
        var picked = [start]
        guard extend(pattern, 1, &picked, bounds) else { return nil }
        // The words of a hashtag form a phrase of their own: "#sponsoredpost #partner" is not
        // "post … #". A whole hashtag (`#`) may still follow a word ("mit #sommer").
        let parts = Set(picked.filter { units[$0].fromHashtag }.map { units[$0].token })
        if !parts.isEmpty {
            if parts.count > 1 { return nil }
            if picked.contains(where: { !units[$0].fromHashtag }) { return nil }
        }
        return picked
    }

    private func extend(_ p: IntentPattern, _ e: Int, _ picked: inout [Int], _ bounds: Range<Int>) -> Bool {
        if e == p.elements.count { return true }
        let element = p.elements[e]
        let last = picked[picked.count - 1]
        // `$` (alone or as one alternative) matches, without a word, where a clause part ends.
        if element.atoms.contains(.clauseEnd), units[last].partEnd {
            picked.append(last)
            if extend(p, e + 1, &picked, bounds) { return true }
            picked.removeLast()
            if element.atoms == [.clauseEnd] { return false }
        }
        if element.atoms == [.clauseEnd] { return false }
        // Hashtag parts do not count against a gap ("Lade dein Foto mit #MeinSommer hoch").
        var u = last + 1, skipped = 0
        while u < bounds.upperBound, skipped <= element.gapBefore {
            if elementMatches(element, u, p.language) {
                picked.append(u)
                if extend(p, e + 1, &picked, bounds) { return true }
                picked.removeLast()
            }
            if !units[u].fromHashtag && units[u].kind != .hashtag { skipped += 1 }
            u += 1
        }
        return false
    }

    func matchesAnywhere(_ pattern: IntentPattern, in bounds: Range<Int>) -> Bool {
        for u in bounds where match(pattern, at: u, within: bounds) != nil { return true }
        return false
    }

    // MARK: Evidence

    func evidence() -> [EntryIntent: [IntentEvidence]] {
        let lex = Self.lexicon
        var found: [EntryIntent: [IntentEvidence]] = [:]
        var seen = Set<[Int]>()
        for (ci, clause) in clauses.enumerated() where !clause.units.isEmpty {
            for u in clause.units {
                let unit = units[u]
                var candidates: [(Int, Int)] = lex.slow
                func add(_ key: String) { if let list = lex.index[key] { candidates += list } }
                for form in [unit.folded] + (unit.corrected.map { [$0] } ?? []) {
                    add("f:" + form)
                    add("p:" + form.prefix(3))
                    add("x:" + form.suffix(3))
                }
                add("d:" + unit.stemDE)
                add("e:" + unit.stemEN)
                if let c = unit.corrected {
                    add("d:" + Stemmer.shared(.de).stem(c))
                    add("e:" + Stemmer.shared(.en).stem(c))
                }
                for (ei, pi) in candidates {
                    let entry = lex.entries[ei]
                    if let excluded = entry.notInPostsOf, excluded == language { continue }
                    let pattern = entry.patterns[pi]
                    guard let picked = match(pattern, at: u, within: clause.units) else { continue }
                    let trigger = picked[min(pattern.trigger, picked.count - 1)]
                    let key = [EntryIntent.allCases.firstIndex(of: entry.intent)!, trigger]
                    if seen.contains(key) { continue }
                    guard accepts(entry, trigger: trigger, picked: picked, clause: clause, lex: lex) else { continue }
                    seen.insert(key)
                    let ev = makeEvidence(entry.intent, picked: picked, trigger: trigger, clauseIndex: ci, language: entry.language)
                    found[entry.intent, default: []].append(ev)
                    for implied in IntentLexicon.implies[entry.intent] ?? [] {
                        let k2 = [EntryIntent.allCases.firstIndex(of: implied)!, trigger]
                        if seen.insert(k2).inserted {
                            found[implied, default: []].append(makeEvidence(implied, picked: picked, trigger: trigger, clauseIndex: ci, language: entry.language))
                        }
                    }
                }
            }
        }
        for k in found.keys { found[k]!.sort { $0.utf8Offset < $1.utf8Offset } }
        return found
    }

    private func accepts(_ entry: CompiledEntry, trigger: Int, picked: [Int], clause: Clause, lex: CompiledLexicon) -> Bool {
        let lo = picked.min()!
        for ex in lex.unless[entry.intent] ?? [] {
            var s = max(clause.units.lowerBound, lo - 8)
            while s <= trigger {
                if let m = match(ex, at: s, within: clause.units) {
                    // A hashtag and its words are one token: "#sponsored by" cancels the part "sponsored" too.
                    let sameToken = units[m[ex.trigger]].token == units[trigger].token
                    if ex.explicitTrigger ? (m[ex.trigger] == trigger || sameToken) : (m.min()! <= trigger && trigger <= m.max()!) { return false }
                }
                s += 1
            }
        }
        if !entry.vetoes.isEmpty {
            let sentence = sentences[clause.sentence]
            if entry.vetoes.contains(where: { matchesAnywhere($0, in: sentence.units) }) { return false }
        }
        if !entry.needs.isEmpty {
            let sentence = sentences[clause.sentence]
            guard entry.needs.contains(where: { matchesAnywhere($0, in: sentence.units) }) else { return false }
        }
        // In a question the first person asks ("Muss ich teilen?"): kept, and flagged as a question.
        if entry.intent.isAction, !clause.question {
            // The organiser speaking about itself: "wir teilen den Gewinner", "we'll repost the winners".
            // The nearest pronoun before the trigger in its clause part decides who acts.
            var k = lo - 1
            while !units[lo].partStart, k >= clause.units.lowerBound, k >= lo - 5 {
                let f = units[k].folded
                if IntentLexicon.secondPerson.contains(f) { break }
                if IntentLexicon.firstPerson.contains(f) { return false }
                if IntentLexicon.subjectStops.contains(f) || units[k].partStart { break }
                k -= 1
            }
            if trigger + 1 < clause.units.upperBound, ["wir", "ich"].contains(units[trigger + 1].folded) { return false }
            // A relative clause describes something ("einen Korb, den du mit Freunden teilen kannst",
            // "Gewinnspiele, bei denen man teilen muss", "a hamper which you can share").
            if inDescribingRelativeClause(lo, clause) { return false }
            var t = lo
            while t >= clause.units.lowerBound, t >= lo - 8 {
                if IntentLexicon.thanks.contains(units[t].folded) { return false }
                if units[t].partStart { break }
                t -= 1
            }
            // Collected, not done: "die meisten Likes", "most votes".
            if trigger > clause.units.lowerBound, IntentLexicon.superlatives.contains(units[trigger - 1].folded) { return false }
        }
        return true
    }
}
