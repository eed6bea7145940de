public import LuaHost
import Foundation
public import StrategyKit

/// The `smkit` Lua module: the strategy domain for scripts (`local smkit = require "smkit"`).
///
/// Domain objects that users work with (a workspace) are userdata with fields
/// and methods; results (SMART checks, rankings, evaluations) are plain tables,
/// so scripts can iterate, change and print them like any Lua data.
public enum SmkitModule {
    /// The host API level plugins and scripts can test (`smkit.api_level`).
    public static let apiLevel = 1
    /// The version of smkit.
    public static let version = "0.1.0"

    /// Builds the module table in `lua` and makes `require "smkit"` return it.
    ///
    /// - Parameters:
    ///   - global: also set a global `smkit` (the REPL does).
    ///   - forPlugins: leave out what plugins may not do (read files, change the shared language).
    @discardableResult
    public static func install(in lua: LuaState, context: SmkitContext, global: Bool = false, forPlugins: Bool = false)
        throws -> LuaTable
    {
        let module = lua.newTable()
        module.rawSet("version", .string(LuaString(version)))
        module.rawSet("api_level", .integer(Int64(apiLevel)))

        let pluginSafe: Set<String> = ["language", "platforms", "platform", "benefits"]
        func add(_ name: String, _ body: @escaping LuaHostFunction) {
            if forPlugins, !pluginSafe.contains(name) { return }
            module.rawSet(name, .function(lua.function(name: "smkit." + name, body)))
        }

        add("language") { call in
            call.push(context.language.rawValue)
            return 1
        }
        add("set_language") { call in
            let code = try call.string(1)
            guard let language = Language(rawValue: code) else {
                throw call.argumentError(1, "language must be \"de\" or \"en\", not \"\(code)\"")
            }
            context.language = language
            return 0
        }
        add("platforms") { call in
            try call.push(try encoder.encode(context.platforms.platforms))
            return 1
        }
        add("platform") { call in
            let id = try call.string(1)
            guard let platform = context.platforms[id] else { return 0 }
            try call.push(try encoder.encode(platform))
            return 1
        }
        add("benefits") { call in
            try call.push(try encoder.encode(BenefitCatalog.standard.benefits))
            return 1
        }
        add("load_workspace") { call in
            let path = try call.string(1)
            do {
                let workspace = try Workspace.load(directory: URL(fileURLWithPath: path),
                                                   platforms: context.platforms(workspace: path))
                call.push(object: workspace)
                return 1
            } catch let error as DiagnosticError {
                throw LuaHostError("cannot load workspace \(path):\n\(error.description)")
            }
        }
        add("workspace") { call in
            // A workspace built from a table, e.g. a changed copy of ws:totable() for what-if analyses.
            // Strict: keys the workspace does not read and unknown platforms are errors naming the field.
            let workspace = try call.decode(Workspace.self, 1)
            let problems = WorkspaceTableCheck.problems(in: try call.table(1).detached(), decoded: workspace,
                                                        platforms: context.platformIDs(for: workspace))
            if !problems.isEmpty { throw call.argumentError(1, problems.joined(separator: "\n")) }
            call.push(object: workspace)
            return 1
        }
        // The plugin API (smkit.plugin, smkit.text.*) too, so scripts can use the text helpers
        // and `smkit run --profile plugin` can run a plugin's file as the loader would.
        _ = try PluginAPI.install(in: lua, module: module) { _, _ in (nil, "not found (scripts have no plugin folder)") }
        try installLocalizedText(in: lua, module: module, context: context)
        if !forPlugins {
            registerWorkspaceType(in: lua, context: context)
            installBenchmark(in: lua, module: module, context: context, add: add)
            installGuidelines(in: lua, context: context, add: add)
            installChecks(in: lua, context: context, add: add)
        }
        lua.globals.rawGet("package").tableValue?.rawGet("loaded").tableValue?.rawSet("smkit", .table(module))
        if global { lua[global: "smkit"] = .table(module) }
        return module
    }

    /// `smkit.text(t)`: the text helpers' table is also callable and picks a localized
    /// text `{de = ..., en = ...}` (or a plain string) in the current language.
    static func installLocalizedText(in lua: LuaState, module: LuaTable, context: SmkitContext) throws {
        guard case .table(let text) = module.rawGet("text") else { return }
        let pick = lua.function(name: "smkit.text") { call in
            switch call.argument(2) {
            case .string(let s): call.push(LuaValue.string(s))
            case .table(let t):
                let preferred = t.rawGet(context.language.rawValue)
                call.push(preferred.isNil ? t.rawGet(context.language == .de ? "en" : "de") : preferred)
            default: throw call.typeError(1, expected: "table or string")
            }
            return 1
        }
        let meta = lua.newTable()
        meta.rawSet("__call", .function(pick))
        _ = try lua.call(lua.globals.rawGet("setmetatable").isNil ? .nil : lua.globals.rawGet("setmetatable"), [.table(text), .table(meta)])
    }

    static let encoder = LuaDataEncoder()
    static let decoder = LuaDataDecoder()
}
