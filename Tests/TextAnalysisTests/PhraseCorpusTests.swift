import Foundation
import Testing
import TextAnalysis

/// Runs the public phrase corpus (Corpus/phrases.txt) and reports precision and recall per intent.
@Suite(.timeLimit(.minutes(1))) struct PhraseCorpusTests {
    struct Case {
        let line: Int
        let language: TextLanguage?
        let asked: Set<EntryIntent>
        let negated: Set<EntryIntent>
        let text: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpusURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus/phrases.txt")

    static func unescape(_ s: Substring) -> String {
        var out = ""
        var it = s.makeIterator()
        while let c = it.next() {
            guard c == "\\", let n = it.next() else { out.append(c); continue }
            switch n {
            case "n": out.append("\n")
            case "t": out.append("\t")
            case "r": out.append("\r")
            default: out.append(n)
            }
        }
        return out
    }

    static func intents(_ field: Substring, line: Int) -> Set<EntryIntent> {
        Set(field.split(separator: " ").filter { $0 != "-" }.map { name in
            guard let intent = EntryIntent(name: String(name)) else { fatalError("phrases.txt:\(line): unknown intent \(name)") }
            return intent
        })
    }

    static func load() throws -> [Case] {
        let content = try String(contentsOf: corpusURL, encoding: .utf8)
        var cases: [Case] = []
        for (i, raw) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "|", maxSplits: 3).map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == 4 else { fatalError("phrases.txt:\(i + 1): expected 4 fields") }
            cases.append(Case(line: i + 1, language: TextLanguage(rawValue: fields[0]),
                              asked: intents(Substring(fields[1]), line: i + 1), negated: intents(Substring(fields[2]), line: i + 1),
                              text: unescape(Substring(fields[3]))))
        }
        return cases
    }

    @Test func corpusHasEnoughPhrasings() throws {
        let cases = try Self.load()
        #expect(cases.count >= 350)
        #expect(cases.contains { $0.language == .de } && cases.contains { $0.language == .en } && cases.contains { $0.language == nil })
        // Every intent is exercised positively somewhere.
        let covered = cases.reduce(into: Set<EntryIntent>()) { $0.formUnion($1.asked) }
        #expect(covered == Set(EntryIntent.allCases), "never asked in the corpus: \(Set(EntryIntent.allCases).subtracting(covered))")
    }

    @Test func precisionAndRecallPerIntent() throws {
        let cases = try Self.load()
        var tp: [EntryIntent: Int] = [:], fp: [EntryIntent: Int] = [:], fn: [EntryIntent: Int] = [:]
        var failures: [String] = []
        for c in cases {
            let analysis = TextAnalysis(c.text, language: c.language)
            let asked = analysis.askedIntents
            for intent in EntryIntent.allCases {
                let expected = c.asked.contains(intent), got = asked.contains(intent)
                switch (expected, got) {
                case (true, true): tp[intent, default: 0] += 1
                case (false, true):
                    fp[intent, default: 0] += 1
                    let ev = analysis.evidence(for: intent).first { $0.isAsked }!
                    failures.append("phrases.txt:\(c.line): false positive \(intent.rawValue) (trigger “\(ev.trigger)”, span “\(ev.text)”): \(c.text)")
                case (true, false):
                    fn[intent, default: 0] += 1
                    let ev = analysis.evidence(for: intent).map { "\($0.trigger)\($0.negated ? " negated" : "")\($0.question ? " question" : "")\($0.quoted ? " quoted" : "")" }
                    failures.append("phrases.txt:\(c.line): false negative \(intent.rawValue) (evidence: \(ev)): \(c.text)")
                case (false, false): break
                }
            }
            for intent in c.negated where !analysis.evidence(for: intent).contains(where: \.negated) {
                failures.append("phrases.txt:\(c.line): \(intent.rawValue) not found negated: \(c.text)")
            }
        }
        var report = "== phrase corpus: precision and recall per intent ==\n"
        report += "\(cases.count) phrasings\n"
        report += "intent                   TP   FP   FN  precision  recall\n"
        func pct(_ a: Int, _ b: Int) -> String { b == 0 ? "     -" : String(format: "%6.1f%%", 100 * Double(a) / Double(b)) }
        var sums = (0, 0, 0)
        for intent in EntryIntent.allCases {
            let t = tp[intent] ?? 0, f = fp[intent] ?? 0, n = fn[intent] ?? 0
            sums.0 += t; sums.1 += f; sums.2 += n
            report += intent.rawValue.padding(toLength: 22, withPad: " ", startingAt: 0)
                + String(format: " %4d %4d %4d", t, f, n) + "    " + pct(t, t + f) + "  " + pct(t, t + n) + "\n"
        }
        report += "all".padding(toLength: 22, withPad: " ", startingAt: 0) + String(format: " %4d %4d %4d", sums.0, sums.1, sums.2)
            + "    " + pct(sums.0, sums.0 + sums.1) + "  " + pct(sums.0, sums.0 + sums.2) + "\n"
        if !failures.isEmpty { report += "\n" + failures.joined(separator: "\n") + "\n" }
        print(report)
        let path = ProcessInfo.processInfo.environment["SMKIT_PHRASE_REPORT"]
            ?? Self.packageRoot.appendingPathComponent(".build/phrase-corpus.txt").path
        try? report.write(toFile: path, atomically: true, encoding: .utf8)
        for f in failures { Issue.record(Comment(rawValue: f)) }
    }
}
