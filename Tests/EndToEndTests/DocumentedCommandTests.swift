import Foundation
import Testing

/// Every command line in the fenced blocks of README.md and docs/*.md runs with the built
/// binaries and exits as documented. What counts as a command line, how a doc marks the exit
/// status it expects (`# exit 1`) and which lines are a synopsis (skipped, counted) is described
/// on `DocumentedCommand`.
///
/// Each fenced block runs in a fresh folder holding copies of Examples/, Scripts/, Plugins/ and
/// Tests/EndToEndTests/Fixtures/, with HOME and the XDG folders inside it, so `-o FILE` lands
/// there and nothing of the user's is read or written; the commands of one block run in order
/// (`plugin new` before `plugin test`). `smkit rules freshness` fetches the sources of the rules:
/// it runs against the local freshness server, with a built-in plugin set whose sources are
/// pages of that server.
@Suite("Documented command lines", .timeLimit(.minutes(10)))
struct DocumentedCommandTests {
    static let root = BuiltBinary.packageRoot

    /// Fewer runnable lines than this means the extraction broke (or docs lost their examples).
    static let minimumRunnable = 40

    static func commands() throws -> [DocumentedCommand] {
        try DocumentedCommand.documentFiles(root: root).flatMap { file in
            DocumentedCommand.extract(from: try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8),
                                      file: file)
        }
    }

    @Test(arguments: try DocumentedCommand.documentFiles(root: BuiltBinary.packageRoot))
    func everyCommandLineRuns(file: String) throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent(file), encoding: .utf8)
        let commands = DocumentedCommand.extract(from: text, file: file)
        let runnable = commands.filter(\.isRunnable)
        var server: FreshnessServer?
        defer { server?.stop() }
        for block in Dictionary(grouping: runnable, by: \.block).sorted(by: { $0.key < $1.key }) {
            let folder = try TemporaryDirectory()
            try Self.prepare(folder.url)
            for command in block.value {
                var environment = Self.environment(folder.url)
                if command.toolArguments.starts(with: ["rules", "freshness"]) {
                    if server == nil { server = try FreshnessServer() }
                    environment["SMKIT_PLUGINS_DIR"] = try Self.freshnessPlugins(server!, in: folder.url).path
                }
                let result = try BuiltBinary.smkit.run([], environment: environment, directory: folder.url,
                                                       launcher: ["/bin/sh", "-c", command.command])
                if result.status != command.expectedStatus {
                    Issue.record("""
                        \(command.file):\(command.line): `\(command.command)` exited \(result.status), \
                        expected \(command.expectedStatus) (mark another status with `# exit N`)
                        stderr: \(Self.head(result.stderr))
                        stdout: \(Self.head(result.stdout))
                        """)
                }
            }
        }
        print("\(file): ran \(runnable.count) command line(s), skipped \(commands.count - runnable.count) synopsis line(s)")
    }

    @Test func theDocsHaveEnoughRunnableLinesAndEverySubcommandHasOne() throws {
        let commands = try Self.commands()
        let runnable = commands.filter(\.isRunnable)
        print("documented command lines: \(runnable.count) runnable, \(commands.count - runnable.count) synopsis lines skipped")
        for skipped in commands where !skipped.isRunnable {
            print("  skipped \(skipped.file):\(skipped.line): \(skipped.synopsisReason ?? "")")
        }
        #expect(runnable.count >= Self.minimumRunnable,
                "only \(runnable.count) runnable command lines found in README.md and docs/*.md; expected at least \(Self.minimumRunnable)")

        let help = try BuiltBinary.smkit.run(["--help"])
        let subcommands = Self.subcommands(inHelp: help.stdout)
        #expect(subcommands.count >= 10, "no subcommands found in smkit --help:\n\(help.stdout)")
        let used = Set(runnable.compactMap { $0.command.contains("smkit-repl") ? "repl" : $0.toolArguments.first })
        for subcommand in subcommands where !used.contains(subcommand) {
            Issue.record("no runnable example of `smkit \(subcommand)` in README.md or docs/*.md")
        }
    }

    @Test func theExtractionKnowsCommandsSynopsesPromptsPipesAndExitMarks() {
        let text = """
            Some prose with `smkit report X` inline, which is not in a block.

            ```
            smkit report WORKSPACE [--scorer ID]... [--lang de|en]
            smkit terms CONTEST.yaml
            smkit --version | --help
            smkit check Examples/contests/broken.yaml   # exit 1: an error finding
            smkit benchmark data.csv --organization "ACME" \\
                --metric followers
            smkit = BenchmarkKit import (a table heading, not a command)
            smkit: cannot write to standard output
            ```

            ~~~sh
            $ echo 'ws.name' | smkit-repl --workspace Examples/baeckerei-sonnenschein
            "Bäckerei Sonnenschein"
            $ SOURCE_DATE_EPOCH=0 smkit types -o types.lua
            $ python3 run.py
            ~~~
            """
        let found = DocumentedCommand.extract(from: text, file: "x.md")
        #expect(found.map(\.line) == [4, 5, 6, 7, 8, 15, 17])
        #expect(found.map(\.block) == [1, 1, 1, 1, 1, 2, 2])
        #expect(found.map(\.isRunnable) == [false, false, false, true, true, true, true])
        #expect(found[0].synopsisReason == "placeholder 'WORKSPACE'")
        #expect(found[1].synopsisReason == "placeholder 'CONTEST.yaml'")
        #expect(found[2].synopsisReason == "alternatives '|'")
        #expect(found[3].expectedStatus == 1)
        #expect(found[4].command == #"smkit benchmark data.csv --organization "ACME" --metric followers"#)
        #expect(found[4].expectedStatus == 0)
        #expect(found[5].command == "echo 'ws.name' | smkit-repl --workspace Examples/baeckerei-sonnenschein")
        #expect(found[6].toolArguments == ["types", "-o", "types.lua"])
    }

    // MARK: the folder a block runs in

    /// Copies what documented commands refer to into `folder`.
    static func prepare(_ folder: URL) throws {
        for path in ["Examples", "Scripts", "Plugins", "Tests/EndToEndTests/Fixtures"] {
            let target = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: root.appendingPathComponent(path), to: target)
        }
    }

    /// The built binaries first on PATH; the built-in plugins of this tree; home and XDG
    /// folders inside the block's folder; no plugins from the environment of whoever runs this.
    static func environment(_ folder: URL) -> [String: String] {
        let home = folder.appendingPathComponent(".home").path
        return [
            "PATH": BuiltBinary.productsDirectory.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
            "SMKIT_PLUGINS_DIR": root.appendingPathComponent("Plugins").path, "SMKIT_PLUGIN_PATH": "",
            "HOME": home, "XDG_CONFIG_HOME": home + "/config", "XDG_DATA_HOME": home + "/data",
            "XDG_STATE_HOME": home + "/state",
        ]
    }

    /// A built-in plugin set with one plugin whose rules quote pages of the local server,
    /// all of which say what the rules quote.
    static func freshnessPlugins(_ server: FreshnessServer, in folder: URL) throws -> URL {
        let target = folder.appendingPathComponent(".freshness-plugins")
        if FileManager.default.fileExists(atPath: target.path) { return target }
        let both = try RulesFreshnessEndToEndTests.plugins(server)
        defer { try? FileManager.default.removeItem(at: both) }
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: both.appendingPathComponent("e2e-fresh"), to: target.appendingPathComponent("e2e-fresh"))
        return target
    }

    /// The subcommand names of `smkit --help`.
    static func subcommands(inHelp help: String) -> [String] {
        guard let section = help.range(of: "SUBCOMMANDS:") else { return [] }
        // A name at two spaces; wrapped help text is indented further.
        return help[section.upperBound...].split(separator: "\n").prefix { $0.hasPrefix("  ") }
            .compactMap { $0.firstMatch(of: /^  ([a-z][a-z-]*)( |$)/).map { String($0.1) } }
            .filter { $0 != "help" }
    }

    static func head(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.prefix(15).joined(separator: "\n") + (lines.count > 15 ? "\n…" : "")
    }
}
