import ArgumentParser
import StrategyDocuments
import StrategyKit

extension LoadedWorkspace {
    /// Loads a workspace for a command: problems go to standard error as
    /// `file:line:column: ...` and end the command with exit status 1; warnings are shown.
    static func loadForCommand(_ path: String, language: Language) throws -> LoadedWorkspace {
        let loaded: LoadedWorkspace
        do {
            loaded = try LoadedWorkspace.load(workspace: path)
        } catch {
            StandardError.write(error.formatted(in: language))
            throw ExitCode(1)
        }
        for warning in loaded.workspace.warnings { StandardError.write(warning.formatted(in: language)) }
        return loaded
    }
}
