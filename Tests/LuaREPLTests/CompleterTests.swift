import LuaHost
import Testing

@testable import LuaREPL

/// Tab completion: globals, fields, methods, all by raw access.
@Suite struct CompleterTests {
    let lua = try! LuaState()

    private func completer(fields: @escaping (String) -> [String] = { _ in [] }) -> Completer {
        Completer(introspector: LuaIntrospector(lua: lua), fieldNames: fields)
    }

    @Test func globalsAndKeywords() {
        #expect(completer().completions(for: "stri") == ["string"])
        #expect(completer().completions(for: "co") == ["collectgarbage", "coroutine"])
        #expect(completer().completions(for: "whi") == ["while"])
    }

    @Test func fieldsOfNestedTables() throws {
        #expect(completer().completions(for: "string.up") == ["string.upper"])
        try lua.run("config = { platform = { name = 'x', kind = 'y' }, ['not an id'] = 1 }")
        #expect(completer().completions(for: "config.platform.") == ["config.platform.kind", "config.platform.name"])
        #expect(completer().completions(for: "config.") == ["config.platform"])
        #expect(completer().completions(for: "config.nothing.") == [])
    }

    @Test func methodsOfUserdataThroughTheMetatable() {
        let methods = completer().completions(for: "io.stdout:")
        #expect(methods.contains("io.stdout:write"))
        #expect(methods.contains("io.stdout:close"))
        #expect(completer().completions(for: "io.stdout:se") == ["io.stdout:seek", "io.stdout:setvbuf"])
    }

    @Test func afterAColonOnlyFunctions() throws {
        try lua.run("obj = { size = 3, grow = function() end }")
        #expect(completer().completions(for: "obj:") == ["obj:grow"])
        #expect(completer().completions(for: "obj.") == ["obj.grow", "obj.size"])
    }

    @Test func indexTablesOfMetatablesAreFollowed() throws {
        try lua.run("Base = { hello = function() end }; obj = setmetatable({ own = 1 }, { __index = Base })")
        #expect(completer().completions(for: "obj.") == ["obj.hello", "obj.own"])
    }

    @Test func hostTypesGiveMethodsAndHostSuppliedFields() {
        lua.registerType(String.self, name: "smkit.Platform") { type in
            type.method("fits") { _, _ in 0 }
            type.field("name") { .string(LuaString($0)) }
        }
        lua[global: "fb"] = lua.value(object: "facebook")
        let plain = completer().completions(for: "fb:")
        #expect(plain == ["fb:fits"])
        let withFields = completer { $0 == "smkit.Platform" ? ["name", "audience"] : [] }
        #expect(withFields.completions(for: "fb.") == ["fb.audience", "fb.fits", "fb.name"])
    }

    @Test func completionRunsNoMetamethods() throws {
        try lua.run("""
            calls = 0
            lazy = setmetatable({}, { __index = function(_, k) calls = calls + 1 return {} end })
            """)
        #expect(completer().completions(for: "lazy.anything.") == [])
        #expect(completer().completions(for: "lazy.") == [])
        #expect(lua[global: "calls"].intValue == 0)
    }
}
