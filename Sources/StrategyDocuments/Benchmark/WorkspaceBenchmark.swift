public import BenchmarkKit
import Foundation
public import StrategyKit

/// Competitor data kept in a workspace: `competitors.csv` (or `.json`) beside `strategy.yaml`.
public enum WorkspaceBenchmark {
    /// The file names looked for, in order.
    public static let fileNames = ["competitors.csv", "competitors.json"]

    /// The workspace's competitor data file, if it has one.
    public static func dataFile(in workspace: Workspace) -> String? {
        guard !workspace.directory.isEmpty else { return nil }
        return fileNames.map { workspace.directory + "/" + $0 }.first { FileSystemProbe.isFile($0) }
    }

    /// The competitor in the data that is the workspace's organisation: the same name, or
    /// the longest name the organisation's name starts with ("Bäckerei Sonnenschein" for
    /// "Bäckerei Sonnenschein GmbH").
    public static func organization(named name: String, among competitors: [String]) -> String? {
        if let exact = competitors.first(where: { $0.caseInsensitiveCompare(name) == .orderedSame }) { return exact }
        return competitors.filter { name.lowercased().hasPrefix($0.lowercased()) }.max { $0.count < $1.count }
    }

    /// Imports the workspace's competitor data and computes the default metrics; `nil` without data.
    public static func run(_ workspace: Workspace, metrics: [Metric] = Metric.defaults) throws -> BenchmarkResult? {
        guard let file = dataFile(in: workspace) else { return nil }
        let data = try BenchmarkImporter.load(path: file, options: ImportOptions())
        let own = organization(named: workspace.organization.name, among: data.competitors)
        return BenchmarkEngine.run(data, options: BenchmarkOptions(organization: own, metrics: metrics))
    }
}
