import Foundation
import Testing
import TextAnalysis

/// Prints the analysis of the text in TA_DEBUG (a development aid; does nothing otherwise).
@Test func debugProbe() {
    guard let text = ProcessInfo.processInfo.environment["TA_DEBUG"] else { return }
    let a = TextAnalysis(text.replacingOccurrences(of: "\\n", with: "\n"))
    print("language:", a.language.map(\.rawValue) ?? "nil")
    print("tokens:", a.tokens.map { "\($0.text)[\($0.kind.rawValue):\($0.stem)\($0.parts.isEmpty ? "" : ":" + $0.parts.joined(separator: "+"))]" }.joined(separator: " "))
    print("clauses:", a.clauses.map { r in r.map { a.tokens[$0].text }.joined(separator: " ") })
    for e in a.intents() { print(e.intent.rawValue, "«\(e.text)»", e.trigger, e.negated ? "NEG" : "", e.question ? "Q" : "", e.quoted ? "QUOTED" : "") }
}

/// Prints the asked and negated intents of every line of the file in TA_DEBUG_FILE.
@Test func debugProbeFile() throws {
    guard let path = ProcessInfo.processInfo.environment["TA_DEBUG_FILE"] else { return }
    for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
        let a = TextAnalysis(String(line).replacingOccurrences(of: "\\n", with: "\n"))
        let asked = a.askedIntents.map(\.rawValue).sorted().joined(separator: " ")
        let neg = Set(a.intents().filter { $0.negated }.map(\.intent.rawValue)).sorted().joined(separator: " ")
        print("[\(asked)] !\(neg)! :: \(line)")
    }
}
