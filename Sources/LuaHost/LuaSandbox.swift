import CLua

/// Builds the plugin profile inside a fresh state (DESIGN.md §2, lua-hosts.md §4).
///
/// The bootstrap is `Lua/sandbox.lua`, embedded into the binary at build time, so an
/// installed smkit needs no resource files beside it and luacheck lints the Lua as Lua.
enum LuaSandbox {
    /// The chunk name errors and tracebacks show for the bootstrap's functions.
    static let chunkName = "=sandbox.lua"

    static func install(in core: LuaStateCore) throws(LuaError) {
        let chunk = try core.load(bootstrap, chunkName: chunkName, mode: "t", environment: nil)
        let results = try core.call(.function(chunk), [])
        guard results.count == 3, case .table(let base) = results[0], case .function(let freeze) = results[1],
            case .function(let newEnvironment) = results[2]
        else { throw LuaError(kind: .runtime, message: "sandbox bootstrap returned the wrong values") }
        core.sandbox = (base, freeze, newEnvironment)
    }

    /// Runs once with the full library; afterwards the real globals are emptied,
    /// so only the base (through read-only proxies) is left to plugin code.
    static var bootstrap: [UInt8] { PackageResources.sandbox_lua }
}
