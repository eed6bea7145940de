import ArgumentParser
import StrategyDocuments
import StrategyKit
import StrategyScripting

extension PluginRun {
    /// The plugin run for a command on a workspace, with the workspace loaded against its
    /// platforms: notices and failures of the plugins and the workspace's warnings go to standard
    /// error; a workspace that cannot be loaded ends the command with exit status 1.
    static func loadForCommand(_ path: String, language: Language) throws -> (run: PluginRun, loaded: LoadedWorkspace) {
        let run: PluginRun
        do {
            run = try PluginRun(workspace: path)
        } catch {
            StandardError.write("smkit: cannot create the plugin state: \(error)")
            throw ExitCode(1)
        }
        for notice in run.notices { StandardError.write("smkit: notice: \(notice)") }
        for failure in run.failures { StandardError.write("smkit: \(failure)") }
        let loaded: LoadedWorkspace
        do {
            loaded = try run.loadWorkspace(path)
        } catch {
            StandardError.write(error.formatted(in: language))
            throw ExitCode(1)
        }
        for warning in loaded.workspace.warnings { StandardError.write(warning.formatted(in: language)) }
        return (run, loaded)
    }
}
