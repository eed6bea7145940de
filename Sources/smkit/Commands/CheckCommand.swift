public import ArgumentParser
import Foundation
import LuaHost
public import StrategyKit
public import StrategyScripting
import StrategyDocuments

/// `smkit check`: contest and post files, and a workspace's presences and strategy, against
/// every loaded plugin's rules.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check contest and post drafts, and a workspace's presences and strategy, against plugin rules.",
        discussion: """
            Each FILE is a YAML file with 'kind: contest' or 'kind: post' (see Examples/contests). \
            With --workspace DIR, every presence in DIR/strategy.yaml and the strategy as a whole \
            are checked too (abandoned or auto-created pages, channels the hours cannot carry); \
            give files, a workspace, or both.
            Plugins come from the workspace's plugins/, SMKIT_PLUGIN_PATH, \
            $XDG_CONFIG_HOME/smkit/plugins, the installed plugins and the built-in Plugins/ folder; \
            the nearer one wins (see docs/plugins.md, "Where smkit finds plugins").

            Exit status: 0 no error findings; 1 at least one finding of severity error; \
            2 an input file could not be read, or the output could not be written (this one \
            comes first); 3 a plugin itself failed (its failure is reported, the other plugins' \
            findings are still printed).

            Not legal advice.
            """
    )

    @Argument(help: "Contest or post files (YAML).")
    var files: [String] = []

    @Option(name: .customLong("platform"), help: "Check files for this platform instead of the file's own (repeatable).")
    var platforms: [String] = []

    @Option(help: "Output format: text, json or markdown.")
    var format: CheckOutputFormat = .text

    @Option(name: .customLong("lang"), help: "Language of messages: de or en.")
    var language: Language = .de

    @Option(help: "Workspace folder: its presences and strategy are checked, and its plugins/ folder is searched too.")
    var workspace: String?

    @Flag(name: .shortAndLong, help: "Show what plugins printed (their logs) on standard error, each line prefixed with the plugin id.")
    var verbose = false

    func validate() throws {
        if files.isEmpty && workspace == nil {
            throw ValidationError("nothing to check: give contest or post files, --workspace DIR, or both")
        }
    }

    func run() throws {
        let run: PluginRun
        do {
            run = try PluginRun(workspace: workspace)
        } catch {
            StandardError.write("smkit: cannot create the plugin state: \(error)")
            throw ExitCode(3)
        }
        for notice in run.notices { StandardError.write("smkit: notice: \(notice)") }
        var result = CheckResult(failures: run.failures)
        let known = run.platformIDs
        for platform in platforms where !known.contains(platform) {
            let hint = StringDistance.suggestion(for: platform, among: known).map { "; did you mean '\($0)'?" } ?? ""
            throw ValidationError("unknown platform '\(platform)'\(hint); known: \(known.joined(separator: ", "))")
        }
        var inputErrors = false
        for file in files {
            do {
                let document = try CheckDocumentLoader.load(path: file, knownPlatforms: known)
                result.append(run.check(document, platforms: platforms.isEmpty ? nil : platforms))
            } catch {
                StandardError.write(error.formatted(in: language))
                inputErrors = true
            }
        }
        var checked = files
        if let workspace {
            do {
                let loaded = try run.loadWorkspace(workspace)
                for warning in loaded.workspace.warnings { StandardError.write(warning.formatted(in: language)) }
                // Findings name the folder as the user typed it, not the absolute path.
                var subject = loaded.workspace
                subject.directory = workspace
                result.append(run.check(workspace: subject))
                checked.append((workspace.hasSuffix("/") ? String(workspace.dropLast()) : workspace) + "/" + Workspace.strategyFileName)
            } catch {
                StandardError.write(error.formatted(in: language))
                inputErrors = true
            }
        }
        // Plugin output never goes to stdout, which may be JSON: their logs go to stderr on request.
        let log = run.takeLog()
        if verbose { for line in log { StandardError.write(line.description) } }
        let colour = format == .text && isatty(1) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let formatter = CheckReportFormatter(language: language, colour: colour)
        // Output that could not be written outranks findings: nobody has seen them.
        var unwritten: ExitCode?
        do { try CommandOutput.emit(formatter.render(result, format: format, files: checked), to: nil, failureStatus: 2) } catch {
            unwritten = error
        }
        for failure in result.failures where format != .text { StandardError.write("smkit: \(failure)") }
        if let unwritten { throw unwritten }
        if !result.failures.isEmpty { throw ExitCode(3) }
        if inputErrors { throw ExitCode(2) }
        if result.hasErrors { throw ExitCode(1) }
    }
}

extension CheckOutputFormat: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
