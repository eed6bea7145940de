import Testing
import TextAnalysis

/// Feeds generated strings to the analysis: it must never trap, every token's and every
/// evidence's range must spell its text, and positions must be 1-based. Deterministic seed.
@Suite(.timeLimit(.minutes(1))) struct TokenizerFuzzTests {
    /// SplitMix64: small, deterministic, the same on every platform.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces: [String] = [
        "a", "Z", "teilen", "Teile", "like", "Gewinnspiel", "verlosen", "Lose", "losen", "aus", "kein", "nicht", "no", "oder",
        "ä", "Ö", "ü", "ß", "ẞ", "e\u{0301}", "\u{0301}", "\u{0308}", "\u{20E3}", "\u{FE0F}", "\u{200D}", "\u{200B}", "\u{00A0}",
        "👍🏽", "👩‍👩‍👧", "🏳️‍🌈", "❤️", "1️⃣", "#️⃣", "❌", "👉", "#", "##", "#ShareToWin", "#teilenundgewinnen", "@", "@cafe_x", "@a.b",
        ".", "..", "…", "!", "?", ",", ":", ";", "-", " – ", "&", "+", "=", "/", "*", "_", "'", "’", "\"", "„", "“", "»", "«", "‚", "‘",
        "0", "1", "12", "12.5.", "1.000", "0,49", "3x", "18.", "z. B.", "u. a.", "Nr. 5", "ca.", "€", "$", "£",
        "www.x.de", "https://a.b/c?d=e", "a@b.de", " ", "  ", "\t", "\n", "\r\n", "\r", "\n\n",
    ]

    static func randomScalar(_ rng: inout SplitMix) -> Character {
        // Any scalar but a surrogate (those are not Unicode scalars): unassigned, private use
        // and noncharacters included.
        while true {
            let v = UInt32(truncatingIfNeeded: rng.next() % 0x110000)
            if let s = Unicode.Scalar(v) { return Character(s) }
        }
    }

    static func generate(_ rng: inout SplitMix) -> String {
        var s = ""
        let count = Int(rng.next() % 40)
        for _ in 0..<count {
            switch rng.next() % 10 {
            case 0: s.append(randomScalar(&rng))
            case 1: s.append(Character(Unicode.Scalar(UInt8(rng.next() % 128))))
            default: s += pieces[Int(rng.next() % UInt64(pieces.count))]
            }
        }
        return s
    }

    @Test func generatedStringsKeepRangesAndPositions() {
        var rng = SplitMix(state: 0x5EED_2025)
        var checked = 0
        for _ in 0..<3_000 {
            let text = Self.generate(&rng)
            let a = TextAnalysis(text)
            for t in a.tokens {
                guard String(text[t.range]) == t.text, t.line >= 1, t.column >= 1,
                      text.utf8.distance(from: text.startIndex, to: t.range.lowerBound) == t.utf8Offset else {
                    Issue.record("token \(t.text.debugDescription) at \(t.line):\(t.column) in \(text.debugDescription)")
                    return
                }
            }
            for e in a.intents() {
                guard String(text[e.range]) == e.text, e.line >= 1, e.column >= 1,
                      text.utf8.distance(from: text.startIndex, to: e.range.lowerBound) == e.utf8Offset else {
                    Issue.record("evidence \(e.intent.rawValue) \(e.text.debugDescription) in \(text.debugDescription)")
                    return
                }
            }
            for r in a.sentences + a.clauses where r.lowerBound < 0 || r.upperBound > a.tokens.count {
                Issue.record("range \(r) outside \(a.tokens.count) tokens in \(text.debugDescription)")
                return
            }
            checked += 1
        }
        #expect(checked == 3_000)
    }
}
