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
            RunCommand.self, ReportCommand.self, CheckCommand.self, BenchmarkCommand.self, GuidelinesCommand.self, TermsCommand.self,
            PluginCommand.self, TypesCommand.self, ReplCommand.self,
        ]
    )

    /// Runs the command line, with standard output checked once more at exit (for `--help`
    /// and for Lua's own `print` and `io.write` in `smkit run`).
    static func main() {
        StandardOutput.installExitCheck()
        main(nil)
    }
}
