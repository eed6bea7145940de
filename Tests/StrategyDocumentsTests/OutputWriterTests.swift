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

    @Test("a temporary name keeps short target names whole")
    func temporaryNameShort() {
        #expect(OutputWriter.temporaryName(for: "report.md", unique: "0A1B2C3D") == ".report.md.smkit-0A1B2C3D.tmp")
    }

    @Test("a temporary name for a long target name is shortened to the file-system limit")
    func temporaryNameLong() {
        let name = String(repeating: "a", count: 250) + ".md"
        let temporary = OutputWriter.temporaryName(for: name, unique: "0A1B2C3D")
        #expect(temporary.utf8.count == 255)
        #expect(temporary == "." + String(repeating: "a", count: 235) + ".smkit-0A1B2C3D.tmp")
        #expect(OutputWriter.temporaryName(for: name, unique: "0A1B2C3D", limit: 100).utf8.count == 100)
    }

    @Test("a temporary name is cut between characters, never inside one")
    func temporaryNameMultibyte() {
        // "ä" is two bytes and "👩‍👩‍👧" one character of 18: an odd room must not split either.
        let umlauts = OutputWriter.temporaryName(for: String(repeating: "ä", count: 200), unique: "0A1B2C3D")
        #expect(umlauts == "." + String(repeating: "ä", count: 117) + ".smkit-0A1B2C3D.tmp")
        let family = OutputWriter.temporaryName(for: String(repeating: "👩‍👩‍👧", count: 20), unique: "0A1B2C3D")
        #expect(family == "." + String(repeating: "👩‍👩‍👧", count: 13) + ".smkit-0A1B2C3D.tmp")
    }

    @Test("a target name of 250 bytes is written, and no temporary file is left")
    func longTargetName() throws {
        let directory = try DocumentsFixture.temporaryDirectory()
        let name = String(repeating: "b", count: 247) + ".md"
        let path = directory.appendingPathComponent(name).path
        try OutputWriter().write("# Bericht\n", to: path)
        try OutputWriter(force: true).write("# Neu\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "# Neu\n")
        #expect(try names(in: directory) == [name])
    }

    @Test("a name beyond the limit fails with the system's reason and leaves nothing behind")
    func tooLongTargetName() throws {
        let directory = try DocumentsFixture.temporaryDirectory()
        let path = directory.appendingPathComponent(String(repeating: "c", count: 256)).path
        let error = #expect(throws: OutputWriterError.self) { try OutputWriter().write("x", to: path) }
        #expect(error?.code == .io)
        #expect(error?.description.contains("File name too long") == true)
        #expect(try names(in: directory).isEmpty)
    }

    @Test("standard output errors name standard output, not a file")
    func standardOutputDescription() {
        let error = OutputWriterError(code: .io, path: StandardOutput.path, message: "No space left on device")
        #expect(error.description == "smkit: cannot write to standard output: No space left on device")
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
