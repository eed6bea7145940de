import LuaREPL

/// The REPL's configuration for this binary.
///
/// Until StrategyScripting provides the `smkit` module and the plugin
/// loader, this is LuaREPL's default: a trusted state with a minimal `smkit`
/// table. The wiring of the real module belongs here.
enum REPLSetup {
    static func configuration(options: REPLOptions, version: String) -> REPLConfiguration {
        REPLConfiguration(
            banner: { session in
                let lua = session.lua[global: "_VERSION"].stringValue ?? "Lua"
                var lines = ["smkit-repl \(version) with \(lua). Type .help for commands, Ctrl-D to exit."]
                lines.append(options.loadPlugins ? "Plugins: none (plugin loading is not wired in yet)" : "Plugins: off (--no-plugins)")
                return lines.joined(separator: "\n")
            }
        )
    }

    /// Applies `--lang` and `--workspace`; returns what went wrong, without stopping.
    static func applyStartOptions(_ options: REPLOptions, to session: REPLSession) -> [String] {
        var notes: [String] = []
        if let language = options.language {
            do { _ = try session.configuration.language(language, session) } catch {
                notes.append("--lang: \(error)")
            }
        }
        if let workspace = options.workspace {
            do { notes.append(try session.configuration.workspace(workspace, session)) } catch {
                notes.append("--workspace \(workspace): \(error)")
            }
        }
        return notes
    }
}
