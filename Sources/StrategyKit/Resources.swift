/// People-hours per week and money per month, either available or needed.
public struct Resources: Sendable, Hashable, Codable {
    /// Hours per week by role.
    public var hours: [RoleHours]
    /// Budget per month in euros (ads, tools, production).
    public var budgetPerMonth: Double

    /// Creates a resource statement.
    public init(hours: [RoleHours] = [], budgetPerMonth: Double = 0) {
        self.hours = hours
        self.budgetPerMonth = budgetPerMonth
    }

    /// The sum of all roles' hours per week.
    public var totalHoursPerWeek: Double { hours.reduce(0) { $0 + $1.hoursPerWeek } }
}
