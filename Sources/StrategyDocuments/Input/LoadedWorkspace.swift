public import Foundation
public import StrategyKit

/// A workspace loaded together with the platform registry it was checked against.
///
/// The commands that write documents all start the same way: load the plugins with their
/// platforms, load the workspace against them (StrategyScripting's `PluginRun.loadWorkspace`).
public struct LoadedWorkspace: Sendable {
    /// The workspace.
    public var workspace: Workspace
    /// The platforms it was checked against.
    public var platforms: PlatformRegistry
    /// The folder the platforms were read from.
    public var platformDirectory: URL

    /// Creates a loaded workspace (StrategyScripting's `PluginRun` loads them, with every plugin's platforms).
    public init(workspace: Workspace, platforms: PlatformRegistry, platformDirectory: URL) {
        self.workspace = workspace
        self.platforms = platforms
        self.platformDirectory = platformDirectory
    }

    /// The inputs statement for documents made from this workspace.
    public func inputs(language: Language) -> ReportInputs {
        ReportInputs.of(workspace, platforms: platforms, platformDirectory: platformDirectory.path, language: language)
    }
}
