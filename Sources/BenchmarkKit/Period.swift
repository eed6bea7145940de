/// A span of days, as ISO dates (`YYYY-MM-DD`) and day numbers.
public struct Period: Codable, Sendable, Hashable {
    public var start: String
    public var end: String
    /// Number of calendar days, both ends included.
    public var days: Int

    public init(_ range: ClosedRange<Int32>) {
        start = CivilDate.isoString(range.lowerBound)
        end = CivilDate.isoString(range.upperBound)
        days = Int(range.upperBound - range.lowerBound) + 1
    }
}
