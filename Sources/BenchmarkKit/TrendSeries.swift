/// A weekly series of one metric for one competitor on one platform.
///
/// ``values`` has one entry per week of ``PlatformBenchmark/trendWeeks``;
/// `nil` means n/a that week (no data, no posts, a zero denominator). Stored
/// compactly (`NaN` inside, `null` in JSON).
public struct TrendSeries: Codable, Sendable {
    public var metricID: String
    public var competitor: String
    public var isOrganization: Bool
    var storage: [Double]

    public init(metricID: String, competitor: String, isOrganization: Bool, values: [Double?]) {
        self.metricID = metricID
        self.competitor = competitor
        self.isOrganization = isOrganization
        storage = values.map { v in v.flatMap { $0.isFinite ? $0 : nil } ?? .nan }
    }

    init(metricID: String, competitor: String, isOrganization: Bool, storage: [Double]) {
        self.metricID = metricID
        self.competitor = competitor
        self.isOrganization = isOrganization
        self.storage = storage
    }

    /// Value per week, `nil` when n/a.
    public var values: [Double?] { storage.map { $0.isNaN ? nil : $0 } }

    /// Value of week `i`, `nil` when n/a.
    public subscript(week i: Int) -> Double? { storage[i].isNaN ? nil : storage[i] }

    public var count: Int { storage.count }

    enum CodingKeys: String, CodingKey { case metricID, competitor, isOrganization, values }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(metricID: try c.decode(String.self, forKey: .metricID),
                  competitor: try c.decode(String.self, forKey: .competitor),
                  isOrganization: try c.decode(Bool.self, forKey: .isOrganization),
                  values: try c.decode([Double?].self, forKey: .values))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(metricID, forKey: .metricID)
        try c.encode(competitor, forKey: .competitor)
        try c.encode(isOrganization, forKey: .isOrganization)
        var list = c.nestedUnkeyedContainer(forKey: .values)
        for v in storage {
            if v.isNaN { try list.encodeNil() } else { try list.encode(v) }
        }
    }
}
