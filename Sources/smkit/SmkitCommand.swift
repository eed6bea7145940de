import ArgumentParser
import StrategyDocuments

@main
struct SmkitCommand: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "smkit",
        abstract: "Social media strategy toolkit with embedded Lua 5.4.",
        discussion: "Output about platform rules and law is not legal advice.",
        version: version,
        subcommands: [
            RunCommand.self, ReportCommand.self, CheckCommand.self, BenchmarkCommand.self, PresetsCommand.self, KPICommand.self, GuidelinesCommand.self, TermsCommand.self,
            PluginCommand.self, RulesCommand.self, TypesCommand.self, ReplCommand.self,
        ]
    )

    /// Runs the command line, with standard output checked once more at exit (for `--help`
    /// and for Lua's own `print` and `io.write` in `smkit run`).
    static func main() {
        StandardOutput.installExitCheck()
        var arguments = Array(CommandLine.arguments.dropFirst())
        // The argument parser takes quadratic time in the number of arguments; a script's own
        // arguments (10,000 are fine for lua5.4) bypass it.
        if let split = RunCommand.scriptArgumentsStart(in: arguments) {
            RunCommand.passthrough = Array(arguments[split...])
            arguments.removeSubrange(split...)
        }
        main(arguments)
    }
}
