import Testing
import TextAnalysis

/// Negation scope, questions and quotes, one mechanism at a time.
@Suite(.timeLimit(.minutes(1))) struct IntentContextTests {
    func first(_ text: String, _ intent: EntryIntent) -> IntentEvidence? { TextAnalysis(text).evidence(for: intent).first }

    @Test func evidenceCarriesSpanTriggerAndPosition() throws {
        let text = "Hallo!\nBitte teile 👉 diesen Beitrag."
        let e = try #require(first(text, .share))
        #expect(e.trigger == "teile")
        #expect(e.line == 2 && e.column == 7)
        #expect(String(text[e.range]) == e.text)
        #expect(e.utf8Offset == text.utf8.distance(from: text.startIndex, to: e.range.lowerBound))
        #expect(e.isAsked)
    }

    @Test func negatorBeforeTriggerInItsClause() {
        #expect(first("Du musst nicht teilen.", .share)?.negated == true)
        #expect(first("You don't have to share.", .share)?.negated == true)
        #expect(first("No need to share!", .share)?.negated == true)
        #expect(first("Ohne den Beitrag zu teilen.", .share)?.negated == true)
        #expect(first("Enter without sharing.", .share)?.negated == true)
    }

    @Test func negationEndsAtClauseBoundaries() {
        let a = TextAnalysis("Nicht teilen, einfach liken. Kein Kauf nötig – kommentiere!")
        #expect(a.evidence(for: .share).first?.negated == true)
        #expect(a.asks(.like))
        #expect(a.asks(.comment))
        #expect(a.evidence(for: .purchase).first?.negated == true)
        #expect(TextAnalysis("Not necessary to share, but please like").asks(.like))
    }

    @Test func negationReachesOverAnEnumeration() {
        let a = TextAnalysis("Du musst den Beitrag nicht liken, teilen oder kommentieren.")
        #expect(!a.asks(.like) && !a.asks(.share) && !a.asks(.comment))
    }

    @Test func negatorAfterTriggerWithNecessityOrModal() {
        #expect(first("Teilen ist nicht nötig.", .share)?.negated == true)
        #expect(first("Sharing isn't necessary.", .share)?.negated == true)
        #expect(first("Teilen müsst ihr nicht.", .share)?.negated == true)
        #expect(first("Teilen ist kein Muss.", .share)?.negated == true)
        #expect(first("Eine Teilnahmegebühr wird nicht erhoben.", .entryFee)?.negated == true)
        // German imperative: the negator follows the verb.
        #expect(first("Bitte markiere keine Freunde.", .tagFriends)?.negated == true)
    }

    @Test func thingsThatLookLikeNegationButAreNot() {
        #expect(TextAnalysis("Nicht nur liken, sondern auch teilen!").asks(.like))
        #expect(TextAnalysis("Not only like but also share").asks(.share))
        #expect(TextAnalysis("Kein Problem, teile einfach.").asks(.share))
        #expect(TextAnalysis("Vergiss nicht zu teilen!").asks(.share))
        #expect(TextAnalysis("Don't forget to share!").asks(.share))
        let a = TextAnalysis("No purchase necessary. Share to win!")
        #expect(!a.asks(.purchase) && a.asks(.share) && a.asks(.contest))
    }

    @Test func shortQuestionAnsweredByTheNextClause() {
        #expect(first("Teilen? Nicht nötig.", .share).map { $0.negated && !$0.question } == true)
        #expect(first("Kommentieren? Ja!", .comment)?.isAsked == true)
        #expect(first("Teilnahmegebühr: keine", .entryFee)?.negated == true)
    }

    @Test func informationQuestionsAreNotRequests() {
        #expect(first("Muss ich teilen?", .share)?.question == true)
        #expect(first("Do I have to share?", .share)?.question == true)
        #expect(first("Kannst du das teilen?", .share)?.question == false)
        #expect(first("Could you share this with a friend?", .share)?.question == false)
        #expect(first("Ihr habt gefragt, ob ihr teilen müsst.", .share)?.question == true)
        // Only the part after ":" is the question.
        #expect(first("Verrate uns in den Kommentaren: Was ist dein Lieblingskuchen?", .comment)?.question == false)
    }

    @Test func quotedRulesAreQuoted() {
        #expect(first("Facebook verbietet „Teile diesen Beitrag“.", .share)?.quoted == true)
        #expect(first("Instagram says \"share to win\" is not allowed", .share)?.quoted == true)
        #expect(first("Er schrieb »bitte teilen« darunter", .share)?.quoted == true)
        #expect(first("Kids' Corner: teilt das", .share)?.quoted == false)
        #expect(first("„Unclosed quote: teilt das", .share)?.quoted == false)
    }

    @Test func separableVerbsAndNouns() {
        #expect(TextAnalysis("Teile das mit deinen Freunden").asks(.share))
        #expect(!TextAnalysis("Wir teilen dir den Gewinner mit.").asks(.share))
        #expect(!TextAnalysis("Bitte teilt uns mit, was ihr denkt").asks(.share))
        #expect(!TextAnalysis("Jetzt teilnehmen! Teilnahme ab 18.").asks(.share))
        #expect(!TextAnalysis("Ersatzteile und 500 Teile auf Lager").asks(.share))
    }

    @Test func typosInLongWordsOnly() {
        #expect(TextAnalysis("Gewinnspeil!").asks(.contest))
        #expect(TextAnalysis("Teilnahmegebuhr 2 Euro").asks(.entryFee))
        #expect(TextAnalysis("komentiere den Post").asks(.comment))
        // Short words get no tolerance: "Tat" is not "Tag", "Like" is not "Lime".
        #expect(!TextAnalysis("Lime and lemon").asks(.like))
        #expect(!TextAnalysis("Die Vorlesung beginnt um 10").asks(.contest))
    }

    @Test func askedIntentsOfAPost() {
        let a = TextAnalysis("🎁 GIVEAWAY\nLike & share = chance to win! Tag 2 friends. No purchase necessary.")
        #expect(a.askedIntents == [.contest, .like, .share, .tagFriends])
        #expect(a.intents().count >= 5)
    }
}

@Suite(.timeLimit(.minutes(1))) struct DocumentationExampleTests {
    /// The example at the top of docs/text-analysis.md.
    @Test func example() throws {
        let a = TextAnalysis("Like & teile das mit deinen Freunden!\nBitte markiere keine Freunde.")
        #expect(a.asks(.share))
        #expect(!a.asks(.tagFriends))
        let e = try #require(a.evidence(for: .tagFriends).first)
        #expect(e.negated && e.trigger == "markiere" && e.line == 2 && e.column == 7)
        #expect(a.askedIntents == [.like, .share])
    }
}
