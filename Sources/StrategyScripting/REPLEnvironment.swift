import Foundation
public import LuaHost
public import StrategyKit

/// What the REPL binary needs from the strategy side: states with the `smkit` module
/// as a global, the plugins, a workspace as the global `ws`, documentation and the
/// field names of host types for completion. Kept here so `smkit-repl` stays thin.
public final class REPLEnvironment {
    public private(set) var context: SmkitContext
    /// The workspace folder the REPL has loaded, kept for `.reload`.
    public private(set) var workspacePath: String?
    public let loadPlugins: Bool
    /// The platform data could not be read (shown in the banner; the REPL still starts).
    public private(set) var startupProblem: String?

    public init(language: Language, loadPlugins: Bool) {
        self.loadPlugins = loadPlugins
        context = SmkitContext(language: language, loadPlugins: loadPlugins)
        // The plugins load now, so the banner can say what failed and `smkit.platforms()` lists
        // every plugin's platforms.
        _ = context.platforms
        startupProblem = context.runProblem
    }

    /// A trusted state with the module as the global `smkit` (and `ws` when a workspace is loaded).
    public func makeState(limits: LuaLimits) throws -> LuaState {
        let lua = try LuaState(profile: .trusted, limits: limits)
        try SmkitModule.install(in: lua, context: context, global: true)
        if let workspacePath { _ = try loadWorkspace(workspacePath, into: lua) }
        return lua
    }

    /// Loads a workspace into the global `ws`; returns a one-line summary.
    public func loadWorkspace(_ path: String, into lua: LuaState) throws -> String {
        let workspace: Workspace
        do {
            workspace = try Workspace.load(directory: URL(fileURLWithPath: path), platforms: context.platforms(workspace: path))
        } catch {
            throw LuaHostError(error.formatted(in: context.language))
        }
        lua[global: "ws"] = lua.value(object: workspace)
        workspacePath = path
        let t = { (de: String, en: String) in self.context.language == .de ? de : en }
        return t("Arbeitsbereich \(workspace.organization.name) als ws geladen (\(workspace.goals.count) Ziele, \(workspace.drafts.count) Entwürfe)",
                 "Workspace \(workspace.organization.name) loaded as ws (\(workspace.goals.count) goals, \(workspace.drafts.count) drafts)")
    }

    /// The loaded plugins and the failures, from the same ``PluginRun`` scripts in this REPL use.
    public func plugins() -> (loaded: [String], failed: [String]) {
        guard loadPlugins else { return ([], []) }
        do {
            let run = try context.run(workspace: workspacePath)
            return (run.plugins.map { "\($0.id) \($0.manifest.version)" }, run.failures.map(\.description))
        } catch {
            return ([], ["plugin state: \(error)"])
        }
    }

    /// Plugins found twice, and which copy is used (not failures).
    public func pluginNotices() -> [String] {
        guard loadPlugins, let run = try? context.run(workspace: workspacePath) else { return [] }
        return run.notices.map(\.description)
    }

    /// Switches the language of domain output.
    public func setLanguage(_ code: String) throws -> String {
        guard let language = Language(rawValue: code) else { throw LuaHostError("unknown language '\(code)' (use de or en)") }
        context.language = language
        return language == .de ? "Sprache: Deutsch" : "Language: English"
    }

    /// Forgets platforms and plugins so the next state reads them again (after edits).
    public func reload() {
        let fresh = REPLEnvironment(language: context.language, loadPlugins: loadPlugins)
        context = fresh.context
        startupProblem = fresh.startupProblem
    }

    /// Documentation for `name?`.
    public static func documentation(_ name: String) -> String? { ScriptAPIReference.documentation(name) }

    /// Field names of the module's host types, for completion without running Swift.
    public static func fieldNames(_ typeName: String) -> [String] {
        ScriptAPIReference.typeFields[typeName]?.map(\.name) ?? []
    }
}
