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
        let result = try BuiltBinary.repl.run(["--lang", "en"], stdin: "smkit.language()\n")
        #expect(result.stdout == "\"en\"\n")
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
        let result = try BuiltBinary.smkit.run(["repl", "--lang", "en"], stdin: "smkit.language()\nreturn 6 * 7\n")
        #expect(result.status == 0)
        #expect(result.stdout == "\"en\"\n42\n")
    }
}

/// The REPL with the real module, plugins and a workspace, over a pipe.
@Suite struct REPLStrategyTests {
    @Test func moduleWorkspaceAndPluginsAreThere() throws {
        let input = """
            smkit.api_level
            ws.name
            ws:rank_platforms().channel_capacity
            #smkit.plugins().loaded >= 10
            #smkit.check('Examples/contests/teilen-und-markieren.yaml').findings > 0
            smkit.load_workspace?
            """
        let result = try BuiltBinary.repl.run(["--workspace", "Examples/baeckerei-sonnenschein"], stdin: input + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.prefix(5) == ["1", "\"Bäckerei Sonnenschein GmbH\"", "1", "true", "true"])
        #expect(result.stdout.contains("Loads a workspace folder"))
    }

    @Test func pluginsCommandListsLoadedPlugins() throws {
        let result = try BuiltBinary.repl.run([], stdin: ".plugins\n")
        #expect(result.stdout.contains("de-contest-law"))
        #expect(result.stdout.contains("Failed: none"))
        let off = try BuiltBinary.repl.run(["--no-plugins"], stdin: ".plugins\n")
        #expect(off.stdout.contains("off"))
    }

    @Test func badWorkspaceIsReportedAndTheREPLGoesOn() throws {
        let result = try BuiltBinary.repl.run(["--workspace", "/nonexistent"], stdin: "1 + 1\n")
        #expect(result.stdout.contains("2"))
        #expect(result.stderr.contains("/nonexistent"))
    }
}
