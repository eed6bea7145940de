import ArgumentParser
import StrategyScripting

/// `smkit types`: LuaCATS definitions of the plugin API for editor completion.
struct TypesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "types",
        abstract: "Write LuaCATS (---@meta) definitions of the smkit host API.",
        discussion: """
            Generated from the API registry smkit itself uses, so it matches this smkit. Point \
            lua-language-server at the file (workspace.library in .luarc.json).
            """
    )

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "Overwrite an existing output file.")
    var force = false

    func run() throws {
        try CommandOutput.emit(LuaTypesGenerator.definitions(), to: output, force: force)
    }
}
