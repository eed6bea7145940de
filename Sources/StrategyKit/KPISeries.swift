/// Measurements of one KPI (optionally on one platform) over time, sorted by date.
public struct KPISeries: Sendable, Hashable, Codable {
    /// The KPI id.
    public var kpi: String
    /// The platform id, when the KPI is platform-specific.
    public var platform: String?
    /// The measurements, oldest first.
    public private(set) var measurements: [Measurement]

    /// Creates a series; measurements are sorted by date.
    public init(kpi: String, platform: String? = nil, measurements: [Measurement]) {
        self.kpi = kpi
        self.platform = platform
        self.measurements = measurements.sorted { $0.date < $1.date }
    }

    /// Adds a measurement, keeping the date order.
    public mutating func append(_ measurement: Measurement) {
        measurements.append(measurement)
        measurements.sort { $0.date < $1.date }
    }

    /// Whether this series is for the KPI on the platform (`nil` matches only `nil`).
    public func matches(kpi: String, platform: String?) -> Bool {
        self.kpi == kpi && self.platform == platform
    }

    /// The oldest measurement.
    public var first: Measurement? { measurements.first }

    /// The newest measurement.
    public var latest: Measurement? { measurements.last }

    /// The measurements on or before a day.
    public func measurements(through date: CalendarDate) -> [Measurement] {
        measurements.filter { $0.date <= date }
    }

    /// A readable key, `kpi` or `kpi@platform`.
    public var key: String { platform.map { "\(kpi)@\($0)" } ?? kpi }
}

extension Array where Element == KPISeries {
    /// The series for a KPI on a platform, if any.
    public func series(kpi: String, platform: String?) -> KPISeries? {
        first { $0.matches(kpi: kpi, platform: platform) }
    }
}
