import ArgumentParser
import LuaHost
import StrategyDocuments
import StrategyKit
import StrategyScripting

/// `smkit guidelines`: employee social media guidelines from a workspace's organisation profile.
struct GuidelinesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guidelines",
        abstract: "Generate employee social media guidelines for a workspace.",
        discussion: """
            The sections come from Mustache templates shipped with smkit; a workspace overrides \
            or adds sections in templates/guidelines/<lang>/<section>.mustache. Sections that do \
            not apply are left out (--verbose says why). Not legal advice.
            """
    )

    /// The output formats guidelines support.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, html
        var output: OutputFormat { OutputFormat(rawValue: rawValue)! }
    }

    @Argument(help: "The workspace folder (with strategy.yaml).")
    var workspace: String

    @Option(help: "Language: de or en.")
    var lang: ReportCommand.LanguageOption = .de

    @Option(help: "Output format: markdown or html.")
    var format: Format = .markdown

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "Replace an existing output file.")
    var force = false

    @Flag(name: .shortAndLong, help: "Report left-out sections and custom templates on standard error.")
    var verbose = false

    @Option(name: .customLong("lua"), help: "A Lua script that edits the sections (global 'document') before rendering.")
    var script: String?

    func run() throws {
        let language = lang.language
        let (run, loaded) = try PluginRun.loadForCommand(workspace, language: language)
        var document: GuidelinesDocument
        do {
            let templates = try GuidelineTemplateSet.load(language: language, workspace: workspace)
            document = try GuidelinesGenerator(templates: templates).generate(
                workspace: loaded.workspace, platforms: loaded.platforms, generatedOn: GenerationDate.today(),
                inputs: loaded.inputs(language: language))
        } catch {
            StandardError.write(error.description)
            throw ExitCode(1)
        }
        if let script {
            do {
                let context = SmkitContext(language: language, run: run, workspace: workspace)
                document = try DocumentScript.apply(path: script, to: document, workspace: loaded.workspace, context: context)
            } catch let error as LuaError {
                StandardError.write("smkit: \(error.description)")
                throw ExitCode(1)
            }
        }
        if verbose {
            for file in document.customTemplates { StandardError.write("template: \(file)") }
            for section in document.sections { StandardError.write("included: \(section.id)") }
            for entry in document.omitted { StandardError.write("left out: \(entry.id): \(entry.reason)") }
        }
        try CommandOutput.emit(document.rendered(as: format.output), to: output, force: force)
    }
}
