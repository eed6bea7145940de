import LuaHost
public import StrategyKit

extension PluginHost {
    /// Checks a workspace: every presence in `organization.presences` (each for its own
    /// platform) and the strategy as a whole (for the platforms of its presences and draft channels).
    ///
    /// When the workspace was loaded from a folder, findings point at the line in
    /// `strategy.yaml` of the presence's field, or of the strategy field the check named.
    /// - Parameter platforms: the registry the channel capacity is computed from.
    public func check(workspace: Workspace, platforms: PlatformRegistry) -> CheckResult {
        let positions = Self.positions(of: workspace)
        var result = checkPresences(of: workspace, positions: positions)
        result.append(checkStrategy(of: workspace, platforms: platforms, positions: positions))
        return result
    }

    /// Checks every presence of the workspace.
    public func checkPresences(of workspace: Workspace) -> CheckResult {
        checkPresences(of: workspace, positions: Self.positions(of: workspace))
    }

    /// Checks the workspace's strategy subject.
    public func checkStrategy(of workspace: Workspace, platforms: PlatformRegistry) -> CheckResult {
        checkStrategy(of: workspace, platforms: platforms, positions: Self.positions(of: workspace))
    }

    /// Checks one presence; `asOf` gives the subject its `as_of` and `days_since_last_post`.
    public func check(presence: Presence, asOf: CalendarDate?, platforms: [String]? = nil) -> CheckResult {
        check(kind: .presence, data: SubjectData.presence(presence, asOf: asOf), subjectID: SubjectData.presenceID(presence),
              platforms: platforms ?? [presence.platform])
    }

    private func checkPresences(of workspace: Workspace, positions: WorkspacePositions?) -> CheckResult {
        var result = CheckResult()
        for (index, presence) in workspace.organization.presences.enumerated() {
            var one = check(presence: presence, asOf: workspace.asOf)
            if let positions {
                let base = "organization.presences.\(index + 1)"
                for i in one.findings.indices {
                    one.findings[i].location = positions.location(of: one.findings[i].field.map { base + "." + $0 } ?? base)
                }
            }
            result.append(one)
        }
        return result
    }

    private func checkStrategy(of workspace: Workspace, platforms: PlatformRegistry, positions: WorkspacePositions?) -> CheckResult {
        let data: LuaData
        do {
            data = try SubjectData.strategy(workspace, platforms: platforms)
        } catch {
            return CheckResult(failures: [PluginFailure(pluginID: "smkit", phase: .check,
                                                        message: "cannot convert the workspace: \(error)",
                                                        subjectID: SubjectData.strategyID)])
        }
        var result = check(kind: .strategy, data: data, subjectID: SubjectData.strategyID,
                           platforms: SubjectData.strategyPlatforms(workspace))
        if let positions {
            for i in result.findings.indices {
                result.findings[i].location = positions.location(of: result.findings[i].field ?? "")
            }
        }
        return result
    }

    private static func positions(of workspace: Workspace) -> WorkspacePositions? {
        guard !workspace.directory.isEmpty else { return nil }
        // Joined as text, so a relative folder gives relative locations as the user typed it.
        let folder = workspace.directory.hasSuffix("/") ? String(workspace.directory.dropLast()) : workspace.directory
        return WorkspacePositions(file: folder + "/" + Workspace.strategyFileName)
    }
}
