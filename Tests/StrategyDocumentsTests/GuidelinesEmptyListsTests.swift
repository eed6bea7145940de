import Foundation
@testable import StrategyDocuments
import StrategyKit
import Testing

/// A workspace may leave lists empty (no code of conduct, no contacts of a role): the
/// guidelines still render, and the template check knows the names of list items anyway.
@Suite("Guidelines with empty lists")
struct GuidelinesEmptyListsTests {
    /// A copy of the bakery example whose strategy.yaml has its code of conduct replaced by `replacement`.
    static func workspace(codeOfConduct replacement: String?) throws -> URL {
        let source = DocumentsFixture.exampleURL("baeckerei-sonnenschein")
        let copy = URL(fileURLWithPath: NSTemporaryDirectory() + "smkit-guidelines-" + UUID().uuidString)
        try FileManager.default.copyItem(at: source, to: copy)
        let file = copy.appendingPathComponent("strategy.yaml")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.hasPrefix("  code_of_conduct:") })
        var end = start + 1
        while end < lines.count, lines[end].hasPrefix("    - ") { end += 1 }
        lines.replaceSubrange(start..<end, with: replacement.map { ["  code_of_conduct: \($0)"] } ?? [])
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        return copy
    }

    @Test("no code_of_conduct, or an empty one, renders without the values paragraph",
          arguments: [nil, "[]"], [Language.de, .en])
    func missingCodeOfConduct(replacement: String?, language: Language) throws {
        let document = try GuidelinesTests.generate(try Self.workspace(codeOfConduct: replacement), language)
        let text = document.rendered(as: .markdown)
        #expect(!text.contains(language == .de ? "Verhaltensgrundsätze" : "code of conduct"), "\(text.prefix(400))")
        #expect(text.contains(language == .de ? "Respekt" : "Respect"))
    }

    @Test("the record keys cover every list item and nested record of a fully populated context")
    func recordKeysFollowTheContext() throws {
        let (workspace, registry) = try DocumentsFixture.load("baeckerei-sonnenschein")
        let context = GuidelinesContext.make(workspace.organization, platforms: registry, language: .de,
                                             generatedOn: DocumentsFixture.generatedOn, asOf: workspace.asOf)
        let nested = GuidelinesContext.nestedNames(context)
        #expect(!nested.isEmpty)
        #expect(nested.isSubset(of: GuidelinesContext.recordKeys), "missing: \(nested.subtracting(GuidelinesContext.recordKeys))")
    }
}
