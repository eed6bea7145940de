import Foundation
public import LuaHost

/// Runs a Lua file the way `lua5.4 FILE ARGS` does: `arg` table, `...`, errors with tracebacks.
public struct ScriptRunner {
    public var profile: LuaSandboxProfile
    public var limits: LuaLimits

    public init(profile: LuaSandboxProfile, limits: LuaLimits) {
        self.profile = profile
        self.limits = limits
    }

    /// The state a script runs in, with the `smkit` module available
    /// (`require "smkit"` when trusted; a read-only global `smkit` under the plugin profile).
    public func makeState() throws -> LuaState {
        let lua = try LuaState(profile: profile, limits: limits)
        let context = SmkitContext.standard()
        if profile == .plugin {
            let module = try SmkitModule.install(in: lua, context: context, forPlugins: true)
            try lua.expose("smkit", .table(module))
        } else {
            try SmkitModule.install(in: lua, context: context)
        }
        return lua
    }

    /// Runs `path` with `arguments`; `programName` becomes `arg[-1]`.
    public func run(path: String, arguments: [String], programName: String = "smkit") throws {
        let lua = try makeState()
        let environment = profile == .plugin ? try lua.newEnvironment() : nil
        if let environment {
            // As the plugin loader does: `require "smkit"` gives the module, and other names
            // load .lua files beside the script (text only, same environment, loaded once).
            let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
            let loaded = lua.newTable()
            environment.rawSet("require", .function(lua.function(name: "require") { [unowned lua] call in
                let name = try call.string(1)
                if name == "smkit" {
                    call.push(lua.globals.rawGet("smkit"))
                    return 1
                }
                let cached = loaded.rawGet(name)
                if !cached.isNil {
                    call.push(cached)
                    return 1
                }
                guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") }) else {
                    throw LuaHostError("module name '\(name)' may only use letters, digits, '_' and '.'")
                }
                let file = folder + "/" + name.replacingOccurrences(of: ".", with: "/") + ".lua"
                guard FileManager.default.isReadableFile(atPath: file) else {
                    throw LuaHostError("module '\(name)' not found (looked for \(file))")
                }
                let value = try lua.loadFile(file, environment: environment).call().first ?? .boolean(true)
                loaded.rawSet(name, value.isNil ? .boolean(true) : value)
                call.push(loaded.rawGet(name))
                return 1
            }))
        }
        let arg = lua.newTable()
        arg.rawSet(.integer(-1), .string(LuaString(programName)))
        arg.rawSet(.integer(0), .string(LuaString(path)))
        for (i, argument) in arguments.enumerated() {
            arg.rawSet(.integer(Int64(i + 1)), .string(LuaString(argument)))
        }
        if let environment { environment.rawSet("arg", .table(arg)) } else { lua[global: "arg"] = .table(arg) }
        let chunk = try lua.loadFile(path, environment: environment)
        try chunk.call(arguments: arguments.map { .string(LuaString($0)) })
    }
}
