public import ArgumentParser
import Foundation
import StrategyDocuments
import StrategyKit
public import StrategyScripting

/// `smkit rules`: every loaded rule with its sources, for review; `smkit rules freshness`
/// checks that each rule's quote is still on its source page.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every loaded rule with its sources, read date and quote; check the sources are still current.",
        discussion: """
            'smkit rules' is 'smkit rules list'. Not legal advice.
            """,
        subcommands: [List.self, Freshness.self],
        defaultSubcommand: List.self
    )

    /// `smkit rules [list]`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every loaded rule with its sources, read date and quote.",
            discussion: """
                Plugins are found as for 'smkit check': the built-in Plugins/ folder, the workspace's \
                plugins/, $XDG_CONFIG_HOME/smkit/plugins and SMKIT_PLUGIN_PATH. Rules are sorted by \
                plugin, then id. --format markdown is a review document; --format json an array of \
                objects (keys in docs/plugins.md).

                Exit status: 0 listed; 2 the output could not be written; 3 a plugin failed to load \
                (reported on standard error; the other plugins' rules are listed).

                Not legal advice.
                """
        )

        @Option(help: "Only the rules of this plugin.")
        var plugin: String?

        @Option(help: "Output format: text, json or markdown.")
        var format: RuleListFormat = .text

        @Option(name: .customLong("lang"), help: "Language of labels and summaries: de or en.")
        var language: Language = .de

        @Option(help: "Workspace folder whose plugins/ folder is searched too.")
        var workspace: String?

        @Option(name: [.short, .customLong("output")], help: "Write to FILE instead of standard output.")
        var output: String?

        @Flag(help: "Overwrite an existing output file.")
        var force = false

        func run() throws {
            let (catalog, failed) = try RulesCommand.catalog(workspace: workspace, plugin: plugin)
            let text = RuleListFormatter(language: language).render(catalog, format: format, generated: GenerationDate.today())
            try CommandOutput.emit(text, to: output, force: force, failureStatus: 2)
            if failed { throw ExitCode(3) }
        }
    }

    /// The rules of every plugin found, filtered to `plugin`; load failures go to standard
    /// error (the second value says whether there were any). An unknown `plugin` is a usage error.
    static func catalog(workspace: String?, plugin: String?) throws -> (RuleCatalog, Bool) {
        let run: PluginRun
        do {
            run = try PluginRun(workspace: workspace)
        } catch {
            StandardError.write("smkit: cannot create the plugin state: \(error)")
            throw ExitCode(3)
        }
        let host = run.host
        let failures = run.failures
        for notice in run.notices { StandardError.write("smkit: notice: \(notice)") }
        for failure in failures { StandardError.write("smkit: \(failure)") }
        do {
            return (try RuleCatalog(host: host).filtered(plugin: plugin), !failures.isEmpty)
        } catch {
            // A usage error (64), without the root command's usage line, which would not help here.
            StandardError.write("Error: \(error)")
            throw ExitCode.validationFailure
        }
    }

    /// `smkit rules freshness`.
    struct Freshness: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check that each rule's quote is still on its source page.",
            discussion: """
                Fetches every rule's source page (each URL once, a few at a time, up to 5 redirects, \
                http and https only) and reports per rule: fresh (the quote is on the page), changed \
                (the page no longer has it; with the day it was last seen), unreachable (the page \
                could not be read: HTTP status, time-out, connection, TLS, redirects, not text) or \
                no quote. The day each quote was last seen is kept in the state file, by default \
                $XDG_STATE_HOME/smkit/rules-freshness.json (~/.local/state/smkit/...).

                Exit status: 3 a plugin failed to load; else 2 a page could not be read, or the \
                state file or the output could not be read or written; else 1 a quote was not \
                found (changed); else 0. Rules without a quote do not change the status.

                Not legal advice.
                """
        )

        @Option(help: "Only the rules of this plugin.")
        var plugin: String?

        @Option(help: "Seconds one page may take, redirects included.")
        var timeout: Double = 15

        @Option(help: "The state file (default $XDG_STATE_HOME/smkit/rules-freshness.json).")
        var state: String?

        @Option(help: "Output format: text or json.")
        var format: FreshnessOutputFormat = .text

        @Option(name: .customLong("lang"), help: "Language of the report: de or en.")
        var language: Language = .de

        @Option(help: "Workspace folder whose plugins/ folder is searched too.")
        var workspace: String?

        func validate() throws {
            guard timeout > 0, timeout.isFinite else { throw ValidationError("--timeout must be a positive number of seconds") }
        }

        func run() throws {
            let (catalog, failed) = try RulesCommand.catalog(workspace: workspace, plugin: plugin)
            guard let path = state ?? FreshnessState.defaultPath() else {
                StandardError.write("smkit: no state file: set XDG_STATE_HOME or HOME, or give --state FILE")
                throw ExitCode(failed ? 3 : 2)
            }
            var memory: FreshnessState
            do {
                memory = try FreshnessState.load(path: path)
            } catch {
                StandardError.write(error.description)
                throw ExitCode(failed ? 3 : 2)
            }
            let fetcher = PageFetcher(timeout: timeout, userAgent: "smkit/\(SmkitCommand.version) (rule freshness check)")
            let report = FreshnessChecker { fetcher.fetch($0) }.run(catalog.rules, state: &memory, today: GenerationDate.today())
            var status = report.exitStatus
            do {
                try memory.write(to: path)
            } catch {
                StandardError.write(error.description)
                status = max(status, 2)
            }
            do {
                try CommandOutput.emit(FreshnessReportFormatter(language: language).render(report, format: format), to: nil,
                                       failureStatus: 2)
            } catch {
                status = max(status, 2)
            }
            if failed { status = 3 }
            if status != 0 { throw ExitCode(status) }
        }
    }
}

extension RuleListFormat: ExpressibleByArgument {}
extension FreshnessOutputFormat: ExpressibleByArgument {}
