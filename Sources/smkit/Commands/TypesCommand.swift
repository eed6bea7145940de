import ArgumentParser
import Foundation
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
        let text = LuaTypesGenerator.definitions()
        guard let output else {
            print(text, terminator: "")
            return
        }
        if !force && FileManager.default.fileExists(atPath: output) {
            StandardError.write("smkit: \(output) exists; use --force to overwrite it")
            throw ExitCode(1)
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
    }
}
