/// One KPI value on one day.
public struct Measurement: Sendable, Hashable, Codable {
    /// The day measured.
    public var date: CalendarDate
    /// The value.
    public var value: Double

    /// Creates a measurement.
    public init(date: CalendarDate, value: Double) {
        self.date = date
        self.value = value
    }
}
