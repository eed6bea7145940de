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

/// Small statistics helpers for metric closures.
public enum Statistics {
    /// Median (mean of the two middle values for an even count); `nil` when empty.
    public static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        var a = values
        return medianInPlace(&a)
    }

    /// Median by selection (O(n)); reorders `values`.
    public static func medianInPlace(_ values: inout [Double]) -> Double? {
        let n = values.count
        guard n > 0 else { return nil }
        return values.withUnsafeMutableBufferPointer { buf -> Double in
            let upper = select(buf, n / 2)
            if n % 2 == 1 { return upper }
            // The lower middle is the largest value left of n/2 after selection.
            var lower = buf[0]
            for i in 1..<(n / 2) where buf[i] > lower { lower = buf[i] }
            return (lower + upper) / 2
        }
    }

    /// Hoare-style quickselect: the k-th smallest value; afterwards every
    /// element left of `k` is <= it.
    static func select(_ a: UnsafeMutableBufferPointer<Double>, _ k: Int) -> Double {
        var lo = 0, hi = a.count - 1
        while lo < hi {
            // median of three as pivot
            let mid = lo + (hi - lo) / 2
            if a[mid] < a[lo] { a.swapAt(mid, lo) }
            if a[hi] < a[lo] { a.swapAt(hi, lo) }
            if a[hi] < a[mid] { a.swapAt(hi, mid) }
            let pivot = a[mid]
            var i = lo, j = hi
            while i <= j {
                while a[i] < pivot { i += 1 }
                while a[j] > pivot { j -= 1 }
                if i <= j {
                    a.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j { hi = j } else if k >= i { lo = i } else { return a[k] }
        }
        return a[k]
    }

    /// Arithmetic mean; `nil` when empty.
    public static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
}
