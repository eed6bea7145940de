import ArgumentParser
import Foundation
import LuaHost
import StrategyKit
import StrategyScripting

/// `smkit plugin`: tools for plugin authors and for seeing what is installed.
struct PluginCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugin",
        abstract: "List, install, update, remove, scaffold, validate and test plugins.",
        subcommands: [List.self, Install.self, Update.self, Remove.self, New.self, Validate.self, Test.self, Lint.self]
    )

    /// `smkit plugin list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the plugins smkit finds, in load order; installed ones are checked against the lock file.")

        enum Format: String, ExpressibleByArgument { case text, json }

        @Option(help: "Workspace folder whose plugins/ folder is searched too.")
        var workspace: String?

        @Option(help: "text or json.")
        var format: Format = .text

        func run() throws {
            let listing = PluginListing(run: try PluginRun(workspace: workspace))
            try CommandOutput.emit(format == .json ? listing.json : listing.text, to: nil, failureStatus: 2)
            if !listing.failures.isEmpty || listing.lockProblem != nil { throw ExitCode(3) }
        }
    }

    /// `smkit plugin install PATH [--force]`.
    struct Install: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Install a plugin from a folder or a .tar.gz/.tgz archive into the user's plugin folder.",
            discussion: "Installs into $XDG_DATA_HOME/smkit/plugins/<id> (default ~/.local/share/smkit/plugins) and "
                + "records every file's SHA-256 in smkit-plugins.lock there. Exit 1 when refused or failed.")

        @Argument(help: "The plugin folder or archive.")
        var source: String

        @Flag(help: "Replace an installed plugin with the same id.")
        var force = false

        func run() throws {
            let installer = try PluginCommand.installer()
            let entry: PluginLockEntry
            do {
                entry = try installer.install(from: source, force: force)
            } catch {
                StandardError.write(error.message)
                throw ExitCode(1)
            }
            try CommandOutput.line("installed \(entry.id) \(entry.version) (API level \(entry.api)) into "
                                   + "\(installer.directory)/\(entry.id) from \(entry.origin); "
                                   + "\(entry.files.count) files, sha256:\(entry.digest)", failureStatus: 2)
            if let builtIn = installer.builtInFolder(of: entry.id) {
                StandardError.write("smkit: notice: \(entry.id) is also built in (\(builtIn)); the installed one is nearer "
                                    + "and is used from now on; smkit plugin remove \(entry.id) goes back to the built-in one")
            }
        }
    }

    /// `smkit plugin update ID|--all`.
    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Re-install installed plugins from the folder or archive they were installed from.")

        @Argument(help: "The plugin id.")
        var id: String?

        @Flag(help: "Update every installed plugin.")
        var all = false

        func validate() throws {
            if all == (id != nil) { throw ValidationError("give a plugin id or --all, not both") }
        }

        func run() throws {
            let installer = try PluginCommand.installer()
            var ids: [String] = id.map { [$0] } ?? []
            if all {
                do { ids = try installer.lockFile().plugins.keys.sorted() } catch {
                    StandardError.write(error.message)
                    throw ExitCode(1)
                }
            }
            var failed = false
            for id in ids {
                let entry: PluginLockEntry
                do {
                    entry = try installer.update(id: id)
                } catch {
                    StandardError.write(error.message)
                    failed = true
                    continue
                }
                try CommandOutput.line("updated \(entry.id) \(entry.version) from \(entry.origin); "
                                       + "\(entry.files.count) files, sha256:\(entry.digest)", failureStatus: 2)
            }
            if ids.isEmpty { try CommandOutput.line("no installed plugins (\(installer.directory))", failureStatus: 2) }
            if failed { throw ExitCode(1) }
        }
    }

    /// `smkit plugin remove ID`.
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove an installed plugin's folder and its entry in the lock file.")

        @Argument(help: "The plugin id.")
        var id: String

        func run() throws {
            let installer = try PluginCommand.installer()
            do {
                try installer.remove(id: id)
            } catch {
                StandardError.write(error.message)
                throw ExitCode(1)
            }
            try CommandOutput.line("removed \(id) from \(installer.directory)", failureStatus: 2)
        }
    }

    /// The installer for the user's folder; without HOME or XDG_DATA_HOME, exit 2.
    static func installer() throws -> PluginInstaller {
        guard let installer = PluginInstaller() else {
            StandardError.write("smkit: neither XDG_DATA_HOME nor HOME is set: no folder to install plugins into")
            throw ExitCode(2)
        }
        return installer
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
            if let problem = PluginValidation.apiLevelProblem(manifest) {
                StandardError.write(problem)
                throw ExitCode(1)
            }
            let (run, loaded) = try PluginRun.only(manifest)
            let host = run.host
            if let problem = PluginValidation.folderNameNotice(manifest) { StandardError.write(problem) }
            guard loaded else {
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
            for sub in ["tests", "types"] {
                if let code = Self.makeDirectories(folder + "/" + sub) {
                    StandardError.write("smkit: cannot create \(folder)/\(sub): \(String(cString: strerror(code)))")
                    throw ExitCode(1)
                }
            }
            // Each file atomically, as -o files are: a failed write leaves no half file.
            for (path, content) in files {
                try CommandOutput.emit(content, to: folder + "/" + path, force: force)
                try CommandOutput.line("created \(folder)/\(path)", failureStatus: 1)
            }
            try CommandOutput.line("next: smkit plugin test \(folder); smkit plugin lint \(folder)", failureStatus: 1)
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
