import Foundation
import LuaHost
import Testing

@testable import LuaREPL

/// The session: the loop's logic, commands and configuration hooks, without a terminal.
@Suite struct REPLSessionTests {
    private func session(_ configuration: REPLConfiguration = REPLConfiguration()) throws -> REPLSession {
        try REPLSession(configuration: configuration)
    }

    @Test func expressionsPrintAndStatementsDoNot() throws {
        let s = try session()
        #expect(s.handle(line: "x = 40").output == "")
        #expect(s.handle(line: "x + 2").output == "42\n")
        #expect(s.handle(line: "return 'a', x").output == "\"a\"\t40\n")
        #expect(s.handle(line: "").historyEntry == nil)
    }

    @Test func unfinishedInputContinuesOnTheSecondPrompt() throws {
        let s = try session()
        #expect(s.prompt == "> ")
        let first = s.handle(line: "function twice(n)")
        #expect(first.output == "" && first.errorOutput == "" && first.historyEntry == nil)
        #expect(s.isContinuing && s.prompt == ">> ")
        _ = s.handle(line: "  return 2 * n")
        let done = s.handle(line: "end")
        #expect(done.historyEntry == "function twice(n)\n  return 2 * n\nend")
        #expect(!s.isContinuing)
        #expect(s.handle(line: "twice(21)").output == "42\n")
    }

    @Test func cancelledInputIsForgotten() throws {
        let s = try session()
        _ = s.handle(line: "for i = 1, 3 do")
        s.cancelInput()
        #expect(s.prompt == "> ")
        #expect(s.handle(line: "1").output == "1\n")
    }

    @Test func errorsAreReportedWithATracebackAndTheSessionGoesOn() throws {
        let s = try session()
        _ = s.handle(line: "function inner() error('kaputt') end")
        let response = s.handle(line: "inner()")
        #expect(response.failed)
        #expect(response.errorOutput.hasPrefix("stdin:1: kaputt\nstack traceback:\n"))
        #expect(response.errorOutput.contains("in function 'inner'"))
        #expect(!response.errorOutput.contains("[C]: in ?"))
        #expect(s.handle(line: "1 + 1").output == "2\n")
        let syntax = s.handle(line: "x = = 1")
        #expect(syntax.errorOutput.hasPrefix("stdin:1:") && syntax.historyEntry == "x = = 1")
    }

    @Test func endOfInputReportsUnfinishedCode() throws {
        let s = try session()
        _ = s.handle(line: "if true then")
        let last = s.finishInput()
        #expect(last.failed)
        #expect(last.errorOutput.contains("'end' expected"))
    }

    @Test func loadRunsAFileAndPrintsItsResults() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("repl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("lib.lua").path
        try "loaded_value = 7\nreturn { ok = true }\n".write(toFile: file, atomically: true, encoding: .utf8)
        let s = try session()
        #expect(s.handle(line: ".load \(file)").output == "{ ok = true }\n")
        #expect(s.handle(line: "loaded_value").output == "7\n")
        let missing = s.handle(line: ".load \(directory.path)/missing.lua")
        #expect(missing.failed && missing.errorOutput.contains("cannot open"))
    }

    @Test func reloadMakesAFreshStateFromTheFactory() throws {
        var made = 0
        let configuration = REPLConfiguration(makeState: {
            made += 1
            let lua = try LuaState()
            lua[global: "generation"] = .integer(Int64(made))
            return lua
        })
        let s = try session(configuration)
        _ = s.handle(line: "mine = 1")
        #expect(s.handle(line: ".reload").output.contains("Reloaded"))
        #expect(s.handle(line: "generation").output == "2\n")
        #expect(s.handle(line: "mine").output == "nil\n")
    }

    @Test func commandHandlersComeFromTheConfiguration() throws {
        let configuration = REPLConfiguration(
            documentation: { name, _ in name == "smkit.platforms" ? "smkit.platforms() -> list of platforms" : nil },
            plugins: { _ in "facebook 1.0 loaded\nbroken: failed: syntax error" },
            workspace: { path, session in
                session.lua[global: "workspace_path"] = .string(LuaString(path))
                return "Workspace \(path) loaded"
            }
        )
        let s = try session(configuration)
        #expect(s.handle(line: ".plugins").output == "facebook 1.0 loaded\nbroken: failed: syntax error\n")
        #expect(s.handle(line: "smkit.platforms?").output == "smkit.platforms() -> list of platforms\n")
        #expect(s.handle(line: ".workspace Examples/b").output == "Workspace Examples/b loaded\n")
        #expect(s.handle(line: "workspace_path").output == "\"Examples/b\"\n")
    }

    @Test func defaultsWithoutAHostAreUsableAndSaySo() throws {
        let s = try session()
        #expect(s.handle(line: "smkit.lang").output == "\"en\"\n")
        #expect(s.handle(line: ".lang de").output == "Sprache: Deutsch\n")
        #expect(s.handle(line: "smkit.lang").output == "\"de\"\n")
        #expect(s.handle(line: ".lang xx").failed)
        #expect(s.handle(line: ".workspace somewhere").errorOutput.contains("not available"))
        #expect(s.handle(line: ".help").output.contains(".workspace DIR"))
        #expect(s.handle(line: ".exit").shouldExit)
    }

    @Test func documentationFallsBackToWhatTheValueIs() throws {
        let s = try session()
        _ = s.handle(line: "function greet() end")
        #expect(s.handle(line: "greet?").output == "greet: function (no documentation)\ndefined at stdin:1\n")
        #expect(s.handle(line: "math.pi?").output.hasPrefix("math.pi: number (no documentation)\n3.14159"))
        #expect(s.handle(line: "nothing.here?").errorOutput == "error: nothing.here: no such global or field\n")
    }

    @Test(.timeLimit(.minutes(1))) func anInterruptStopsARunningLoopAndACoroutine() throws {
        let s = try session()
        // Handshake: the code says it started, then the other thread interrupts it.
        let started = DispatchSemaphore(value: 0)
        s.lua.register("started") { _ in started.signal(); return 0 }
        for code in ["started() while true do end", "coroutine.wrap(function() started() while true do end end)()",
                     "started() while true do pcall(function() while true do end end) end"] {
            let handle = s.interruptHandle
            let stopper = Thread {
                started.wait()
                handle.interrupt()
            }
            stopper.start()
            let response = s.handle(line: code)
            #expect(response.failed, "\(code)")
            #expect(response.errorOutput.contains("interrupted"), "\(code)")
            #expect(s.handle(line: "1").output == "1\n")
        }
    }

    @Test(.timeLimit(.minutes(1))) func anInterruptBeforeTheCallStopsIt() throws {
        let s = try session()
        s.interruptHandle.interrupt()
        let response = s.handle(line: "while true do end")
        #expect(response.errorOutput.contains("interrupted"))
        #expect(s.handle(line: "1").output == "1\n")
        // One that was cleared (Ctrl-C at the prompt) stops nothing.
        s.interruptHandle.interrupt()
        s.interruptHandle.clear()
        #expect(s.handle(line: "2").output == "2\n")
    }

    @Test func completionsGoThroughTheSession() throws {
        let s = try session()
        #expect(s.completions(for: "smkit.la") == ["smkit.lang"])
    }
}

@Suite struct LuaQuotingTests {
    @Test func escapesControlsAndKeepsUTF8() {
        #expect(LuaQuoting.quote(LuaString("a\tb\u{7}\u{1}9ä\\")).text == #""a\tb\a\0019ä\\""#)
        #expect(LuaQuoting.quote(LuaString(bytes: [0x61, 0xE2, 0x82])).text == #""a\xE2\x82""#)
        let cut = LuaQuoting.quote(LuaString("äbc"), limit: 1)
        #expect(cut.text == "\"ä\"" && cut.omittedBytes == 2)
    }
}
