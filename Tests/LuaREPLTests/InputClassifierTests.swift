import LuaHost
import Testing

@testable import LuaREPL

/// The lua.c algorithm: `return <line>` first, `<eof>` means "continue", and commands never shadow Lua.
@Suite struct InputClassifierTests {
    let lua = try! LuaState()
    let classifier = InputClassifier()

    private func kind(_ text: String, continuing: Bool = false) -> String {
        switch classifier.classify(text, continuing: continuing, in: lua) {
        case .empty: "empty"
        case .command: "command"
        case .incomplete: "incomplete"
        case .chunk(_, let isExpression): isExpression ? "expression" : "statement"
        case .syntaxError: "error"
        }
    }

    @Test(arguments: [
        ("1 + 1", "expression"), ("print('hi')", "expression"), ("x = 1", "statement"),
        ("local t = {}", "statement"), ("for i=1,3 do", "incomplete"), ("x = ", "incomplete"),
        ("return 1 +", "incomplete"), ("s = [[abc", "incomplete"), ("f(", "incomplete"),
        ("--[[ open", "incomplete"), ("x = = 1", "error"), ("\"abc", "error"), ("   ", "empty"),
        ("{1,", "incomplete"), ("=1+2", "expression"), ("x = 1 -- really?", "statement"),
        (".help", "command"), ("smkit?", "command"), ("...", "expression"), (".5", "expression"),
        ("::top::", "statement"),
    ])
    func classifiesLikeLuaC(input: String, expected: String) {
        #expect(kind(input) == expected, "input: \(input)")
    }

    @Test func continuationLinesCompleteAChunk() {
        #expect(kind("for i = 1, 3 do") == "incomplete")
        #expect(kind("for i = 1, 3 do\n  x = i", continuing: true) == "incomplete")
        #expect(kind("for i = 1, 3 do\n  x = i\nend", continuing: true) == "statement")
        // A multi-line expression continues too (lua.c would report an error here).
        #expect(kind("{1,\n2}", continuing: true) == "expression")
    }

    @Test func commandsAreNotRecognisedInsideContinuedInput() {
        #expect(kind("x = [[\n.help", continuing: true) == "incomplete")
    }

    @Test func expressionsReturnTheirValues() throws {
        guard case .chunk(let f, true) = classifier.classify("=2 * 21", in: lua) else {
            Issue.record("not an expression")
            return
        }
        #expect(try f.call().first?.intValue == 42)
    }

    @Test func syntaxErrorsCarryTheChunkNameAndLine() {
        guard case .syntaxError(let error) = classifier.classify("x = = 1", in: lua) else {
            Issue.record("not an error")
            return
        }
        #expect(error.chunkName == "stdin")
        #expect(error.line == 1)
        #expect(!InputClassifier.endsAtEOF(error))
    }
}

@Suite struct REPLCommandTests {
    @Test func parsesEveryCommand() {
        #expect(REPLCommand.parse(".help") == .help)
        #expect(REPLCommand.parse("?") == .help)
        #expect(REPLCommand.parse(" .exit ") == .exit)
        #expect(REPLCommand.parse(".plugins") == .plugins)
        #expect(REPLCommand.parse(".reload") == .reload)
        #expect(REPLCommand.parse(".load my file.lua") == .load(path: "my file.lua"))
        #expect(REPLCommand.parse(".workspace Examples/x") == .workspace(path: "Examples/x"))
        #expect(REPLCommand.parse(".lang de") == .language(code: "de"))
        #expect(REPLCommand.parse("smkit.platforms?") == .documentation(name: "smkit.platforms"))
        #expect(REPLCommand.parse("io.stdout:write?") == .documentation(name: "io.stdout:write"))
    }

    @Test func missingArgumentsAndUnknownWordsAreInvalid() {
        #expect(REPLCommand.parse(".load") == .invalid(message: "usage: .load FILE"))
        #expect(REPLCommand.parse(".lang") == .invalid(message: "usage: .lang de|en"))
        if case .invalid(let message) = REPLCommand.parse(".frobnicate") {
            #expect(message.contains(".frobnicate"))
        } else {
            Issue.record("unknown command accepted")
        }
    }

    @Test(arguments: ["x = 1", ".5", "...", "x = 1 -- really?", "a.b:c:d?", "end?", "1?", "::label::", "a..b?"])
    func validOrOtherLuaIsNeverACommand(line: String) {
        #expect(REPLCommand.parse(line) == nil)
    }
}
