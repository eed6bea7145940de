import Foundation
import StrategyDocuments
import Testing

@Suite("Output writer")
struct OutputWriterTests {
    private func names(in directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    @Test("writes a new file and leaves no temporary file")
    func writesNew() throws {
        let directory = try DocumentsFixture.temporaryDirectory()
        let path = directory.appendingPathComponent("report.md").path
        try OutputWriter().write("# Bericht\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "# Bericht\n")
        #expect(try names(in: directory) == ["report.md"])
    }

    @Test("refuses to overwrite without force, keeps the old content, leaves no temporary file")
    func refusesOverwrite() throws {
        let directory = try DocumentsFixture.temporaryDirectory()
        let path = directory.appendingPathComponent("report.md").path
        try OutputWriter().write("old", to: path)
        let error = #expect(throws: OutputWriterError.self) { try OutputWriter().write("new", to: path) }
        #expect(error?.code == .exists)
        #expect(error?.description.contains("--force") == true)
        #expect(error?.description.hasPrefix(path + ": error: ") == true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        #expect(try names(in: directory) == ["report.md"])
    }

    @Test("replaces with force, atomically, keeping the file's permissions")
    func forceReplaces() throws {
        let directory = try DocumentsFixture.temporaryDirectory()
        let path = directory.appendingPathComponent("report.html").path
        try OutputWriter().write("old", to: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        try OutputWriter(force: true).write("new", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(try names(in: directory) == ["report.html"])
    }

    @Test("a directory as target or a missing folder give clear errors")
    func badTargets() throws {
        let directory = try DocumentsFixture.temporaryDirectory()
        let asDirectory = #expect(throws: OutputWriterError.self) { try OutputWriter(force: true).write("x", to: directory.path) }
        #expect(asDirectory?.code == .isDirectory)
        let missing = directory.appendingPathComponent("nope/report.md").path
        let missingError = #expect(throws: OutputWriterError.self) { try OutputWriter().write("x", to: missing) }
        #expect(missingError?.code == .missingDirectory)
        #expect(try names(in: directory).isEmpty)
    }

    @Test("large content is written completely")
    func largeContent() throws {
        let directory = try DocumentsFixture.temporaryDirectory()
        let path = directory.appendingPathComponent("big.txt").path
        let text = String(repeating: "Zeile mit Umlauten äöü\n", count: 50_000)
        try OutputWriter().write(text, to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }
}
