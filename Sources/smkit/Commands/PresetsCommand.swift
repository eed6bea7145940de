import ArgumentParser
import BenchmarkKit
import StrategyKit

/// `smkit presets [ID]`: the built-in export mappings, with the sources of their column names.
struct PresetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "presets",
        abstract: "List the built-in export presets (--preset ID), or print one as a mapping file."
    )

    @Argument(help: "A preset id: print its mapping (YAML, usable as --mapping FILE.yaml after editing).")
    var id: String?

    func run() throws {
        guard let id else {
            try CommandOutput.emit(ImportMapping.presetListing(), to: nil)
            return
        }
        guard let text = ImportMapping.presetText(id) else {
            StandardError.write("smkit: \(PresetError(id: id))")
            throw ExitCode(1)
        }
        try CommandOutput.emit(text, to: nil)
    }
}
