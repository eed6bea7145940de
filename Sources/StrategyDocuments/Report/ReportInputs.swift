public import StrategyKit

/// The files and data a report was computed from, stated in the report itself.
public struct ReportInputs: Sendable, Hashable, Codable {
    /// The workspace folder.
    public var workspace: String
    /// The workspace files read (`strategy.yaml`, `kpis.csv` if present).
    public var files: [String]
    /// The folder the platform data came from, if read from disk.
    public var platformDirectory: String?
    /// The ids of the platforms ranked.
    public var platforms: [String]
    /// Warnings from loading, as `file:line:column: warning: message`.
    public var warnings: [String]

    /// Creates an input statement.
    public init(workspace: String, files: [String], platformDirectory: String? = nil, platforms: [String],
                warnings: [String] = []) {
        self.workspace = workspace
        self.files = files
        self.platformDirectory = platformDirectory
        self.platforms = platforms
        self.warnings = warnings
    }

    /// The inputs of a workspace loaded from a folder.
    public static func of(_ workspace: Workspace, platforms: PlatformRegistry, platformDirectory: String?,
                          language: Language = .en) -> ReportInputs {
        var files = [workspace.directory + "/" + Workspace.strategyFileName]
        let csv = workspace.directory + "/" + Workspace.kpiFileName
        if !workspace.directory.isEmpty, fileExists(csv) { files.append(csv) }
        if let competitors = WorkspaceBenchmark.dataFile(in: workspace) { files.append(competitors) }
        return ReportInputs(workspace: workspace.directory, files: files, platformDirectory: platformDirectory,
                            platforms: platforms.ids, warnings: workspace.warnings.map { $0.formatted(in: language) })
    }

    private static func fileExists(_ path: String) -> Bool {
        FileSystemProbe.isFile(path)
    }
}
