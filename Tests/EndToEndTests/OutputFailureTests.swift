import Foundation
import Testing

/// Every command that writes reports a failed write: to standard output (`/dev/full`) and to
/// `-o` files, with one line on standard error, a non-zero exit and nothing half-written left.
@Suite("Output failures")
struct OutputFailureTests {
    private static let noSpace = "smkit: cannot write to standard output: No space left on device"

    /// A command and the exit status it documents for output it cannot write.
    struct Case: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var status: Int32
        var testDescription: String { arguments.prefix(2).joined(separator: " ") }
    }

    static let commands: [Case] = [
        Case(arguments: ["report", "Examples/baeckerei-sonnenschein"], status: 1),
        Case(arguments: ["report", "Examples/baeckerei-sonnenschein", "--format", "json"], status: 1),
        Case(arguments: ["check", "Examples/contests/adventsverlosung.yaml"], status: 2),
        Case(arguments: ["check", "Examples/contests/instagram-post.yaml", "--format", "json"], status: 2),
        Case(arguments: ["benchmark", "Examples/baeckerei-sonnenschein/competitors.csv"], status: 1),
        Case(arguments: ["benchmark", "Examples/baeckerei-sonnenschein/competitors.csv", "--format", "json"], status: 1),
        Case(arguments: ["guidelines", "Examples/baeckerei-sonnenschein"], status: 1),
        Case(arguments: ["terms", "Examples/contests/adventsverlosung.yaml"], status: 1),
        Case(arguments: ["types"], status: 1),
        Case(arguments: ["plugin", "list"], status: 2),
        Case(arguments: ["plugin", "validate", "Plugins/facebook"], status: 2),
        Case(arguments: ["plugin", "test", "Plugins/facebook"], status: 2),
        Case(arguments: ["--help"], status: 2),
    ]

    private func smkit(_ arguments: [String], stdoutPath: String? = nil, launcher: [String] = [],
                       directory: URL = BuiltBinary.packageRoot) throws -> BuiltBinary.Result {
        let environment = [
            "SOURCE_DATE_EPOCH": "1795305600",
            "SMKIT_PLUGINS_DIR": BuiltBinary.packageRoot.appendingPathComponent("Plugins").path,
            "SMKIT_PLUGIN_PATH": "",
        ]
        return try BuiltBinary.smkit.run(arguments, environment: environment, directory: directory,
                                         stdoutPath: stdoutPath, launcher: launcher)
    }

    private func names(in directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    @Test("a full standard output is an error with one line saying so", .timeLimit(.minutes(1)), arguments: commands)
    func fullStandardOutput(_ command: Case) throws {
        let result = try smkit(command.arguments, stdoutPath: "/dev/full")
        #expect(result.status == command.status, "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").filter { $0.contains("standard output") } == [Substring(Self.noSpace)])
    }

    @Test("smkit run: Lua's print and io.write to a full standard output end non-zero", .timeLimit(.minutes(1)),
          arguments: ["print('hello') io.write('x')", "print('hello')", "print('hello') os.exit(0)", "io.write('x') os.exit(true)"])
    func runToFullStandardOutput(_ script: String) throws {
        let folder = try TemporaryDirectory()
        let file = try folder.file("out.lua", script + "\n")
        let result = try smkit(["run", file], stdoutPath: "/dev/full")
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("smkit: cannot write to standard output: "))
        // lua5.4 itself ignores these failures; output that works is unchanged.
        let fine = try smkit(["run", file])
        #expect(fine.status == 0 && fine.stdout.contains(script.contains("print") ? "hello\n" : "x"))
    }

    @Test("smkit-repl with piped input stops at a full standard output", .timeLimit(.minutes(1)),
          arguments: ["return 1+1\n", "print('x')\nreturn 2\n"])
    func replToFullStandardOutput(_ input: String) throws {
        let result = try BuiltBinary.repl.run(["--no-plugins"], stdin: input, stdoutPath: "/dev/full")
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("smkit-repl: cannot write to standard output: "))
    }

    @Test("-o with a 250-character file name writes the file and nothing else", .timeLimit(.minutes(1)))
    func longOutputName() throws {
        let folder = try TemporaryDirectory()
        let name = String(repeating: "r", count: 245) + ".html"
        let path = folder.url.appendingPathComponent(name).path
        let result = try smkit(["report", "Examples/baeckerei-sonnenschein", "--format", "html", "-o", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        #expect(try names(in: folder.url) == [name])
        // And replacing it with --force, which renames the temporary file over it.
        #expect(try smkit(["types", "-o", path, "--force"]).status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("---@meta smkit"))
        #expect(try names(in: folder.url) == [name])
    }

    /// Runs smkit with writes beyond `blocks` 512-byte blocks failing (`EFBIG`, SIGXFSZ ignored).
    private func withFileSizeLimit(_ arguments: [String]) throws -> BuiltBinary.Result {
        try smkit(arguments, launcher: ["/bin/sh", "-c", "trap '' XFSZ; ulimit -f 2; exec \"$0\" \"$@\""])
    }

    @Test("a write that fails half-way leaves no temporary file and the existing file untouched",
          .timeLimit(.minutes(1)), arguments: [
              ["report", "Examples/baeckerei-sonnenschein", "--format", "html"],
              ["guidelines", "Examples/baeckerei-sonnenschein", "--format", "html"],
              ["benchmark", "Examples/baeckerei-sonnenschein/competitors.csv", "--format", "json"],
              ["types"],
          ])
    func failedWriteLeavesNothing(_ arguments: [String]) throws {
        let folder = try TemporaryDirectory()
        let existing = try folder.file("out.html", "old\n")
        let replaced = try withFileSizeLimit(arguments + ["-o", existing, "--force"])
        #expect(replaced.status == 1)
        #expect(replaced.stderr.contains("\(existing): error: cannot write: File too large"), "\(replaced.stderr)")
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "old\n")
        let new = folder.url.appendingPathComponent("new.html").path
        let created = try withFileSizeLimit(arguments + ["-o", new])
        #expect(created.status == 1)
        #expect(try names(in: folder.url) == ["out.html"])
    }

    @Test("a directory as -o target is refused and nothing is created", .timeLimit(.minutes(1)))
    func directoryTarget() throws {
        let folder = try TemporaryDirectory()
        let target = folder.url.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        let result = try smkit(["report", "Examples/baeckerei-sonnenschein", "-o", target.path, "--force"])
        #expect(result.status == 1)
        #expect(result.stderr == "\(target.path): error: is a directory; give a file name\n")
        #expect(try names(in: folder.url) == ["reports"])
        #expect(try names(in: target).isEmpty)
    }

    @Test("plugin new reports a folder it cannot create and a file it cannot write", .timeLimit(.minutes(1)))
    func pluginNewFailures() throws {
        let folder = try TemporaryDirectory()
        let blocker = try folder.file("taken", "a file, not a folder\n")
        let blocked = try smkit(["plugin", "new", "my-rules", "--directory", blocker])
        #expect(blocked.status == 1)
        #expect(blocked.stderr.hasPrefix("smkit: cannot create \(blocker)/my-rules/tests: "), "\(blocked.stderr)")
        let full = try smkit(["plugin", "new", "my-rules", "--directory", folder.url.path], stdoutPath: "/dev/full")
        #expect(full.status == 1)
        #expect(full.stderr.hasPrefix(Self.noSpace))
    }
}
