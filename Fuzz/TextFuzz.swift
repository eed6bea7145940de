// Target `text`: the input is a post text (bytes decoded as UTF-8, invalid sequences replaced)
// given to the text analysis in each language setting; every token and every piece of
// evidence must lie inside the text, and the source map must answer for every offset.
import StrategyKit
import TextAnalysis

enum TextFuzz {
    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let text = String(decoding: bytes, as: UTF8.self)
        let utf8 = text.utf8.count
        for language in [nil, TextLanguage.de, .en] {
            let analysis = TextAnalysis(text, language: language)
            for token in analysis.tokens {
                precondition(token.utf8Offset >= 0 && token.utf8Offset + token.text.utf8.count <= utf8, "token outside the text")
                precondition(token.line >= 1 && token.column >= 1, "token without a position")
                precondition(text[token.range] == Substring(token.text), "token range does not hold its text")
            }
            for evidence in analysis.intents() {
                precondition(evidence.utf8Offset >= 0 && evidence.utf8Offset + evidence.text.utf8.count <= utf8,
                             "evidence outside the text")
                precondition(text[evidence.range] == Substring(evidence.text), "evidence range does not hold its text")
                _ = analysis.asks(evidence.intent)
            }
        }
        let map = TextSourceMap(value: text, source: Array(bytes), line: 1, column: 1)
        for offset in stride(from: 0, through: utf8, by: max(1, utf8 / 64)) {
            guard let position = map.position(ofUTF8Offset: offset) else { continue }
            precondition(position.line >= 1 && position.column >= 1, "source map gave no position")
        }
    }
}
