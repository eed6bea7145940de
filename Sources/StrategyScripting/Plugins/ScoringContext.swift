public import LuaHost
public import StrategyKit

/// The context table a scorer receives next to the item it scores.
public enum ScoringContext {
    /// For drafts: the organisation's available hours and budget, its business type and the date.
    public static func draft(_ workspace: Workspace) throws -> LuaData {
        let organization = workspace.organization
        return .record([
            "available_hours_per_week": .number(organization.resources.totalHoursPerWeek),
            "budget_per_month": .number(organization.resources.budgetPerMonth),
            "organization": try LuaDataEncoder().encode(organization),
            "as_of": .string(workspace.asOf.description),
        ])
    }
}

extension ScoringContext {
    /// For platforms: the organisation, its goals, the date, its hours and the hours left for channels.
    public static func platform(_ workspace: Workspace, overheadShare: Double) throws -> LuaData {
        let organization = workspace.organization
        let hours = organization.resources.totalHoursPerWeek
        return .record([
            "available_hours_per_week": .number(hours),
            "hours_for_channels": .number(max(0, hours * (1 - overheadShare))),
            "organization": try LuaDataEncoder().encode(organization),
            "goals": try LuaDataEncoder().encode(workspace.goals),
            "as_of": .string(workspace.asOf.description),
        ])
    }
}
