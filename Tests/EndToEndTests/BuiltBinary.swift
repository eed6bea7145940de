import Foundation

/// Runs the built executables (`smkit`, `smkit-repl`) as a user would.
struct BuiltBinary {
    /// The folder with the built products: the test bundle's own folder.
    static let productsDirectory: URL = {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        while url.pathComponents.count > 1 {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("smkit").path) { return url }
        }
        return URL(fileURLWithPath: ".build/debug")
    }()

    /// The package root (for Examples/, Plugins/, Scripts/).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    let name: String

    static let smkit = BuiltBinary(name: "smkit")
    static let repl = BuiltBinary(name: "smkit-repl")

    /// Runs the binary with `arguments`, optional standard input and extra environment.
    ///
    /// `stdoutPath` sends standard output to that file instead (`/dev/full` to make every
    /// write fail; `Result.stdout` is then empty). `launcher` runs the binary through another
    /// program, e.g. `["/bin/sh", "-c", "ulimit -f 1; exec \"$0\" \"$@\""]`: its path
    /// and `arguments` follow the launcher's own arguments.
    @discardableResult
    func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
             directory: URL = BuiltBinary.packageRoot, stdoutPath: String? = nil,
             launcher: [String] = []) throws -> Result {
        let process = Process()
        let executable = Self.productsDirectory.appendingPathComponent(name)
        if let program = launcher.first {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = launcher.dropFirst() + [executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        // Under AddressSanitizer: a process that ends with os.exit frees nothing, like
        // lua5.4; leaks are checked in-process by the unit tests instead.
        env["ASAN_OPTIONS"] = "detect_leaks=0"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        // Output goes to files: two pipes read one after the other can deadlock
        // when the child fills the second while the first is being drained.
        let scratch = try TemporaryDirectory()
        let outURL = scratch.url.appendingPathComponent("stdout"), errURL = scratch.url.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let input = Pipe()
        if let stdoutPath {
            guard let handle = FileHandle(forWritingAtPath: stdoutPath) else { throw CocoaError(.fileWriteNoPermission) }
            process.standardOutput = handle
        } else {
            process.standardOutput = out
        }
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}

/// A temporary folder removed when the value goes away.
final class TemporaryDirectory {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("smkit-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes a file into the folder and returns its path.
    func file(_ name: String, _ contents: String) throws -> String {
        let path = url.appendingPathComponent(name)
        try contents.write(to: path, atomically: true, encoding: .utf8)
        return path.path
    }
}
