import Foundation
import LuaHost
import StrategyKit
import Testing
@testable import StrategyScripting

/// What a plugin may touch (issue #11, item 7): its own log instead of stdout, findings cleaned
/// for the terminal and capped per subject, and only regular files inside its own folder.
@Suite("What a plugin may touch", .serialized)
struct PluginReachTests {
    // MARK: print and the plugin log

    @Test func printGoesToThePluginLogEvenAfterThePluginRemovesIt() throws {
        let parent = PluginFixture.temporaryDirectory()
        PluginFixture.write(id: "printer", lua: PluginFixture.checkPlugin(id: "printer", rule: "PR-01", body: """
            print("checking", contest.id, nil, 42)
            print = nil
            print("through the base")
            """, prelude: "print('loading')"), in: parent)
        PluginFixture.write(id: "good", lua: PluginFixture.good, in: parent)
        let host = try PluginFixture.host(parent)
        let result = host.check(.contest(PluginFixture.contest))
        #expect(result.failures.isEmpty)
        #expect(result.findings.map(\.ruleID) == ["GOOD-01"])
        #expect(host.takeLog() == [
            PluginLogLine(pluginID: "printer", text: "loading"),
            PluginLogLine(pluginID: "printer", text: "checking c1 nil 42"),
            PluginLogLine(pluginID: "printer", text: "through the base"),
        ])
        #expect(host.takeLog().isEmpty)
    }

    @Test(.timeLimit(.minutes(1))) func theLogIsBoundedPerPlugin() throws {
        let parent = PluginFixture.temporaryDirectory()
        PluginFixture.write(id: "chatty", lua: PluginFixture.checkPlugin(id: "chatty", rule: "CH-01", body: """
            for i = 1, 200000 do print("line", i) end
            """), in: parent)
        let host = try PluginFixture.host(parent)
        for _ in 0..<3 { _ = host.check(.contest(PluginFixture.contest)) }
        let log = host.takeLog()
        let bytes = log.reduce(0) { $0 + $1.text.utf8.count + 1 }
        #expect(bytes <= PluginAPI.logLimit + 100)
        #expect(log.last?.text == "(log truncated: more than \(PluginAPI.logLimit) bytes)")
        #expect(log.filter { $0.text.hasPrefix("(log truncated") }.count == 1)
    }

    @Test func logLinesAreCleanedAndSplitAtNewlines() throws {
        let parent = PluginFixture.temporaryDirectory()
        PluginFixture.write(id: "forger", lua: PluginFixture.checkPlugin(
            id: "forger", rule: "FO-01", body: #"print("\27]0;owned\7title\27[2J\n0 errors\r\ttab")"#), in: parent)
        let host = try PluginFixture.host(parent)
        _ = host.check(.contest(PluginFixture.contest))
        #expect(host.takeLog().map(\.text) == ["title", "0 errors", " tab"])
    }

    @Test func pluginTestKeepsWhatEachCasePrinted() throws {
        let parent = PluginFixture.temporaryDirectory()
        let directory = PluginFixture.write(id: "printer", lua: PluginFixture.checkPlugin(
            id: "printer", rule: "PR-01", body: "print('checking ' .. contest.id) report:fail {}", prelude: "print('loaded')"),
            in: parent, files: ["tests/cases.yaml": """
                base: { kind: contest, platforms: [facebook], text: "Gewinnspiel", entry: [comment] }
                cases:
                  - name: any contest
                    contest: {}
                    expect: [PR-01]
                """])
        let report = PluginTestRunner.run(pluginDirectory: directory, limits: PluginFixture.limits)
        #expect(report.errors.isEmpty)
        #expect(report.log.map(\.text) == ["loaded"])
        #expect(report.outcomes.map { $0.log.map(\.text).map { $0.hasPrefix("checking ") } } == [[true]])
    }

    // MARK: findings cleaned for the terminal

    @Test func findingTextIsCleanedForTheTerminal() throws {
        let parent = PluginFixture.temporaryDirectory()
        PluginFixture.write(id: "forger", lua: PluginFixture.checkPlugin(id: "forger", rule: "FO-01", body: #"""
            report:fail { field = "text\27[31m", message = { de = "schlecht\27[2J\n0 Fehler", en = "bad\u{9b}2J\r\n0 errors\tnow\u{202e}" } }
            error("boom\27[2J\nforged line")
            """#), in: parent)
        let host = try PluginFixture.host(parent)
        let result = host.check(.contest(PluginFixture.contest))
        let finding = try #require(result.findings.first)
        #expect(finding.message.de == "schlecht 0 Fehler")
        #expect(finding.message.en == "bad 0 errors now")
        #expect(finding.field == "text")
        let failure = try #require(result.failures.first)
        #expect(failure.message.hasSuffix("boom forged line"))
        #expect(!failure.description.contains("\u{1B}") && !failure.description.contains("\n"))
    }

    @Test func terminalTextRemovesEscapeSequencesAndControls() {
        #expect(TerminalText.line("a\u{1B}[2Jb") == "ab")
        #expect(TerminalText.line("a\u{1B}]8;;https://x\u{1B}\\link\u{1B}]8;;\u{07}b") == "alinkb")
        #expect(TerminalText.line("a\u{1B}Pdcs\u{1B}\\b\u{1B}cc") == "abc")
        #expect(TerminalText.line("tab\there\nnext\r\nline\u{7F}\u{0}") == "tab here next line")
        #expect(TerminalText.line("\u{9B}31mred\u{9D}0;t\u{9C}x") == "redx")
        #expect(TerminalText.line("\u{202E}txt\u{2066}") == "txt")
        #expect(TerminalText.line("Gewinnspiel: Ä, ß, 😀") == "Gewinnspiel: Ä, ß, 😀")
        #expect(TerminalText.lines("one\ntwo\rthree\r\n") == ["one", "two", "three", ""])
    }

    // MARK: the findings cap

    @Test(.timeLimit(.minutes(1))) func findingsPerPluginAndSubjectAreCapped() throws {
        let parent = PluginFixture.temporaryDirectory()
        PluginFixture.write(id: "flood", lua: PluginFixture.checkPlugin(id: "flood", rule: "FL-01", body: """
            for i = 1, 300000 do report:fail { field = "text", message = "finding " .. i } end
            """, prelude: """
            plugin:check { id = "FL-02", subject = "contest", severity = "info", consequence = "platform",
              source = "https://example.org/rule", read = "2026-11-22", summary = "two", run = function(_, report)
                for _ = 1, 300000 do report:fail {} end
              end }
            """), in: parent)
        PluginFixture.write(id: "good", lua: PluginFixture.good, in: parent)
        // Room for 600,000 calls of report:fail in one call into Lua; the default limits have it too.
        let host = try PluginFixture.host(parent, limits: LuaLimits(memoryBytes: 32 << 20, instructions: 100_000_000, seconds: 20))
        let start = ContinuousClock.now
        let first = host.check(.contest(PluginFixture.contest))
        let second = host.check(.contest(PluginFixture.contest))
        let elapsed = ContinuousClock.now - start
        for result in [first, second] {
            #expect(result.findings.filter { $0.pluginID == "flood" }.count == PluginAPI.findingsLimit)
            #expect(result.findings.contains { $0.ruleID == "GOOD-01" })
            let notice = try #require(result.failures.first)
            #expect(result.failures.count == 1)
            #expect(notice.pluginID == "flood" && notice.subjectID == "c1")
            #expect(notice.message.contains("reported 600000 findings"))
            #expect(notice.message.contains("599800 were dropped"))
        }
        // The kept findings are the first ones: all of FL-02, which was registered (and runs) first.
        #expect(first.findings.filter { $0.pluginID == "flood" }.allSatisfy { $0.ruleID == "FL-02" })
        // Counting, not keeping: the state stays small and the run quick.
        #expect(host.lua.memoryPeak < 16 << 20)
        #expect(elapsed < .seconds(20))
    }

    @Test(.timeLimit(.minutes(1))) func theCapHoldsOnTheOneByOnePathToo() throws {
        let parent = PluginFixture.temporaryDirectory()
        // Another plugin hits the instruction limit, so every check runs again one call each.
        PluginFixture.write(id: "flood", lua: PluginFixture.checkPlugin(id: "flood", rule: "FL-01", body: """
            for _ = 1, 1000 do report:fail {} end
            """), in: parent)
        PluginFixture.write(id: "loops", lua: PluginFixture.checkPlugin(id: "loops", rule: "LO-01", body: "while true do end"),
                            in: parent)
        let host = try PluginFixture.host(parent)
        let result = host.check(.contest(PluginFixture.contest))
        #expect(result.findings.count == PluginAPI.findingsLimit)
        #expect(result.failures.filter { $0.message.contains("were dropped") }.count == 1)
        #expect(result.failures.contains { $0.limit == "instructions" && $0.pluginID == "loops" })
    }

    // MARK: plugin files

    @Test func requireOfASymlinkOutOfThePluginFolderIsRefused() throws {
        let parent = PluginFixture.temporaryDirectory()
        let secret = parent + "/.env"
        try #"API_KEY="hunter2""#.write(toFile: secret, atomically: true, encoding: .utf8)
        let directory = PluginFixture.write(id: "leaky", lua: """
            local smkit = require "smkit"
            require "env"
            return smkit.plugin { id = "leaky", api = 1 }
            """, in: parent)
        try FileManager.default.createSymbolicLink(atPath: directory + "/env.lua", withDestinationPath: secret)
        let host = try PluginFixture.host(parent)
        let failure = try #require(host.loadFailures.first)
        #expect(failure.pluginID == "leaky" && failure.phase == .load)
        #expect(failure.message.contains("env.lua: refused: it resolves to"))
        #expect(failure.message.contains("outside the plugin folder"))
        #expect(!failure.message.contains("hunter2"))
    }

    @Test func requireOfASymlinkInsideThePluginFolderWorks() throws {
        let parent = PluginFixture.temporaryDirectory()
        let directory = PluginFixture.write(id: "linked", lua: PluginFixture.checkPlugin(
            id: "linked", rule: "LI-01", body: "if helper.yes() then report:fail {} end", prelude: "local helper = require 'alias'"),
            in: parent, files: ["helper.lua": "return { yes = function() return true end }"])
        try FileManager.default.createSymbolicLink(atPath: directory + "/alias.lua", withDestinationPath: "helper.lua")
        let host = try PluginFixture.host(parent)
        #expect(host.loadFailures.isEmpty)
        #expect(host.check(.contest(PluginFixture.contest)).findings.map(\.ruleID) == ["LI-01"])
    }

    @Test(.timeLimit(.minutes(1))) func mainFileThatIsAFIFOIsRefusedWithoutBlocking() throws {
        let parent = PluginFixture.temporaryDirectory()
        let directory = PluginFixture.write(id: "fifo", lua: "", in: parent)
        try FileManager.default.removeItem(atPath: directory + "/init.lua")
        #expect(mkfifo(directory + "/init.lua", 0o600) == 0)
        let host = try PluginFixture.host(parent)
        let failure = try #require(host.loadFailures.first)
        #expect(failure.pluginID == "fifo")
        #expect(failure.message.contains("init.lua: refused: it is a FIFO, not a regular file"))
    }

    @Test(.timeLimit(.minutes(1))) func mainFileLinkedToDevZeroIsRefused() throws {
        let parent = PluginFixture.temporaryDirectory()
        let directory = PluginFixture.write(id: "zero", lua: "", in: parent)
        try FileManager.default.removeItem(atPath: directory + "/init.lua")
        try FileManager.default.createSymbolicLink(atPath: directory + "/init.lua", withDestinationPath: "/dev/zero")
        let host = try PluginFixture.host(parent)
        let failure = try #require(host.loadFailures.first)
        #expect(failure.message.contains("init.lua: refused: it resolves to /dev/zero, outside the plugin folder"))
    }

    @Test func oversizeFilesAreRefused() throws {
        let parent = PluginFixture.temporaryDirectory()
        let big = "-- " + String(repeating: "x", count: PluginFile.sizeLimit) + "\n"
        PluginFixture.write(id: "big", lua: big, in: parent)
        PluginFixture.write(id: "bigmodule", lua: "require 'huge'", in: parent, files: ["huge.lua": big])
        let host = try PluginFixture.host(parent)
        #expect(host.loadFailures.count == 2)
        for failure in host.loadFailures {
            #expect(failure.message.contains("refused: it has \(big.utf8.count) bytes, more than the limit of \(PluginFile.sizeLimit)"))
        }
    }

    @Test(.timeLimit(.minutes(1))) func manifestPlatformDataAndTestFilesAreReadTheSameWay() throws {
        let parent = PluginFixture.temporaryDirectory()
        // plugin.yaml linked out of the folder: the manifest is refused.
        let outside = PluginFixture.write(id: "elsewhere", lua: "", in: PluginFixture.temporaryDirectory())
        try FileManager.default.createDirectory(atPath: parent + "/linked", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: parent + "/linked/plugin.yaml", withDestinationPath: outside + "/plugin.yaml")
        // platform.yaml as a FIFO: the plugin is refused, without blocking.
        let platform = PluginFixture.write(id: "platform", lua: PluginFixture.good.replacingOccurrences(of: "good", with: "platform"),
                                           in: parent)
        #expect(mkfifo(platform + "/platform.yaml", 0o600) == 0)
        let found = PluginDiscovery.discover([PluginSearchPath(directory: parent, origin: .explicit)])
        #expect(found.failures.map(\.pluginID) == ["linked"])
        #expect(found.failures.first?.message.contains("outside the plugin folder") == true)
        let host = try PluginHost(limits: PluginFixture.limits)
        host.load(found.plugins)
        #expect(host.loadFailures.first?.message.contains("platform.yaml: refused: it is a FIFO") == true)
        // A test file that is a directory.
        try FileManager.default.createDirectory(atPath: platform + "/tests/cases.yaml", withIntermediateDirectories: true)
        #expect(throws: DiagnosticError.self) { try PluginTestSuite.loadAll(pluginDirectory: platform) }
        let report = PluginTestRunner.run(pluginDirectory: platform, limits: PluginFixture.limits)
        #expect(report.errors.contains { $0.contains("it is a directory, not a regular file") || $0.contains("FIFO") })
    }

    @Test(.timeLimit(.minutes(1))) func testFixturesAreReadTheSameWay() throws {
        let parent = PluginFixture.temporaryDirectory()
        let directory = PluginFixture.write(id: "good", lua: PluginFixture.good, in: parent, files: ["tests/cases.yaml": """
            cases:
              - name: a pipe
                file: fixtures/pipe.yaml
                expect: [GOOD-01]
              - name: a file elsewhere
                file: ../../elsewhere.yaml
                expect: [GOOD-01]
            """])
        try FileManager.default.createDirectory(atPath: directory + "/tests/fixtures", withIntermediateDirectories: true)
        #expect(mkfifo(directory + "/tests/fixtures/pipe.yaml", 0o600) == 0)
        try "kind: contest\nid: x\nplatforms: [facebook]\ntext: Gewinnspiel\n".write(
            toFile: parent + "/elsewhere.yaml", atomically: true, encoding: .utf8)
        do {
            _ = try PluginTestSuite.loadAll(pluginDirectory: directory)
            Issue.record("the fixtures were read")
        } catch {
            let messages = error.diagnostics.map(\.message.en)
            #expect(messages.count == 2)
            #expect(messages.contains { $0.contains("pipe.yaml: refused: it is a FIFO") })
            #expect(messages.contains { $0.contains("elsewhere.yaml: refused: it resolves to") })
        }
    }

    @Test func pluginFileAcceptsRegularFilesInsideTheFolderOnly() throws {
        let parent = PluginFixture.temporaryDirectory()
        try "hello".write(toFile: parent + "/a.txt", atomically: true, encoding: .utf8)
        #expect(try PluginFile.read(parent + "/a.txt", inside: parent) == Array("hello".utf8))
        #expect(try PluginFile.read(parent + "/./a.txt", inside: parent + "/") == Array("hello".utf8))
        #expect(throws: PluginFileError.self) { try PluginFile.read(parent + "/../" + "x", inside: parent) }
        #expect(throws: PluginFileError.self) { try PluginFile.read(parent, inside: parent) }
        #expect(throws: PluginFileError.self) { try PluginFile.read(parent + "/a.txt", inside: parent, limit: 4) }
        do {
            _ = try PluginFile.read(parent + "/missing.lua", inside: parent)
            Issue.record("a missing file was read")
        } catch {
            #expect(error.reason == .missing)
        }
    }
}
