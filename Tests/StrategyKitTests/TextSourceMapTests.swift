import Testing
@testable import StrategyKit

/// Findings about a phrase point at the phrase in the file, however YAML wrote the text.
@Suite("Text source map", .timeLimit(.minutes(1)))
struct TextSourceMapTests {
    /// The file position of the first occurrence of `phrase` in the loaded text.
    func position(of phrase: String, in yaml: String) throws -> String {
        let document = try CheckDocumentLoader.parse(yaml: yaml, file: "c.yaml")
        guard case .contest(let contest) = document.subject else { throw Failure.notAContest }
        let range = try #require(contest.text.range(of: phrase))
        let offset = contest.text.utf8.distance(from: contest.text.startIndex, to: range.lowerBound)
        return document.location(of: "text", utf8Offset: offset)
    }

    enum Failure: Error { case notAContest }

    static let head = "kind: contest\nplatforms: [facebook]\nentry: [comment]\n"

    @Test func literalBlockKeepsLinesAndIndentation() throws {
        let yaml = Self.head + "text: |\n  🎉 Gewinnspiel!\n  Kommentiere und\n    teile diesen Beitrag\n"
        #expect(try position(of: "Gewinnspiel", in: yaml) == "c.yaml:5:5")
        #expect(try position(of: "teile", in: yaml) == "c.yaml:7:5")
    }

    @Test func foldedAndPlainScalarsFindTheirLines() throws {
        let folded = Self.head + "text: >\n  Like und\n  teile den Beitrag\n"
        #expect(try position(of: "teile", in: folded) == "c.yaml:6:3")
        let plain = Self.head + "text: Gewinne jetzt,\n  markiere zwei Freunde\n"
        #expect(try position(of: "markiere", in: plain) == "c.yaml:5:3")
        #expect(try position(of: "jetzt", in: plain) == "c.yaml:4:15")
    }

    @Test func quotedScalarsSkipQuotesAndEscapes() throws {
        let yaml = Self.head + "text: \"Gew\\u00E4hlt wird per Los, \\\"teile\\\" bitte nicht\"\n"
        #expect(try position(of: "teile", in: yaml) == "c.yaml:4:37")
        #expect(try position(of: "per Los", in: yaml) == "c.yaml:4:26")
    }

    @Test func windowsLineEndingsDoNotShiftColumns() throws {
        let yaml = (Self.head + "text: |\n  Erste Zeile\n  tagge zwei Freunde\n").replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try position(of: "tagge", in: yaml) == "c.yaml:6:3")
    }

    @Test func anUnmappedFieldFallsBackToItsKey() throws {
        let document = try CheckDocumentLoader.parse(yaml: Self.head + "text: hallo\n", file: "c.yaml")
        #expect(document.location(of: "entry", utf8Offset: 3) == "c.yaml:3:1")
        #expect(document.location(of: "text", utf8Offset: 3) == "c.yaml:4:10")
    }
}
