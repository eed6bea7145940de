public import ArgumentParser
import Foundation
import LuaHost
public import StrategyKit
public import StrategyScripting

/// `smkit check`: contest and post files against every loaded plugin's rules.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check contest and post drafts against platform rules and German law.",
        discussion: """
            Each FILE is a YAML file with 'kind: contest' or 'kind: post' (see Examples/contests).
            Plugins come from the built-in Plugins/ folder, the workspace's plugins/, \
            $XDG_CONFIG_HOME/smkit/plugins and SMKIT_PLUGIN_PATH (see docs/plugins.md).

            Exit status: 0 no error findings; 1 at least one finding of severity error; \
            2 an input file could not be read; 3 a plugin itself failed (its failure is reported, \
            the other plugins' findings are still printed).

            Not legal advice.
            """
    )

    @Argument(help: "Contest or post files (YAML).")
    var files: [String]

    @Option(name: .customLong("platform"), help: "Check for this platform instead of the file's own (repeatable).")
    var platforms: [String] = []

    @Option(help: "Output format: text, json or markdown.")
    var format: CheckOutputFormat = .text

    @Option(name: .customLong("lang"), help: "Language of messages: de or en.")
    var language: Language = .de

    @Option(help: "Workspace folder whose plugins/ folder is searched too.")
    var workspace: String?

    func run() throws {
        let paths = PluginDiscovery.searchPaths(workspace: workspace)
        let (found, discoveryFailures) = PluginDiscovery.discover(paths)
        let host: PluginHost
        do {
            host = try PluginHost()
        } catch {
            StandardError.write("smkit: cannot create the plugin state: \(error)")
            throw ExitCode(3)
        }
        host.load(found)
        var result = CheckResult(failures: discoveryFailures + host.loadFailures)
        let known = Array(Set(host.platforms.ids + Workspace.builtInPlatformIDs)).sorted()
        for platform in platforms where !known.contains(platform) {
            throw ValidationError("unknown platform '\(platform)'; known: \(known.joined(separator: ", "))")
        }
        var inputErrors = false
        for file in files {
            do {
                let document = try CheckDocumentLoader.load(path: file, knownPlatforms: known)
                result.append(host.check(document, platforms: platforms.isEmpty ? nil : platforms))
            } catch {
                StandardError.write(error.formatted(in: language))
                inputErrors = true
            }
        }
        let colour = format == .text && isatty(1) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let formatter = CheckReportFormatter(language: language, colour: colour)
        print(formatter.render(result, format: format, files: files), terminator: "")
        for failure in result.failures where format != .text { StandardError.write("smkit: \(failure)") }
        if !result.failures.isEmpty { throw ExitCode(3) }
        if inputErrors { throw ExitCode(2) }
        if result.hasErrors { throw ExitCode(1) }
    }
}

extension CheckOutputFormat: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
