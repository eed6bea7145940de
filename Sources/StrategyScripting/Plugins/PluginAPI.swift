public import LuaHost

/// The Lua API for plugins: `smkit.api_level`, `smkit.plugin`, the plugin object's
/// `check`/`scorer`/`platform`, `report:fail` and the `smkit.text` helpers.
///
/// ``install(in:module:readSource:)`` adds these fields to a module table the caller
/// owns, so the general `smkit` module for scripts can carry them too.
public enum PluginAPI {
    /// The host API level. Plugins name the level they need in `plugin.yaml` (`api`) and in
    /// `smkit.plugin { api = ... }`; see docs/plugins.md for the compatibility promise.
    public static let apiLevel = 1

    /// The findings one plugin may report on one subject. The Lua side counts the rest
    /// without keeping them, and the host adds one failure saying how many were dropped.
    public static let findingsLimit = 200

    /// The bytes one plugin may `print` into its log in one host; then one line says it was cut.
    public static let logLimit = 64 << 10

    /// Adds the plugin API to `module` and returns the host's private controls.
    ///
    /// - Parameter readSource: gives the text and path of module `name` of plugin `id`
    ///   for the plugin-local `require`, or `nil` and why not (the whole reason, e.g.
    ///   `not found (no file …)` or `…: refused: …`).
    public static func install(
        in lua: LuaState, module: LuaTable,
        readSource: @escaping (_ id: String, _ name: String) -> (source: String?, path: String)
    ) throws(LuaError) -> PluginAPIControls {
        let environment = try lua.newEnvironment()
        let chunk = try lua.load(bytes: prelude, chunkName: preludeChunkName, environment: environment)
        let reader = lua.function(name: "read_source") { call in
            let (source, path) = readSource(try call.string(1), try call.string(2))
            if let source { call.push(source) } else { call.pushNil() }
            call.push(path)
            return 2
        }
        let limits = lua.newTable()
        limits.rawSet("findings", .integer(Int64(findingsLimit)))
        limits.rawSet("log_bytes", .integer(Int64(logLimit)))
        limits.rawSet("set_owner", .function(lua.ownerSwitch()))
        let natives = textNatives(in: lua)
        natives.rawSet("subject_fields", .table(subjectFieldTable(in: lua)))
        natives.rawSet("terms_items", .table(termsItemTable(in: lua)))
        natives.rawSet("terms_item_suggestion", .function(termsItemSuggestion(in: lua)))
        let results = try chunk.call(.integer(Int64(apiLevel)), .function(reader), .table(module), .table(limits),
                                     .table(natives))
        guard let table = results.first?.tableValue else {
            throw LuaError(kind: .runtime, message: "smkit.plugin-api: the prelude returned no controls")
        }
        return try PluginAPIControls(table)
    }
}
