/// The value of one metric for one competitor on one platform in one period.
///
/// A value is either a finite number or "n/a" with a reason; `NaN` and
/// infinities never leave this type (``init(_:median:samples:)`` turns them
/// into n/a).
public struct MetricValue: Codable, Sendable, Hashable {
    /// The number, `nil` when not available.
    public var value: Double?
    /// The median of the same samples, for metrics that average samples
    /// (shown beside the mean).
    public var median: Double?
    /// How many samples (days, posts, rows) the value rests on.
    public var samples: Int
    /// Why the value is not available.
    public var naReason: String?

    public init(_ value: Double, median: Double? = nil, samples: Int) {
        if value.isFinite {
            self.value = value
            self.naReason = nil
        } else {
            self.value = nil
            self.naReason = "not a finite number (division by zero?)"
        }
        self.median = median.flatMap { $0.isFinite ? $0 : nil }
        self.samples = samples
    }

    /// Not available, with the reason.
    public static func na(_ reason: String, samples: Int = 0) -> MetricValue {
        MetricValue(value: nil, median: nil, samples: samples, naReason: reason)
    }

    init(value: Double?, median: Double?, samples: Int, naReason: String?) {
        self.value = value
        self.median = median
        self.samples = samples
        self.naReason = naReason
    }

    public var isAvailable: Bool { value != nil }
}
