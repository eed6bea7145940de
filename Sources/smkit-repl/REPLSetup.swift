import LuaREPL
import StrategyKit
import StrategyScripting

/// The REPL's configuration for this binary: the `smkit` module, the plugins and
/// workspaces from StrategyScripting's `REPLEnvironment`.
enum REPLSetup {
    static func configuration(options: REPLOptions, version: String, environment: REPLEnvironment) -> REPLConfiguration {
        REPLConfiguration(
            makeState: { try environment.makeState(limits: REPLConfiguration.interruptibleLimits) },
            banner: { session in
                let lua = session.lua[global: "_VERSION"].stringValue ?? "Lua"
                var lines = ["smkit-repl \(version) with \(lua). Type .help for commands, smkit.<Tab> to explore, Ctrl-D to exit."]
                lines.append("Platforms: \(environment.context.platforms.ids.joined(separator: ", "))")
                if let problem = environment.startupProblem { lines.append("Platform data failed: \(problem)") }
                if environment.loadPlugins {
                    let (loaded, failed) = environment.plugins()
                    lines.append("Plugins: \(loaded.count) loaded" + (failed.isEmpty ? "" : ", \(failed.count) failed (.plugins shows why)"))
                } else {
                    lines.append("Plugins: off (--no-plugins)")
                }
                return lines.joined(separator: "\n")
            },
            documentation: { name, _ in REPLEnvironment.documentation(name) },
            fieldNames: REPLEnvironment.fieldNames,
            plugins: { _ in
                guard environment.loadPlugins else { return "Plugins are off (--no-plugins)." }
                let (loaded, failed) = environment.plugins()
                var lines = ["Loaded (\(loaded.count)): " + loaded.joined(separator: ", ")]
                if failed.isEmpty { lines.append("Failed: none") } else { lines.append("Failed:"); lines += failed.map { "  " + $0 } }
                let notices = environment.pluginNotices()
                if !notices.isEmpty { lines.append("Notices:"); lines += notices.map { "  " + $0 } }
                return lines.joined(separator: "\n")
            },
            reload: { session in
                environment.reload()
                try session.replaceState()
                return "Reloaded platforms, plugins" + (environment.workspacePath.map { " and workspace \($0)" } ?? "") + "."
            },
            workspace: { path, session in try environment.loadWorkspace(path, into: session.lua) },
            // The module reads the same context, so smkit.language() follows at once.
            language: { code, _ in try environment.setLanguage(code) }
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
