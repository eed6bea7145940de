import Foundation

/// Sums of each measure over all competitors on a platform in a window
/// (for shares of voice and other relative metrics). Computed on first use
/// per measure and cached.
public final class MeasureTotals: @unchecked Sendable {
    private let series: [Series]
    private let lock = NSLock()
    private var cache: [Double?]
    private var done: [Bool]

    init(series: [Series]) {
        self.series = series
        cache = Array(repeating: nil, count: Measure.allCases.count)
        done = Array(repeating: false, count: Measure.allCases.count)
    }

    /// The total of the known values, `nil` when every competitor's value is missing.
    public func total(_ measure: Measure) -> Double? {
        lock.lock()
        defer { lock.unlock() }
        if done[measure.rawValue] { return cache[measure.rawValue] }
        var total = 0.0
        var known = 0
        if let data = series.first?.data {
            let rows = data.rows
            for s in series {
                for r in s.range {
                    let v = rows.value(measure, r)
                    if !v.isNaN { total += v; known += 1 }
                }
            }
        }
        let result: Double? = known > 0 ? total : nil
        cache[measure.rawValue] = result
        done[measure.rawValue] = true
        return result
    }
}
