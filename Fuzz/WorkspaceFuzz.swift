// Target `workspace`: the input is a workspace's strategy.yaml, optionally followed by a
// line `#--- kpis.csv` and the KPI CSV. Both are written to a scratch folder and read by
// Workspace.load(directory:) (raw bytes, as from disk); a workspace that loads is then
// analysed (SMART, progress, assumptions, draft evaluation, decision matrix, ranking)
// against the built-in platforms from Plugins/ (SMKIT_FUZZ_PLUGINS overrides the folder).
import Foundation
import StrategyKit

enum WorkspaceFuzz {
    nonisolated(unsafe) static let platforms: PlatformRegistry = {
        let dir = ProcessInfo.processInfo.environment["SMKIT_FUZZ_PLUGINS"] ?? "Plugins"
        return (try? PlatformCatalogLoader.loadRegistry(directory: URL(fileURLWithPath: dir))) ?? PlatformRegistry()
    }()

    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let (yaml, csv) = bytes.split(atLine: "#--- kpis.csv")
        FuzzFiles.write(Workspace.strategyFileName, yaml)
        FuzzFiles.write(Workspace.kpiFileName, csv)
        let registry = platforms
        guard let workspace = try? Workspace.load(directory: FuzzFiles.directory,
                                                  platforms: registry.count > 0 ? registry : nil) else { return }
        _ = workspace.smartResults()
        _ = workspace.progress()
        _ = workspace.assumptionChecks()
        _ = workspace.evaluations(platforms: registry)
        _ = workspace.decisionMatrix(platforms: registry)
        _ = workspace.platformRanking(platforms: registry)
    }
}
