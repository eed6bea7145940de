import LuaHost
import Testing

@testable import LuaREPL

/// The printer: layout, order, identity marks, caps, quoting, and no side effects.
@Suite struct ValuePrinterTests {
    let lua = try! LuaState()

    private func show(_ source: String, options: ValuePrinter.Options = .init()) throws -> String {
        let printer = ValuePrinter(introspector: LuaIntrospector(lua: lua), options: options)
        return printer.render(results: try lua.run(source))
    }

    @Test func scalarsLookLikeLuaSource() throws {
        #expect(try show("return 1, 2.5, 1e100, true, nil") == "1\t2.5\t1e+100\ttrue\tnil")
        #expect(try show("return 3 / 1") == "3.0")
        #expect(try show("return 'it\\'s \"q\"\\n'") == #""it's \"q\"\n""#)
    }

    @Test func sequencesComeFirstThenKeysSorted() throws {
        let text = try show("return { 'a', 'b', z = 1, y = 2, [10] = 3, [1.5] = 4, ['x y'] = 5, [true] = 6 }")
        #expect(text == #"{ "a", "b", [1.5] = 4, [10] = 3, ["x y"] = 5, y = 2, z = 1, [true] = 6 }"#)
    }

    @Test func emptyAndNestedTables() throws {
        #expect(try show("return {}") == "{}")
        #expect(try show("return { a = { b = { 1 } } }") == "{ a = { b = { 1 } } }")
    }

    @Test func cyclesAndSharedTablesAreNumbered() throws {
        #expect(try show("local t = { name = 'x' }; t.self = t; return t") == #"<1>{ name = "x", self = <table 1> }"#)
        #expect(try show("local s = { 1 }; return { a = s, b = s }") == "{ a = <1>{ 1 }, b = <table 1> }")
        // Identity holds across several results too.
        #expect(try show("local s = {}; s[1] = s; return s, s") == "<1>{ <table 1> }\t<table 1>")
    }

    @Test func depthIsCapped() throws {
        let options = ValuePrinter.Options(maxDepth: 2)
        #expect(try show("return { a = { b = { c = 1 } } }", options: options) == "{ a = { b = {...} } }")
    }

    @Test func itemsAreCapped() throws {
        let options = ValuePrinter.Options(maxItems: 3)
        #expect(try show("return { 1, 2, 3, 4, 5, x = 1 }", options: options) == "{ 1, 2, 3, ...(3 more) }")
    }

    @Test func wideTablesBreakIntoIndentedLines() throws {
        let options = ValuePrinter.Options(width: 30)
        let text = try show("return { first = 'aaaaaaaaaa', second = { 'bbbbbbbbbbbbbbbbbbbb', 2 } }", options: options)
        #expect(text == """
            {
              first = "aaaaaaaaaa",
              second = {
                "bbbbbbbbbbbbbbbbbbbb",
                2
              }
            }
            """)
    }

    @Test func longStringsAreCut() throws {
        let options = ValuePrinter.Options(maxStringLength: 3)
        #expect(try show("return 'abcdef'", options: options) == #""abc"...(3 more bytes)"#)
    }

    @Test func bytesThatAreNotUTF8AreEscaped() throws {
        #expect(try show("return 'h\\xC3\\xA9\\xFF\\0z'") == #""hé\xFF\000z""#)
    }

    @Test func userdataShowsThroughToString() throws {
        #expect(try show("return io.stdout").hasPrefix("file (0x"))
        lua.registerType(Int.self, name: "Counter") { type in
            type.toString { "Counter(\($0))" }
        }
        let printer = ValuePrinter(introspector: LuaIntrospector(lua: lua))
        #expect(printer.render(lua.value(object: 7)) == "Counter(7)")
    }

    @Test func tablesWithToStringOrNameUseThem() throws {
        #expect(try show("return setmetatable({}, { __tostring = function() return 'Goal(reach)' end })") == "Goal(reach)")
        #expect(try show("return setmetatable({ 1 }, { __name = 'Series' })") == "Series { 1 }")
        let broken = try show("return setmetatable({}, { __tostring = function() error('no') end, __name = 'X' })")
        #expect(broken == "<X: __tostring failed>")
    }

    @Test func functionsShowWhereTheyWereDefined() throws {
        #expect(try show("return print") == "function: builtin")
        let text = try lua.run("return function() end", chunkName: "=stdin")
        let printer = ValuePrinter(introspector: LuaIntrospector(lua: lua))
        #expect(printer.render(results: text) == "function: stdin:1")
    }

    @Test func printingRunsNoIndexOrPairsMetamethods() throws {
        let text = try show("""
            calls = 0
            local mt = {
              __index = function() calls = calls + 1 return 'x' end,
              __pairs = function() calls = calls + 1 return next, {}, nil end,
              __len = function() calls = calls + 1 return 99 end,
            }
            return setmetatable({ a = 1 }, mt)
            """)
        #expect(text == "{ a = 1 }")
        #expect(lua[global: "calls"].intValue == 0)
    }

    @Test func colourOnlyWhenEnabled() throws {
        let coloured = try show("return 'a', 1", options: .init(style: TerminalStyle(enabled: true)))
        #expect(coloured == "\u{1B}[32m\"a\"\u{1B}[0m\t\u{1B}[36m1\u{1B}[0m")
        #expect(try show("return 'a', 1") == "\"a\"\t1")
    }
}

@Suite struct TerminalStyleTests {
    @Test func colourNeedsATerminalAndRespectsNoColorAndDumb() {
        #expect(TerminalStyle.decide(outputIsTerminal: true, environment: [:]).enabled)
        #expect(!TerminalStyle.decide(outputIsTerminal: false, environment: [:]).enabled)
        #expect(!TerminalStyle.decide(outputIsTerminal: true, environment: ["NO_COLOR": "1"]).enabled)
        #expect(TerminalStyle.decide(outputIsTerminal: true, environment: ["NO_COLOR": ""]).enabled)
        #expect(!TerminalStyle.decide(outputIsTerminal: true, environment: ["TERM": "dumb"]).enabled)
        #expect(TerminalStyle.plain.paint("x", .error) == "x")
    }
}
