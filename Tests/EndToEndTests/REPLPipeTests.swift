import Foundation
import Testing

/// The REPL binary with piped standard input: no prompts, no escapes, results on stdout, errors on stderr.
@Suite struct REPLPipeTests {
    @Test func anExpressionPrintsItsValueOnly() throws {
        let result = try BuiltBinary.repl.run([], stdin: "return 1+1\n")
        #expect(result.status == 0)
        #expect(result.stdout == "2\n")
        #expect(result.stderr == "")
    }

    @Test func linesRunInOrderWithContinuationsAndPrint() throws {
        let input = """
            t = { 'a', n = 1 }
            for i = 1, 2 do
              print('line', i)
            end
            t
            =#t

            """
        let result = try BuiltBinary.repl.run([], stdin: input)
        #expect(result.stdout == "line\t1\nline\t2\n{ \"a\", n = 1 }\n1\n")
        #expect(result.status == 0)
    }

    @Test func noPromptsOrEscapesEvenWhenColourWouldBeAllowed() throws {
        let result = try BuiltBinary.repl.run(
            [], stdin: "'x'\nerror('e')\n", environment: ["NO_COLOR": "", "TERM": "xterm-256color"])
        #expect(result.stdout == "\"x\"\n")
        #expect(!result.stdout.contains("\u{1B}") && !result.stderr.contains("\u{1B}"))
        #expect(!result.stdout.contains("> "))
    }

    @Test func errorsGoToStandardErrorAndTheRunFails() throws {
        let result = try BuiltBinary.repl.run([], stdin: "error('kaputt')\nreturn 'after'\n")
        #expect(result.status == 1)
        #expect(result.stdout == "\"after\"\n")
        #expect(result.stderr.hasPrefix("stdin:1: kaputt\nstack traceback:"))
    }

    @Test func unfinishedInputAtTheEndIsASyntaxError() throws {
        let result = try BuiltBinary.repl.run([], stdin: "for i = 1, 2 do\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("'end' expected"))
    }

    @Test func commandsWorkFromAPipe() throws {
        let dir = try TemporaryDirectory()
        let file = try dir.file("helper.lua", "function double(x) return 2 * x end\nreturn 'loaded'\n")
        let result = try BuiltBinary.repl.run([], stdin: ".load \(file)\ndouble(4)\n.help\n.exit\nreturn 'not reached'\n")
        #expect(result.stdout.hasPrefix("\"loaded\"\n8\n"))
        #expect(result.stdout.contains(".workspace DIR"))
        #expect(!result.stdout.contains("not reached"))
        #expect(result.status == 0)
    }

    @Test func languageOptionReachesTheState() throws {
        let result = try BuiltBinary.repl.run(["--lang", "de"], stdin: "smkit.lang\n")
        #expect(result.stdout == "\"de\"\n")
        let bad = try BuiltBinary.repl.run(["--lang", "fr"], stdin: "1\n")
        #expect(bad.stderr.contains("--lang: unknown language 'fr'"))
        #expect(bad.stdout == "1\n")
    }

    @Test func badOptionsAreUsageErrors() throws {
        let result = try BuiltBinary.repl.run(["--frobnicate"], stdin: "")
        #expect(result.status == 64)
        #expect(result.stderr.contains("unknown option '--frobnicate'"))
        let help = try BuiltBinary.repl.run(["--help"])
        #expect(help.status == 0 && help.stdout.contains("--workspace DIR"))
    }

    @Test func smkitReplRunsTheREPLBinary() throws {
        let result = try BuiltBinary.smkit.run(["repl", "--lang", "de"], stdin: "smkit.lang\nreturn 6 * 7\n")
        #expect(result.status == 0)
        #expect(result.stdout == "\"de\"\n42\n")
    }
}
