import Foundation
@testable import StrategyKit

/// Shared fixtures for the StrategyKit tests.
enum Fixture {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

    static func organization(hours: Double, budget: Double = 0, type: BusinessType = .b2c,
                             groups: [TargetGroup] = []) -> Organization {
        Organization(name: "Test GmbH", businessModel: BusinessModel(type: type, industry: "Test", employees: 10),
                     targetGroups: groups,
                     resources: Resources(hours: [RoleHours(role: "smm", hoursPerWeek: hours)], budgetPerMonth: budget))
    }

    /// Loads the shipped platform data files.
    static func shippedRegistry() throws -> PlatformRegistry {
        try PlatformCatalogLoader.loadRegistry(directory: packageRoot.appendingPathComponent("Plugins"))
    }
}

/// Compares doubles to 1e-6, which is far below anything shown to users.
func close(_ a: Double?, _ b: Double, tolerance: Double = 1e-6) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= tolerance
}
