/// Negation scope, questions and quotes for one match.
extension IntentMatcher {
    enum NegatorKind { case full, determiner }

    /// The negators of a clause, without those that a neighbour cancels ("nicht nur", "vergiss nicht").
    func negators(in clause: Clause) -> [(Int, NegatorKind)] {
        var out: [(Int, NegatorKind)] = []
        for u in clause.units {
            let f = units[u].folded
            var kind: NegatorKind
            if IntentLexicon.negators.contains(f) { kind = .full }
            else if IntentLexicon.negatingDeterminers.contains(f) { kind = .determiner }
            else { continue }
            let next = u + 1 < clause.units.upperBound ? units[u + 1].folded : ""
            let prev = u > clause.units.lowerBound ? units[u - 1].folded : ""
            if IntentLexicon.cancelAfter.contains(next) || IntentLexicon.cancelBefore.contains(prev) { continue }
            // "Vergesst den Hashtag nicht", "don't ever forget to share": forgetting is negated, not the action.
            if units[clause.units].contains(where: { ["vergiss", "vergesst", "vergessen", "forget"].contains($0.folded) }) { continue }
            // "do not forget": the auxiliary sits between.
            if u + 2 < clause.units.upperBound, ["vergessen", "forget", "miss", "verpassen"].contains(units[u + 2].folded), next.count <= 4 { continue }
            if kind == .determiner, IntentLexicon.determinerToFull.contains(next) { kind = .full }
            out.append((u, kind))
        }
        return out
    }

    /// Whether a negator at `from` still reaches the word at `to` across the commas between.
    /// It does for an enumeration ("nicht liken, teilen oder kommentieren"), not for a part that
    /// starts over ("nicht teilen, einfach liken").
    private func reaches(from: Int, to: Int, clause: Clause) -> Bool {
        var k = from + 1
        let hasCoordination = units[from..<clause.units.upperBound].contains { isCoordination($0) }
        while k <= to {
            if units[k].partStart {
                var end = k + 1
                while end < clause.units.upperBound, !units[end].partStart { end += 1 }
                if !hasCoordination || (end - k > 3 && !isEnumeration(k..<end)) { return false }
                if units[k..<end].contains(where: { IntentLexicon.restart.contains($0.folded) }) { return false }
            }
            k += 1
        }
        return true
    }

    private func isCoordination(_ u: AnalysisUnit) -> Bool {
        u.kind == .connector || IntentLexicon.coordinators.contains(u.folded)
    }

    /// A part that is only list items of one or two words joined by "und/oder/noch/or/nor"
    /// ("Teilen oder Kommentieren nötig", "shares or comments needed"); a closing necessity
    /// word does not count.
    private func isEnumeration(_ part: Range<Int>) -> Bool {
        var items: [Int] = [0]
        for u in part {
            if isCoordination(units[u]) { items.append(0); continue }
            if IntentLexicon.necessity.contains(units[u].folded) || IntentLexicon.optionalWords.contains(units[u].folded) { continue }
            items[items.count - 1] += 1
        }
        return items.count > 1 && items.allSatisfy { (1...2).contains($0) }
    }

    /// The trigger at `lo` is a later item of a list that starts right after the negating
    /// determiner at `n`: "Kein Liken, Teilen, Kommentieren oder Markieren", "no likes, shares or
    /// comments". Every item has one or two words; items are separated by commas or coordinators.
    private func inListAfterDeterminer(_ n: Int, _ lo: Int) -> Bool {
        guard lo > n + 1 else { return false }
        let startsItem = units[lo].partStart || isCoordination(units[lo - 1])
        guard startsItem else { return false }
        var length = 0
        for u in (n + 1)..<lo {
            if isCoordination(units[u]) { if length == 0 { return false }; length = 0; continue }
            if units[u].partStart, u > n + 1 { if length == 0 { return false }; length = 0 }
            length += 1
            if length > 2 { return false }
        }
        return length > 0 || isCoordination(units[lo - 1])
    }

    /// A relative clause that describes something ("einen Korb, den du mit Freunden teilen
    /// kannst", "Gewinnspiele, bei denen man teilen muss", "a hamper which you can share"):
    /// the action in it is no request. Not when it sets a condition on a quantifier ("für jede
    /// Person, die du markierst"), nor when it obliges the reader ("den ihr teilen müsst").
    func inDescribingRelativeClause(_ lo: Int, _ clause: Clause) -> Bool {
        var k = lo - 1
        while k >= clause.units.lowerBound, k >= lo - 8 {
            let f = units[k].folded
            let next = k + 1 < clause.units.upperBound ? units[k + 1].folded : ""
            var relative = false
            if IntentLexicon.relativePronouns.contains(f), IntentLexicon.relativeSubjects.contains(next) {
                let prepositionFirst = k > clause.units.lowerBound && units[k - 1].partStart
                    && IntentLexicon.relativePrepositions.contains(units[k - 1].folded)
                relative = units[k].partStart || prepositionFirst
                if relative {
                    // The antecedent before the comma: "jede Person, die du markierst" is a condition.
                    let start = prepositionFirst ? k - 1 : k
                    let antecedent = units[max(clause.units.lowerBound, start - 4)..<start]
                    if antecedent.contains(where: { IntentLexicon.quantifiers.contains($0.folded) }) { return false }
                }
            } else if f == "which" || f == "that", IntentLexicon.relativeSubjects.contains(next) {
                // "that" is also a conjunction ("make sure that you share"): only with a modal.
                relative = f == "which" || (k + 2 < clause.units.upperBound && IntentLexicon.abilityModals.contains(units[k + 2].folded))
            }
            if relative {
                let part = units[(k + 1)..<min(clause.units.upperBound, lo + 4)]
                let obliged = IntentLexicon.secondPerson.contains(next) && part.contains { IntentLexicon.obligationModals.contains($0.folded) }
                return !obliged
            }
            if units[k].partStart && !IntentLexicon.relativePrepositions.contains(f) { break }
            k -= 1
        }
        return false
    }

    func isNegated(picked: [Int], trigger: Int, clauseIndex: Int, intent: EntryIntent, language: TextLanguage) -> Bool {
        let lo = picked.min()!, hi = picked.max()!
        let clause = clauses[clauseIndex]
        let negs = negators(in: clause)
        // "Sharing is optional", "Teilen ist freiwillig": the predicate itself denies the need.
        if let k = units[(hi + 1)..<max(hi + 1, clause.units.upperBound)].firstIndex(where: { IntentLexicon.optionalWords.contains($0.folded) }),
           units[(hi + 1)...k].allSatisfy({ !$0.partStart }) { return true }
        // A negator in a gap of the pattern ("markiere keine Freunde", "du hast leider nicht gewonnen").
        if negs.contains(where: { $0.0 > lo && $0.0 < hi && !picked.contains($0.0) }) { return true }
        let necessityAfter = units[(hi + 1)..<max(hi + 1, clause.units.upperBound)].contains { IntentLexicon.necessity.contains($0.folded) }
        for (n, kind) in negs {
            if n < lo {
                // "Es ist nicht nötig, den Beitrag zu teilen": the infinitive after the comma belongs to it.
                let extraposed = lo > clause.units.lowerBound && ["zu", "to"].contains(units[lo - 1].folded)
                    && units[n..<lo].contains { IntentLexicon.necessity.contains($0.folded) }
                guard extraposed || reaches(from: n, to: lo, clause: clause) else { continue }
                // Facts are denied by a negator right before them ("kein Gewinnspiel", "not sponsored",
                // "in keiner Weise gesponsert"), not by one earlier in the sentence ("will not increase
                // your chances of winning").
                if !intent.isAction, lo - n > 4, !necessityAfter { continue }
                if kind == .full || lo - n <= 3 || necessityAfter || inListAfterDeterminer(n, lo) { return true }
            } else if n > hi, kind == .full, n == clause.units.upperBound - 1, units[n].partEnd,
                      ["nicht", "not"].contains(units[n].folded), units[(hi + 1)..<n].allSatisfy({ !$0.partStart }) {
                // A clause-final "nicht" denies the whole clause ("… erhöht eure Gewinnchance nicht").
                return true
            } else if n > hi {
                let between = units[(hi + 1)..<n]
                let samePart = !units[(hi + 1)...n].contains { $0.partStart }
                let afterNecessity = units[n..<clause.units.upperBound].contains { IntentLexicon.necessity.contains($0.folded) }
                let modalBetween = between.contains { IntentLexicon.germanModals.contains($0.folded) }
                if afterNecessity || modalBetween { return true }
                if intent.isAction, language == .de, samePart, n - hi <= (kind == .full ? 6 : 3) { return true }
            }
        }
        return false
    }

    /// "Teilen? Nicht nötig." / "Teilnahmegebühr: keine" — a short clause answered by the next one.
    func answer(after clauseIndex: Int) -> Bool? {
        let clause = clauses[clauseIndex]
        guard clauseIndex + 1 < clauses.count else { return nil }
        // "Teilnahmegebühr: keine" needs a short label; a question can be long ("Muss ich … teilen? Nein.").
        if !clause.question && clause.units.count > 6 { return nil }
        let next = clauses[clauseIndex + 1]
        guard let first = next.units.first else { return nil }
        let f = units[first].folded
        let cancelled = first + 1 < next.units.upperBound && IntentLexicon.cancelAfter.contains(units[first + 1].folded)
        if IntentLexicon.answerNo.contains(f) && !cancelled { return false }
        if IntentLexicon.answerYes.contains(f) || (f == "of" && next.units.count > 1 && units[first + 1].folded == "course") { return true }
        return nil
    }

    func makeEvidence(_ intent: EntryIntent, picked: [Int], trigger: Int, clauseIndex: Int, language: TextLanguage) -> IntentEvidence {
        let lo = picked.min()!, hi = picked.max()!
        let first = tokens[units[lo].token], last = tokens[units[hi].token]
        let range = first.range.lowerBound..<last.range.upperBound
        let clause = clauses[clauseIndex]
        var negated = isNegated(picked: picked, trigger: trigger, clauseIndex: clauseIndex, intent: intent, language: language)
        // A question about a contest still announces one ("Wer gewinnt die Reise?").
        var question = clause.question && !clause.request && intent != .contest || inIndirectQuestion(trigger, clause)
        let endsLabel = clause.question || clauseEndsWithLabel(clause)
        if deniedByContrast(after: clauseIndex) || deniedByLabel(before: clauseIndex) { negated = true }
        if endsLabel, let answer = answer(after: clauseIndex) {
            question = false
            if !answer { negated = true }
        }
        return IntentEvidence(
            intent: intent, range: range, text: String(text[range]), line: first.line, column: first.column,
            utf8Offset: first.utf8Offset, negated: negated, question: question,
            quoted: tokens[units[trigger].token].quoted || isReported(lo, clause), trigger: units[trigger].display)
    }

    /// "Likes are welcome but not required", "gern gesehen, aber nicht nötig": a contrastive
    /// clause that only denies the necessity denies the clause before it.
    private func deniedByContrast(after clauseIndex: Int) -> Bool {
        guard clauseIndex + 1 < clauses.count else { return false }
        let next = clauses[clauseIndex + 1]
        guard next.sentence == clauses[clauseIndex].sentence, next.units.count >= 3, next.units.count <= 6,
              IntentLexicon.contrastive.contains(units[next.units.lowerBound].folded) else { return false }
        let rest = units[(next.units.lowerBound + 1)..<next.units.upperBound]
        let before = units[clauses[clauseIndex].units]
        let negates = rest.contains { IntentLexicon.negators.contains($0.folded) || IntentLexicon.negatingDeterminers.contains($0.folded) }
        // "Teilen gerne, muss aber nicht sein": the modal may stand before "aber".
        let needed = rest.contains { IntentLexicon.necessity.contains($0.folded) }
            || before.suffix(2).contains { IntentLexicon.necessity.contains($0.folded) || IntentLexicon.germanModals.contains($0.folded) }
        return negates && needed
    }

    /// "… saying you've won", "angeblich gewonnen": someone else's claim, treated as quoted.
    private func isReported(_ lo: Int, _ clause: Clause) -> Bool {
        var k = lo - 1
        while k >= clause.units.lowerBound, k >= lo - 3 {
            if IntentLexicon.reported.contains(units[k].folded) { return true }
            k -= 1
        }
        return false
    }

    /// "Nicht erforderlich: Teilen, Liken" / "Optional: share the post": a short label before a colon.
    private func deniedByLabel(before clauseIndex: Int) -> Bool {
        guard clauseIndex > 0 else { return false }
        let label = clauses[clauseIndex - 1]
        guard label.sentence == clauses[clauseIndex].sentence || label.tokens.upperBound == clauses[clauseIndex].tokens.lowerBound,
              (1...4).contains(label.units.count), let last = label.tokens.last, tokens[last].text == ":" else { return false }
        // The label says nothing but "not needed" ("Kein Kauf nötig:" names a thing and is no such label).
        let words = units[label.units].map(\.folded)
        let labelWords = IntentLexicon.negators.union(IntentLexicon.negatingDeterminers).union(IntentLexicon.necessity)
            .union(IntentLexicon.optionalWords).union(["ist", "sind", "is", "are", "auch", "also", "absolut", "zwingend"])
        guard words.allSatisfy({ labelWords.contains($0) }) else { return false }
        if words.contains(where: { IntentLexicon.optionalWords.contains($0) }) { return true }
        return words.contains { IntentLexicon.negators.contains($0) || IntentLexicon.negatingDeterminers.contains($0) }
            && words.contains { IntentLexicon.necessity.contains($0) }
    }

    /// "ob ihr teilen müsst", "whether you have to share": reported questions.
    private func inIndirectQuestion(_ u: Int, _ clause: Clause) -> Bool {
        var k = u
        while k >= clause.units.lowerBound {
            if ["ob", "whether"].contains(units[k].folded) { return true }
            if units[k].partStart { return false }
            k -= 1
        }
        return false
    }

    /// A clause closed by ":" or a dash, like "Teilnahmegebühr:".
    private func clauseEndsWithLabel(_ clause: Clause) -> Bool {
        guard let lastToken = clause.tokens.last, tokens.indices.contains(lastToken) else { return false }
        return [":", "–", "—", "-"].contains(tokens[lastToken].text)
    }
}
