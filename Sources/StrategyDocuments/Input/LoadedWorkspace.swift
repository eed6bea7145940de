public import Foundation
public import StrategyKit

/// A workspace loaded together with the platform registry it was checked against.
///
/// The commands that write documents all start the same way: find the plugin folder, load
/// its platforms, load the workspace against them. Errors come back as one
/// ``DiagnosticError`` with `file:line:column` positions.
public struct LoadedWorkspace: Sendable {
    /// The workspace.
    public var workspace: Workspace
    /// The platforms it was checked against.
    public var platforms: PlatformRegistry
    /// The folder the platforms were read from.
    public var platformDirectory: URL

    /// Loads the platforms from the located plugin folder, then the workspace.
    public static func load(workspace path: String,
                            environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(DiagnosticError) -> LoadedWorkspace {
        guard let directory = PluginDirectoryLocator.locate(environment: environment) else {
            throw DiagnosticError([Diagnostic(file: "Plugins", line: 1, column: 1, code: .io, message: LocalizedText(
                de: "Kein Plugin-Ordner mit Plattformdaten gefunden; \(PluginDirectoryLocator.environmentVariable) setzen",
                en: "no plugin folder with platform data found; set \(PluginDirectoryLocator.environmentVariable)"))])
        }
        // An empty folder would silently rank nothing; say so instead.
        guard PluginDirectoryLocator.holdsPlatforms(directory) else {
            throw DiagnosticError([Diagnostic(file: directory.path, line: 1, column: 1, code: .io, message: LocalizedText(
                de: "keine Plattformdaten (*/platform.yaml) in diesem Ordner",
                en: "no platform data (*/platform.yaml) in this folder"))])
        }
        let platforms = try PlatformCatalogLoader.loadRegistry(directory: directory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticError([Diagnostic(file: path, line: 1, column: 1, code: .io, message: LocalizedText(
                de: "kein Workspace-Ordner (erwartet wird ein Ordner mit \(Workspace.strategyFileName))",
                en: "not a workspace folder (expected a folder with \(Workspace.strategyFileName))"))])
        }
        let workspace = try Workspace.load(directory: URL(fileURLWithPath: path), platforms: platforms)
        return LoadedWorkspace(workspace: workspace, platforms: platforms, platformDirectory: directory)
    }

    /// The inputs statement for documents made from this workspace.
    public func inputs(language: Language) -> ReportInputs {
        ReportInputs.of(workspace, platforms: platforms, platformDirectory: platformDirectory.path, language: language)
    }
}
