public import LuaHost
public import StrategyDocuments
public import StrategyKit

/// Runs a user's Lua script over a generated document before it is rendered.
///
/// The script sees the globals `document` (a `smkit.Guidelines`) and `workspace`,
/// and `require "smkit"`; what it changes in `document` is what gets rendered.
public enum DocumentScript {
    public static func apply(path: String, to document: GuidelinesDocument, workspace: Workspace,
                             context: SmkitContext) throws -> GuidelinesDocument {
        let lua = try LuaState(profile: .trusted)
        try SmkitModule.install(in: lua, context: context)
        let handle = GuidelinesHandle(document)
        lua[global: "document"] = lua.value(object: handle)
        lua[global: "workspace"] = lua.value(object: workspace)
        try lua.runFile(path)
        return handle.document
    }
}
