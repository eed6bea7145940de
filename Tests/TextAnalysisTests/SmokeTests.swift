import Testing
import TextAnalysis

@Suite(.timeLimit(.minutes(1))) struct SmokeTests {
    @Test func basicShareAndNegation() {
        let a = TextAnalysis("Like & teile das mit deinen Freunden! Teilen ist nicht nötig, bitte markiere keine Freunde.")
        for e in a.intents() { print(e.intent.rawValue, e.trigger, e.negated, e.question, e.quoted) }
        #expect(a.asks(.like))
        #expect(a.asks(.share))
        #expect(!a.asks(.tagFriends))
    }
}
