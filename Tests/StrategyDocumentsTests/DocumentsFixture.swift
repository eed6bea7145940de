import Foundation
import StrategyDocuments
import StrategyKit

/// Shared fixtures: the package's example workspaces and platform data, loaded for real.
enum DocumentsFixture {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let examples = ["baeckerei-sonnenschein", "kessler-industrietechnik"]

    static var pluginDirectory: URL { packageRoot.appendingPathComponent("Plugins") }

    static let generatedOn = CalendarDate(year: 2026, month: 11, day: 22)!

    /// Loads an example workspace against the shipped platforms.
    static func load(_ example: String) throws -> (Workspace, PlatformRegistry) {
        let registry = try PlatformCatalogLoader.loadRegistry(directory: pluginDirectory)
        let workspace = try Workspace.load(directory: exampleURL(example), platforms: registry)
        return (workspace, registry)
    }

    static func exampleURL(_ example: String) -> URL {
        packageRoot.appendingPathComponent("Examples").appendingPathComponent(example)
    }

    /// The report of an example.
    static func report(_ example: String, extraSections: [ReportSection] = []) throws -> StrategyReport {
        let (workspace, registry) = try load(example)
        return StrategyReport(workspace: workspace, platforms: registry, generatedOn: generatedOn,
                              inputs: ReportInputs.of(workspace, platforms: registry,
                                                      platformDirectory: pluginDirectory.path),
                              extraSections: extraSections)
    }

    /// A fresh empty directory under the system's temporary folder.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("smkit-docs-tests-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A copy of an example workspace in a temporary directory, to add templates or break files.
    static func copyOfExample(_ example: String) throws -> URL {
        let target = try temporaryDirectory().appendingPathComponent(example)
        try FileManager.default.copyItem(at: exampleURL(example), to: target)
        return target
    }

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}
