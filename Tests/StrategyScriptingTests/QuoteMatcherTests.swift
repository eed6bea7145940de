import Testing
@testable import StrategyScripting

/// The comparison of a rule's quote with a page's text.
@Suite struct QuoteMatcherTests {
    @Test func typographyDoesNotMatter() {
        let page = "Gewinnspiele d\u{00FC}rfen nicht \u{201E}Teilen\u{201C} verlangen \u{2013} auch nicht \u{2019}s Markieren."
        #expect(QuoteMatcher.contains(page, quote: "Gewinnspiele dürfen nicht \"Teilen\" verlangen - auch nicht 's Markieren."))
        #expect(QuoteMatcher.contains("It\u{2019}s \u{00AB}free\u{00BB} \u{2014} really", quote: "it's \"FREE\" - REALLY"))
    }

    @Test func caseIsFoldedFully() {
        #expect(QuoteMatcher.contains("STRASSE und Mass", quote: "straße und maß"))
        #expect(QuoteMatcher.contains("ÄRGER", quote: "ärger"))
    }

    @Test func composedAndDecomposedFormsAreEqual() {
        #expect(QuoteMatcher.contains("Mu\u{0308}ller", quote: "M\u{00FC}ller"))
        #expect(QuoteMatcher.contains("\u{FB01}nal o\u{FB00}er", quote: "final offer"))  // ligatures (NFKC)
    }

    @Test func invisibleCharactersAndWhitespaceRunsDoNotMatter() {
        #expect(QuoteMatcher.contains("Teil\u{00AD}nahme\u{200B}bedingungen", quote: "Teilnahmebedingungen"))
        #expect(QuoteMatcher.contains("no\u{00A0}\u{00A0}purchase\n\t necessary", quote: "no purchase necessary"))
        #expect(QuoteMatcher.contains("a\u{FEFF}b", quote: "ab"))
    }

    @Test func differentWordsDoNotMatch() {
        #expect(!QuoteMatcher.contains("Promotions may require sharing", quote: "Promotions must not require sharing"))
        #expect(!QuoteMatcher.contains("anything", quote: ""))
        #expect(!QuoteMatcher.contains("short", quote: "a much longer quote"))
        #expect(!QuoteMatcher.contains("Müller", quote: "Muller"))  // diacritics are letters, not typography
    }

    @Test func normalisedFormIsPlain() {
        #expect(QuoteMatcher.normalized("  \u{201E}Ja\u{201C} \u{2013}\u{00A0}NEIN\u{2026} ") == "\"ja\" - nein...")
    }
}
