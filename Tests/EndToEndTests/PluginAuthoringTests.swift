import Foundation
import Testing

/// A plugin written outside the repository, from an empty home directory: the scaffold's
/// tests pass, its `.luacheckrc` and `smkit plugin lint` flag what the sandbox lacks.
@Suite("Plugin authoring outside the repository", .timeLimit(.minutes(2)))
struct PluginAuthoringTests {
    /// A fresh empty HOME (and XDG folders in it), a scaffold `threads-rules` inside it.
    static func scaffold() throws -> (home: URL, plugin: URL, environment: [String: String]) {
        let home = PluginE2E.temporaryDirectory()
        let environment = ["HOME": home.path, "XDG_CONFIG_HOME": home.path + "/.config", "XDG_DATA_HOME": home.path + "/.local/share"]
        let created = try PluginE2E.run(["plugin", "new", "threads-rules"], in: home, environment: environment)
        #expect(created.status == 0, "\(created.stderr)")
        return (home, home.appendingPathComponent("threads-rules"), environment)
    }

    static var luacheckInstalled: Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/luacheck") }
    }

    /// Adds lines before `return plugin` in the scaffold's init.lua.
    static func insert(_ lines: String, into plugin: URL) throws {
        let file = plugin.appendingPathComponent("init.lua")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "\nreturn plugin\n", with: "\n\(lines)\nreturn plugin\n")
            .write(to: file, atomically: true, encoding: .utf8)
    }

    @Test func theScaffoldHasEverythingAnAuthorNeedsAndItsTestPasses() throws {
        let (home, plugin, environment) = try Self.scaffold()
        for file in ["plugin.yaml", "init.lua", "tests/cases.yaml", ".luarc.json", ".luacheckrc", "types/smkit.d.lua", "README.md"] {
            #expect(FileManager.default.fileExists(atPath: plugin.appendingPathComponent(file).path), "\(file) missing")
        }
        let luarc = try String(contentsOf: plugin.appendingPathComponent(".luarc.json"), encoding: .utf8)
        #expect(luarc.contains("\"workspace.library\": [\"types\"]"))
        let types = try PluginE2E.run(["types"], in: home, environment: environment)
        #expect(try String(contentsOf: plugin.appendingPathComponent("types/smkit.d.lua"), encoding: .utf8) == types.stdout)
        let tested = try PluginE2E.run(["plugin", "test", plugin.path], in: home, environment: environment)
        #expect(tested.status == 0, "\(tested.stdout)\(tested.stderr)")
        #expect(tested.stdout.contains("2 passed, 0 failed"))
        let readme = try String(contentsOf: plugin.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("smkit plugin lint ."))
    }

    @Test func lintIsCleanOnTheScaffoldAndFlagsWhatTheSandboxLacks() throws {
        guard Self.luacheckInstalled else { return }
        let (home, plugin, environment) = try Self.scaffold()
        let clean = try PluginE2E.run(["plugin", "lint", plugin.path], in: home, environment: environment)
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        try Self.insert("local f = io.open(\"/etc/passwd\")\nprint(f, os.execute, string.dump, os.time())", into: plugin)
        let flagged = try PluginE2E.run(["plugin", "lint", plugin.path], in: home, environment: environment)
        #expect(flagged.status == 1)
        #expect(flagged.stdout.contains("accessing undefined variable 'io'"), "\(flagged.stdout)")
        #expect(flagged.stdout.contains("undefined field 'execute' of global 'os'"))
        #expect(flagged.stdout.contains("undefined field 'dump' of global 'string'"))
        // Plain `luacheck .` inside the folder reads the scaffold's .luacheckrc: the same findings.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["luacheck", "--no-color", "."]
        process.currentDirectoryURL = plugin
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(output.contains("accessing undefined variable 'io'"), "\(output)")
        #expect(!output.contains("types/smkit.d.lua"), "the generated types are not linted")
    }

    @Test func lintSaysHowToInstallLuacheckWhenItIsMissing() throws {
        let (home, plugin, environment) = try Self.scaffold()
        var without = environment
        without["PATH"] = home.path + "/no-tools"
        let output = try PluginE2E.run(["plugin", "lint", plugin.path], in: home, environment: without)
        #expect(output.status == 2)
        #expect(output.stderr.contains("apt-get install lua-check"), "\(output.stderr)")
    }
}
