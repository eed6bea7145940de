import Foundation

/// Runs the built `smkit` binary for the report and guidelines end-to-end tests.
///
/// The binary lies next to the test bundle (`.build/<config>/smkit`), as SwiftPM builds the
/// executables a test target depends on into the same folder.
enum DocumentsE2E {
    typealias Result = BuiltBinary.Result

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func example(_ name: String) -> String {
        packageRoot.appendingPathComponent("Examples").appendingPathComponent(name).path
    }

    /// Runs `smkit` with arguments; `environment` entries are added to the inherited ones.
    static func run(_ arguments: [String], environment: [String: String] = [:],
                    currentDirectory: URL? = nil) throws -> Result {
        var env = ["SOURCE_DATE_EPOCH": "1795305600"]  // 2026-11-22, so documents are reproducible
        for (key, value) in environment { env[key] = value }
        return try BuiltBinary.smkit.run(arguments, environment: env, directory: currentDirectory ?? packageRoot)
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
