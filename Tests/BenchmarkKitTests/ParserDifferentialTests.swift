import Testing
@testable import BenchmarkKit

/// A small deterministic generator (SplitMix64), so failures can be replayed.
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

@Suite struct ParserDifferentialTests {
    /// Writes a cell the way a careful exporter does: quoted only when needed.
    static func cell(_ s: String, delimiter: Character) -> String {
        // Scalars, not Characters: "\r\n" is one Character, equal to neither "\r" nor "\n".
        s.unicodeScalars.contains(where: { $0 == "\"" || $0 == "\n" || $0 == "\r" || Character($0) == delimiter })
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    static func randomName(_ rng: inout SplitMix) -> String {
        let alphabet: [String] = ["a", "B", "ä", "ß", " ", ",", ";", "\"", "\n", "\r\n", "é", "&", "x"]
        let n = Int.random(in: 1...8, using: &rng)
        var s = "N"
        for _ in 0..<n { s += alphabet.randomElement(using: &rng)! }
        return s + "z"  // no leading/trailing spaces, which the importer trims
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5])
    func fastParserMatchesCSVSwift(seed: UInt64) throws {
        var rng = SplitMix(state: seed)
        let delimiter: Character = seed % 2 == 0 ? "," : ";"
        let names = (0..<6).map { _ in Self.randomName(&rng) }
        let newline = seed % 3 == 0 ? "\r\n" : "\n"
        var text = ["competitor", "platform", "date", "followers", "likes", "comments"].joined(separator: String(delimiter)) + newline
        for i in 0..<300 {
            let name = names.randomElement(using: &rng)!
            let likes = Int.random(in: 0..<4, using: &rng) == 0 ? "" : String(Int.random(in: 0..<500, using: &rng))
            let quotedNumber = Int.random(in: 0..<5, using: &rng) == 0
            let comments = String(Int.random(in: 0..<50, using: &rng))
            let fields = [Self.cell(name, delimiter: delimiter), i % 2 == 0 ? "instagram" : "\"Bäcker\"\", TV\"",
                          "2024-01-\(String(format: "%02d", i % 28 + 1))", String(1000 + i),
                          likes, quotedNumber ? "\"\(comments)\"" : comments]
            text += fields.joined(separator: String(delimiter)) + newline
        }
        let fast = try BenchmarkImporter.csv(text: text)
        let reference = try BenchmarkImporter.csv(text: text, options: ImportOptions(parser: .csvSwift))
        #expect(fast.report.rowsRead == 300)
        #expect(fast.competitors == reference.competitors)
        #expect(Set(fast.competitors).isSubset(of: Set(names)))
        #expect(fast.platforms == reference.platforms)
        #expect(fast.platforms == ["instagram", "bäcker\", tv"])
        #expect(fast.rowCount == reference.rowCount)
        for (a, b) in zip(fast.allSeries, reference.allSeries) {
            #expect(a.competitor == b.competitor && a.platform == b.platform)
            #expect(a.days == b.days)
            for m in Measure.allCases {
                #expect(a.column(m).map { $0.isNaN ? -1 : $0 } == b.column(m).map { $0.isNaN ? -1 : $0 })
            }
        }
    }
}
