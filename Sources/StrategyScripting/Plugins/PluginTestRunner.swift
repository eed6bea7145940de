import Foundation
public import LuaHost
import StrategyKit

/// Runs a plugin's own cases (`tests/*.yaml`): each input with the findings it must and must not produce.
///
/// Only the plugin under test is loaded, so the rule ids in a case are that plugin's own.
public enum PluginTestRunner {
    /// Runs every case of the plugin in `directory`.
    public static func run(pluginDirectory directory: String, limits: LuaLimits = .pluginDefault) -> PluginTestReport {
        var report = PluginTestReport(pluginID: directory.split(separator: "/").last.map(String.init) ?? directory,
                                      outcomes: [], errors: [], rulesWithoutTrigger: [], rulesWithoutNonTrigger: [])
        let manifest: PluginManifest
        switch PluginDiscovery.read(directory: directory) {
        case .success(let value): manifest = value
        case .failure(let failure):
            report.errors.append(failure.description)
            return report
        }
        report.pluginID = manifest.id
        let host: PluginHost
        let loaded: Bool
        do {
            let run: PluginRun
            (run, loaded) = try PluginRun.only(manifest, limits: limits)
            host = run.host
        } catch {
            report.errors.append("cannot create the Lua state: \(error)")
            return report
        }
        report.log = host.takeLog()
        guard loaded else {
            report.errors += host.loadFailures.map(\.description)
            return report
        }
        report.errors += host.loadFailures.map(\.description)
        let suites: [PluginTestSuite]
        do {
            suites = try PluginTestSuite.loadAll(pluginDirectory: directory)
        } catch {
            report.errors.append(error.formatted())
            return report
        }
        if suites.isEmpty { report.errors.append("\(directory)/tests: no test files (*.yaml)") }
        let ruleIDs = Set(host.checks.map(\.id))
        let scorerIDs = Set(host.scorers.map(\.id))
        var triggered = Set<String>(), quiet = Set<String>()
        for suite in suites {
            for testCase in suite.cases {
                var problems: [String] = []
                for id in testCase.expect + testCase.absent where !ruleIDs.contains(id) && !scorerIDs.contains(id) {
                    problems.append("unknown rule id '\(id)' (the plugin registers: \(ruleIDs.sorted().joined(separator: ", ")))")
                }
                if let scorer = testCase.scorer {
                    problems += runScorer(scorer, testCase, host: host)
                } else {
                    let result: CheckResult?
                    if let subject = testCase.subject {
                        result = host.check(subject, platforms: testCase.platforms)
                    } else if let presence = testCase.presence {
                        result = host.check(presence: presence, asOf: testCase.asOf, platforms: testCase.platforms)
                    } else if let kind = testCase.workspaceSubject, let folder = testCase.workspace {
                        result = checkWorkspace(folder, kind, host: host, problems: &problems)
                    } else {
                        result = nil
                    }
                    if let result { problems += compare(result, testCase) }
                }
                if problems.isEmpty {
                    triggered.formUnion(testCase.expect)
                    quiet.formUnion(testCase.absent)
                }
                report.outcomes.append(PluginTestOutcome(testCase: testCase, problems: problems, log: host.takeLog()))
            }
        }
        report.rulesWithoutTrigger = host.checks.map(\.id).filter { !triggered.contains($0) }
        report.rulesWithoutNonTrigger = host.checks.map(\.id).filter { !quiet.contains($0) }
        return report
    }

    /// What the case expected against what was reported.
    private static func compare(_ result: CheckResult, _ testCase: PluginTestCase) -> [String] {
        var problems = result.failures.map { "plugin failed: \($0)" }
        let found = Set(result.findings.map(\.ruleID))
        for id in testCase.expect where !found.contains(id) { problems.append("expected \(id), but it was not reported") }
        for id in testCase.absent where found.contains(id) {
            let message = result.findings.first { $0.ruleID == id }?.message.en ?? ""
            problems.append("\(id) was reported but must not be: \(message)")
        }
        return problems
    }

    /// The built-in platforms when they can be found, with the plugin's own over them: what a
    /// workspace in a case is loaded against and the channel capacity comes from.
    private static func platforms(_ host: PluginHost) -> PlatformRegistry {
        var platforms = host.platforms
        if let builtIn = PluginDiscovery.builtInDirectory(),
           let registry = try? PlatformCatalogLoader.loadRegistry(directory: URL(fileURLWithPath: builtIn)) {
            platforms = registry
            for platform in host.platforms.platforms { _ = platforms.replace(platform) }
        }
        return platforms
    }

    /// Checks a workspace's strategy or presences.
    private static func checkWorkspace(_ folder: String, _ kind: PluginTestCase.WorkspaceSubject, host: PluginHost,
                                       problems: inout [String]) -> CheckResult? {
        let platforms = platforms(host)
        let workspace: Workspace
        do {
            workspace = try Workspace.load(directory: URL(fileURLWithPath: folder), platforms: platforms)
        } catch {
            problems.append("cannot load workspace \(folder): \(error.formatted())")
            return nil
        }
        switch kind {
        case .strategy: return host.checkStrategy(of: workspace, platforms: platforms)
        case .presences: return host.checkPresences(of: workspace)
        }
    }

    /// A scorer case: a draft scorer scores `draft`, a platform scorer each of `platforms`, in `workspace`.
    private static func runScorer(_ id: String, _ testCase: PluginTestCase, host: PluginHost) -> [String] {
        guard let descriptor = host.scorers.first(where: { $0.id == id }) else {
            return ["unknown scorer '\(id)' (the plugin registers: \(host.scorers.map(\.id).joined(separator: ", ")))"]
        }
        guard let folder = testCase.workspace else { return ["scorer case without workspace"] }
        let registry = platforms(host)
        let workspace: Workspace
        do {
            workspace = try Workspace.load(directory: URL(fileURLWithPath: folder), platforms: registry)
        } catch {
            return ["cannot load workspace \(folder): \(error.formatted())"]
        }
        var items: [(String, LuaData, LuaData)] = []
        do {
            if descriptor.subject == ScorerReference.Subject.platform.rawValue {
                guard let ids = testCase.platforms, !ids.isEmpty else { return ["platform scorer case without platforms"] }
                let context = try ScoringContext.platform(workspace, overheadShare: PlatformFitScorer().overheadShare)
                for platformID in ids {
                    guard let platform = registry[platformID] else { return ["unknown platform '\(platformID)'"] }
                    items.append((platformID, try LuaDataEncoder().encode(platform), context))
                }
            } else {
                guard let draftID = testCase.draft else { return ["draft scorer case without draft"] }
                guard let draft = workspace.draft(draftID) else { return ["workspace \(folder) has no draft '\(draftID)'"] }
                items.append((draftID, try LuaDataEncoder().encode(draft), try ScoringContext.draft(workspace)))
            }
        } catch {
            return ["cannot convert the workspace: \(error)"]
        }
        var problems: [String] = []
        for (name, item, context) in items {
            do {
                let score = try host.score(id, item: item, context: context)
                if let minimum = testCase.minimum, score.value < minimum {
                    problems.append("\(name): score \(score.value) is below \(minimum)")
                }
                if let maximum = testCase.maximum, score.value > maximum {
                    problems.append("\(name): score \(score.value) is above \(maximum)")
                }
            } catch {
                problems.append("plugin failed: \(error)")
            }
        }
        return problems
    }
}
