import Testing
import TextAnalysis

@Suite(.timeLimit(.minutes(1))) struct TextTokenTests {
    @Test func foldingSpellsOutUmlautsAndStripsOtherDiacritics() {
        #expect(TextNormalizer.fold("Größe") == "groesse")
        #expect(TextNormalizer.fold("ÄÖÜ äöü ß ẞ") == "aeoeue aeoeue ss ss")
        #expect(TextNormalizer.fold("Café Crème") == "cafe creme")
        // Decomposed input (u + combining diaeresis) folds like the precomposed letter.
        #expect(TextNormalizer.fold("Mu\u{0308}nchen") == "muenchen")
        #expect(TextNormalizer.fold("don’t") == "don't")
        #expect(TextNormalizer.fold("ΣΟΦΟΣ") == "σοφοσ")
    }

    @Test func kindsOfTokens() {
        let a = TextAnalysis("Like & teile #ShareToWin @cafe_x 👉 www.cafe-x.de/win 50 € + = !")
        let kinds = a.tokens.map(\.kind)
        #expect(kinds == [.word, .connector, .word, .hashtag, .mention, .emoji, .url, .number, .symbol, .connector, .connector, .punctuation])
        #expect(a.tokens[1].folded == "and" && a.tokens[9].folded == "and" && a.tokens[10].folded == "equals")
        #expect(a.tokens[3].parts == ["share", "to", "win"])
        #expect(a.tokens[3].folded == "sharetowin")
        #expect(a.tokens[4].folded == "cafe_x")
        #expect(a.tokens[2].stem == "teil")
    }

    @Test func hashtagsSplitIntoKnownWords() {
        let a = TextAnalysis("#teilenundgewinnen #GewinnspielAlarm #ad #sommer2025")
        #expect(a.tokens[0].parts == ["teilen", "und", "gewinnen"])
        #expect(a.tokens[1].parts == ["gewinnspiel", "alarm"])
        #expect(a.tokens[2].parts == ["ad"])
        #expect(a.tokens[3].parts == ["sommer", "2025"])
    }

    @Test func positionsAcrossLineBreaksEmojiAndCombiningMarks() {
        let text = "Teile 👍🏽 das\r\nMu\u{0308}nchen e\u{0301}\nx"
        let a = TextAnalysis(text)
        let words = a.tokens.filter { $0.kind != .lineBreak }
        // "👍🏽" is one token of two scalars; columns count scalars.
        #expect(words.map(\.text) == ["Teile", "👍🏽", "das", "Mu\u{0308}nchen", "e\u{0301}", "x"])
        #expect(words.map(\.line) == [1, 1, 1, 2, 2, 3])
        #expect(words.map(\.column) == [1, 7, 10, 1, 10, 1])
        // CRLF is one line break.
        #expect(a.tokens.filter { $0.kind == .lineBreak }.count == 2)
        for t in a.tokens {
            #expect(String(text[t.range]) == t.text)
            #expect(text.utf8.distance(from: text.startIndex, to: t.range.lowerBound) == t.utf8Offset)
        }
        #expect(words[3].folded == "muenchen")
    }

    @Test func sentencesAndClauses() {
        let a = TextAnalysis("Teile den Post, aber markiere niemanden. Ok?\nNeue Zeile: hier")
        #expect(a.sentences.count == 3)
        let clauseTexts = a.clauses.map { r in r.map { a.tokens[$0].text }.joined(separator: " ") }
        #expect(clauseTexts.first == "Teile den Post ,")
        #expect(clauseTexts.contains("aber markiere niemanden ."))
        #expect(clauseTexts.contains("Neue Zeile :"))
    }

    @Test func abbreviationsAndOrdinalsDoNotEndSentences() {
        let a = TextAnalysis("Z. B. am 24. Dezember teilen.")
        #expect(a.sentences.count == 1)
    }

    /// Dates, ordinals, counts and abbreviations keep their dots; an age limit before a
    /// capitalised word ends its sentence.
    @Test(arguments: [
        ("Wir losen am 12.5. aus.", 1), ("Wir losen am 8.12. um 18 Uhr aus.", 1), ("Bis 30.4.2025 teilnehmen.", 1),
        ("Teilnahmeschluss ist der 30.4. Viel Glück!", 2), ("Teilnahme ab 18. Viel Glück!", 2), ("Teilnahme ab 18. teilnehmen", 1),
        ("Zur Feier unseres 5. Geburtstags verlosen wir.", 1), ("1. Folge uns 2. Like den Beitrag", 1), ("3x gewinnen. Los!", 2),
        ("Kommentiert z. B. Rezepte, u. a. Kuchen.", 1), ("Nr. 5 gewinnt ca. 10 Preise.", 1),
    ])
    func sentenceEndsAroundNumbers(_ text: String, _ count: Int) {
        #expect(TextAnalysis(text).sentences.count == count, "\(text)")
    }

    @Test func languageDetection() {
        #expect(TextAnalysis("Teile den Beitrag mit deinen Freunden").language == .de)
        #expect(TextAnalysis("Share this post with your friends").language == .en)
        #expect(TextAnalysis("🎉🎉").language == nil)
        #expect(TextAnalysis("Share this", language: .de).language == .de)
    }
}

@Suite(.timeLimit(.minutes(1))) struct GenderFormTests {
    @Test func genderFormsStayOneWordAndMatchTheirBase() {
        let a = TextAnalysis("Markiere eine:n Freund:in oder Kolleg*innen!")
        #expect(a.tokens.map(\.text).contains("Freund:in"))
        #expect(a.tokens.map(\.text).contains("Kolleg*innen"))
        #expect(a.asks(.tagFriends))
    }
}

@Suite(.timeLimit(.minutes(1))) struct OddInputTests {
    /// Texts at the edges of the tokenizer and the clause splitter analyse without trapping,
    /// and every token's range still spells its text.
    @Test(arguments: [
        "", " ", "\n", "\r\n\r\n", "#", "@", "&&&", "+++===", "„“", "'''", "\"", "…", "?!?!", "1.2.3.4.5", "a.de",
        "\u{0301}", "e\u{0301}\u{0301}\u{0301}", "👍🏽👍🏽", "1️⃣2️⃣3️⃣", "#️⃣", String(repeating: "a", count: 5_000),
        String(repeating: "teilen ", count: 500), "#" + String(repeating: "gewinn", count: 30), "Freund:in:innen",
        "nicht nicht nicht", "kein", "no", "Teilen?", ":", "– – –", "Teile\u{200B}den\u{00A0}Beitrag", "ß ẞ",
    ])
    func oddInput(_ text: String) {
        let a = TextAnalysis(text)
        for t in a.tokens { #expect(String(text[t.range]) == t.text) }
        _ = a.intents()
    }
}
