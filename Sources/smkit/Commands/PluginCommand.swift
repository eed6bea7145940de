import ArgumentParser
import Foundation
import LuaHost
import StrategyKit
import StrategyScripting

/// `smkit plugin`: tools for plugin authors and for seeing what is installed.
struct PluginCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugin",
        abstract: "List, scaffold, validate and test plugins.",
        subcommands: [List.self, New.self, Validate.self, Test.self]
    )

    /// `smkit plugin list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the plugins smkit finds, in load order.")

        @Option(help: "Workspace folder whose plugins/ folder is searched too.")
        var workspace: String?

        func run() throws {
            let paths = PluginDiscovery.searchPaths(workspace: workspace)
            for path in paths { try CommandOutput.line("# \(path.origin.rawValue): \(path.directory)", failureStatus: 2) }
            let (found, failures) = PluginDiscovery.discover(paths)
            let host = try PluginHost()
            host.load(found)
            for plugin in host.plugins {
                let m = plugin.manifest
                try CommandOutput.line("\(m.id)\t\(m.version)\tapi \(m.apiLevel)\t\(plugin.origin.rawValue)\t"
                                       + "\(plugin.checkIDs.count) checks\t\(plugin.scorerIDs.count) scorers\t"
                                       + "rules read \(m.rulesDate)\t\(m.directory)", failureStatus: 2)
            }
            for failure in failures + host.loadFailures { try CommandOutput.line("FAILED\t\(failure)", failureStatus: 2) }
            if !(failures + host.loadFailures).isEmpty { throw ExitCode(3) }
        }
    }

    /// `smkit plugin validate DIR`.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a plugin's manifest and API level, and that its code registers without errors.")

        @Argument(help: "The plugin folder.")
        var directory: String

        func run() throws {
            let directory = Self.trimmed(directory)
            let manifest: PluginManifest
            do {
                manifest = try PluginManifestLoader.load(directory: directory)
            } catch {
                StandardError.write(error.formatted())
                throw ExitCode(1)
            }
            if manifest.apiLevel > PluginAPI.apiLevel {
                StandardError.write("\(manifest.location(of: "api")): error: plugin '\(manifest.id)' needs smkit API level "
                                    + "\(manifest.apiLevel), this smkit provides \(PluginAPI.apiLevel)")
                throw ExitCode(1)
            }
            let host = try PluginHost()
            guard host.load(manifest) else {
                for failure in host.loadFailures { StandardError.write(failure.description) }
                throw ExitCode(1)
            }
            for failure in host.loadFailures { StandardError.write(failure.description) }
            let tests = (try? PluginTestSuite.loadAll(pluginDirectory: directory)) ?? []
            try CommandOutput.line("\(manifest.id) \(manifest.version): manifest ok (API level \(manifest.apiLevel) of "
                                   + "\(PluginAPI.apiLevel)), \(host.checks.count) checks, \(host.scorers.count) scorers, "
                                   + "\(tests.reduce(0) { $0 + $1.cases.count }) test cases", failureStatus: 2)
            if tests.isEmpty { StandardError.write("\(directory)/tests: warning: no test cases") }
            if !host.loadFailures.isEmpty { throw ExitCode(1) }
        }

        static func trimmed(_ path: String) -> String {
            var path = path
            while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
            return path
        }
    }

    /// `smkit plugin test DIR`.
    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run a plugin's own cases (tests/*.yaml) and print \"N passed, N failed\".")

        @Argument(help: "The plugin folder.")
        var directory: String

        @Flag(help: "Also list the cases that passed.")
        var verbose = false

        func run() throws {
            let report = PluginTestRunner.run(pluginDirectory: Validate.trimmed(directory))
            // What the plugin printed: while loading, then under the case it printed in.
            var lines: [String] = report.log.map { "log   \($0)" }
            for error in report.errors { StandardError.write("error: \(error)") }
            for outcome in report.outcomes {
                if outcome.passed {
                    if verbose || !outcome.log.isEmpty { lines.append("ok    \(outcome.testCase.name)") }
                } else {
                    lines.append("FAIL  \(outcome.testCase.location): \(outcome.testCase.name)")
                    for problem in outcome.problems { lines.append("      \(problem)") }
                }
                for line in outcome.log { lines.append("      log \(line)") }
            }
            for id in report.rulesWithoutTrigger { lines.append("warning: no case shows rule \(id) triggering (expect: [\(id)])") }
            for id in report.rulesWithoutNonTrigger {
                lines.append("warning: no close case shows rule \(id) staying quiet (absent: [\(id)])")
            }
            lines.append("\(report.passed) passed, \(report.failed) failed")
            // 2, not 1: 1 says a case failed.
            try CommandOutput.emit(lines.joined(separator: "\n") + "\n", to: nil, failureStatus: 2)
            if !report.succeeded { throw ExitCode(1) }
        }
    }

    /// `smkit plugin new NAME`.
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a plugin folder with a manifest, one check and passing test cases.")

        @Argument(help: "The plugin id (lower-case letters, digits and '-'); also the folder name.")
        var name: String

        @Option(help: "The folder to create the plugin in.")
        var directory: String = "."

        @Flag(help: "Overwrite files that already exist.")
        var force = false

        func run() throws {
            guard PluginManifestLoader.isValidID(name) else {
                throw ValidationError("'\(name)' is not a valid plugin id: use lower-case letters, digits and '-', starting with a letter")
            }
            let folder = Validate.trimmed(directory) + "/" + name
            let files = PluginScaffold.files(id: name, date: PluginScaffold.today())
            for (path, _) in files where !force && FileManager.default.fileExists(atPath: folder + "/" + path) {
                StandardError.write("smkit: \(folder)/\(path) exists; use --force to overwrite it")
                throw ExitCode(1)
            }
            if let code = Self.makeDirectories(folder + "/tests") {
                StandardError.write("smkit: cannot create \(folder)/tests: \(String(cString: strerror(code)))")
                throw ExitCode(1)
            }
            // Each file atomically, as -o files are: a failed write leaves no half file.
            for (path, content) in files {
                try CommandOutput.emit(content, to: folder + "/" + path, force: force)
                try CommandOutput.line("created \(folder)/\(path)", failureStatus: 1)
            }
            try CommandOutput.line("next: smkit plugin test \(folder)", failureStatus: 1)
        }

        /// Creates `path` and its missing parents (`mkdir -p`); the errno of a failure, else `nil`.
        ///
        /// By hand rather than with `FileManager`, whose errors on Linux do not say why.
        static func makeDirectories(_ path: String) -> Int32? {
            var current = path.hasPrefix("/") ? "" : "."
            for part in path.split(separator: "/") {
                current += "/" + part
                if mkdir(current, 0o777) != 0 && errno != EEXIST { return errno }
            }
            return nil
        }
    }
}
