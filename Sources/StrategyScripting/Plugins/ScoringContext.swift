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
