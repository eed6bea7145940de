extension PluginAPI {
    /// The chunk name errors and tracebacks show for the prelude's functions.
    static let preludeChunkName = "=prelude.lua"

    /// The Lua side of the plugin API, `Lua/prelude.lua`, embedded into the binary at build time.
    ///
    /// It runs once per state in its own sandbox environment, adds the public functions to the
    /// module table it is given and returns the host's private controls (registration, running
    /// checks, the plugin logs), which stay out of reach of plugin code.
    static var prelude: [UInt8] { PackageResources.prelude_lua }

    /// Whether `chunk` (a chunk name as errors show it, without `=` or `@`) is smkit's own Lua,
    /// not a plugin's file: the sandbox bootstrap or the prelude.
    static func isHostChunk(_ chunk: String) -> Bool {
        chunk == "prelude.lua" || chunk == "sandbox.lua"
    }
}
