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
        let context = try SmkitContext.standard()
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
