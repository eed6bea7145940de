import Foundation
import Testing

/// `smkit run` from the built binary: it behaves like `lua5.4 FILE ARGS`.
@Suite struct RunCommandTests {
    @Test func argumentsReachArgAndVarargs() throws {
        let dir = try TemporaryDirectory()
        let script = try dir.file("args.lua", "print(#arg, arg[0] ~= nil, arg[1], arg[2], select('#', ...), ...)")
        let result = try BuiltBinary.smkit.run(["run", script, "eins", "--zwei"])
        #expect(result.status == 0)
        #expect(result.stdout == "2\ttrue\teins\t--zwei\t2\teins\t--zwei\n")
    }

    @Test func errorsExitNonZeroWithLocationAndTraceback() throws {
        let dir = try TemporaryDirectory()
        let script = try dir.file("boom.lua", "local function f()\n  error('kaputt')\nend\nf()\n")
        let result = try BuiltBinary.smkit.run(["run", script])
        #expect(result.status == 1)
        #expect(result.stderr.contains("boom.lua:2: kaputt"))
        #expect(result.stderr.contains("stack traceback:"))
    }

    @Test func syntaxErrorsNameFileAndLine() throws {
        let dir = try TemporaryDirectory()
        let script = try dir.file("syntax.lua", "local x = 1\nx = = 2\n")
        let result = try BuiltBinary.smkit.run(["run", script])
        #expect(result.status == 1)
        #expect(result.stderr.contains("syntax.lua:2:"))
    }

    @Test func osExitStatusIsKept() throws {
        let dir = try TemporaryDirectory()
        let result = try BuiltBinary.smkit.run(["run", try dir.file("exit.lua", "os.exit(7)")])
        #expect(result.status == 7)
    }

    @Test func pluginProfileAppliesTheSandboxAndLimits() throws {
        let dir = try TemporaryDirectory()
        let escape = try dir.file("escape.lua", """
            print(io, os.execute, debug, package, smkit.api_level, pcall(require, 'io'))
            """)
        let result = try BuiltBinary.smkit.run(["run", "--profile", "plugin", escape])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("nil\tnil\tnil\tnil\t1\tfalse\t"))
        #expect(result.stdout.contains("module 'io' not found"))

        let loop = try dir.file("loop.lua", "while true do end")
        let stopped = try BuiltBinary.smkit.run(["run", "--profile", "plugin", "--instruction-limit", "1000000", loop])
        #expect(stopped.status == 1)
        #expect(stopped.stderr.contains("instruction limit exceeded"))

        let memory = try dir.file("memory.lua", "local t = {} for i = 1, 1e9 do t[i] = ('x'):rep(100) .. i end")
        let oom = try BuiltBinary.smkit.run(["run", "--profile", "plugin", "--memory-limit", "8M", memory])
        #expect(oom.status == 1)
        #expect(oom.stderr.contains("memory"))
    }

    @Test func timeLimitStopsTrustedScriptsToo() throws {
        let dir = try TemporaryDirectory()
        let loop = try dir.file("loop.lua", "while true do end")
        let result = try BuiltBinary.smkit.run(["run", "--time-limit", "0.2", loop])
        #expect(result.status == 1)
        #expect(result.stderr.contains("time limit exceeded"))
    }

    @Test func missingFileIsReported() throws {
        let result = try BuiltBinary.smkit.run(["run", "/nonexistent/script.lua"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot open /nonexistent/script.lua"))
    }

    @Test func kpiCheckScriptExitsNonZeroWhenAGoalIsBehind() throws {
        let result = try BuiltBinary.smkit.run(["run", "Scripts/kpi-check.lua", "Examples/baeckerei-sonnenschein"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("service-antwortzeit"))
        #expect(result.stdout.contains("off track"))
    }

    @Test func versionAndHelp() throws {
        let version = try BuiltBinary.smkit.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression) != nil)
        let help = try BuiltBinary.smkit.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("run"))
    }
}

/// `smkit guidelines --lua`: a script edits the sections before rendering.
@Suite struct GuidelinesScriptTests {
    @Test func luaScriptEditsTakeEffect() throws {
        let dir = try TemporaryDirectory()
        let script = try dir.file("edit.lua", """
            document:add { id = 'hashtags', title = 'Unsere Hashtags', body = 'Nutzt #sonnenschein.', after = document.ids[1] }
            document:remove(document.ids[#document.ids])
            """)
        let plain = try BuiltBinary.smkit.run(["guidelines", "Examples/baeckerei-sonnenschein"])
        let edited = try BuiltBinary.smkit.run(["guidelines", "Examples/baeckerei-sonnenschein", "--lua", script])
        #expect(plain.status == 0 && edited.status == 0)
        #expect(!plain.stdout.contains("Unsere Hashtags"))
        #expect(edited.stdout.contains("## 2. Unsere Hashtags"))
    }

    @Test func scriptErrorsAreReportedWithLocation() throws {
        let dir = try TemporaryDirectory()
        let script = try dir.file("bad.lua", "document:remove('does-not-exist')\n")
        let result = try BuiltBinary.smkit.run(["guidelines", "Examples/baeckerei-sonnenschein", "--lua", script])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.lua:1:"))
        #expect(result.stderr.contains("does-not-exist"))
    }
}
