import Foundation

/// Runs the built `smkit` binary for the report and guidelines end-to-end tests.
///
/// The binary lies next to the test bundle (`.build/<config>/smkit`), as SwiftPM builds the
/// executables a test target depends on into the same folder.
enum DocumentsE2E {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func example(_ name: String) -> String {
        packageRoot.appendingPathComponent("Examples").appendingPathComponent(name).path
    }

    /// The `smkit` executable of the current build.
    static func binary() throws -> URL {
        var directory = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("smkit")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate.path) {
                return candidate
            }
            directory = directory.deletingLastPathComponent()
        }
        struct Missing: Error, CustomStringConvertible {
            var description: String { "smkit binary not found next to \(Bundle.main.bundleURL.path)" }
        }
        throw Missing()
    }

    /// Runs `smkit` with arguments; `environment` entries are added to the inherited ones.
    static func run(_ arguments: [String], environment: [String: String] = [:],
                    currentDirectory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["SOURCE_DATE_EPOCH"] = "1795305600"  // 2026-11-22, so documents are reproducible
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a large document cannot fill the pipe and block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("smkit-e2e-docs-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func copyOfExample(_ name: String) throws -> URL {
        let target = try temporaryDirectory().appendingPathComponent(name)
        try FileManager.default.copyItem(at: URL(fileURLWithPath: example(name)), to: target)
        return target
    }
}
