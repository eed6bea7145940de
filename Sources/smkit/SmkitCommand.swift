import ArgumentParser

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
}
