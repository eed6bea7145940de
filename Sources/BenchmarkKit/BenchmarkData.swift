/// Competitor data in a columnar in-memory layout.
///
/// One row per competitor, platform and day. Competitor and platform names are
/// interned to small integers, dates are day numbers (``CivilDate``), and each
/// ``Measure`` is a `[Double]` column where `NaN` marks a missing value (an
/// empty cell; missing is never zero). Rows are sorted by platform, competitor
/// and day, so the rows of one competitor on one platform form a contiguous
/// range (a ``Series``). Several rows for the same competitor, platform and day
/// are merged on import: additive measures are summed, `followers` keeps the
/// last known value and `response_minutes` the mean of the known values.
///
/// The derived measure `interactions` = likes + comments + shares (the known
/// ones; missing when all three are missing, and 0 on a day with 0 posts whose
/// interaction cells are empty) is computed on access, not stored.
public final class BenchmarkData: Sendable {
    /// Competitor names in order of first appearance.
    public let competitors: [String]
    /// Canonical platform ids (`instagram`, `facebook`, `tiktok`, `x`, …).
    public let platforms: [String]
    /// What the import did.
    public let report: ImportReport

    let day: ColumnStorage<Int32>
    /// One column per imported measure (``Measure/imported`` order).
    let columns: [ColumnStorage<Double>]
    /// Row ranges of each (platform, competitor), sorted by platform then competitor.
    let groups: [RowGroup]

    struct RowGroup: Sendable {
        var platform: Int32
        var competitor: Int32
        var range: Range<Int>
    }

    init(competitors: [String], platforms: [String], report: ImportReport, day: ColumnStorage<Int32>,
         columns: [ColumnStorage<Double>], groups: [RowGroup]) {
        self.competitors = competitors
        self.platforms = platforms
        self.report = report
        self.day = day
        self.columns = columns
        self.groups = groups
    }

    /// Number of (merged) rows.
    public var rowCount: Int { day.count }

    /// First and last day with data, or `nil` when there are no rows.
    public var dayRange: ClosedRange<Int32>? {
        var lo = Int32.max, hi = Int32.min
        for g in groups where !g.range.isEmpty {
            lo = min(lo, day[g.range.lowerBound])
            hi = max(hi, day[g.range.upperBound - 1])
        }
        return lo <= hi ? lo...hi : nil
    }

    var rows: RowAccess { RowAccess(self) }

    /// The series of one competitor on one platform (all days), if it has rows.
    public func series(competitor: String, platform: String) -> Series? {
        guard let c = competitors.firstIndex(of: competitor), let p = platforms.firstIndex(of: platform) else {
            return nil
        }
        guard let g = groups.first(where: { $0.competitor == Int32(c) && $0.platform == Int32(p) }) else {
            return nil
        }
        return Series(data: self, competitorIndex: g.competitor, platformIndex: g.platform, range: g.range)
    }

    /// All series, sorted by platform then competitor.
    public var allSeries: [Series] {
        groups.map { Series(data: self, competitorIndex: $0.competitor, platformIndex: $0.platform, range: $0.range) }
    }

    /// An empty data set (no rows).
    public static func empty(report: ImportReport) -> BenchmarkData {
        BenchmarkData(competitors: [], platforms: [], report: report, day: .empty(),
                      columns: Measure.imported.map { _ in .empty() }, groups: [])
    }
}

/// The rows of one competitor on one platform within a window of days,
/// sorted by day. Indexes run from 0 to `count - 1`.
public struct Series: Sendable {
    let data: BenchmarkData
    let competitorIndex: Int32
    let platformIndex: Int32
    /// Row range in the data set.
    let range: Range<Int>

    public var competitor: String { data.competitors[Int(competitorIndex)] }
    public var platform: String { data.platforms[Int(platformIndex)] }
    /// Number of days (rows) in the series.
    public var count: Int { range.count }
    public var isEmpty: Bool { range.isEmpty }

    /// Day number of row `i`.
    public func day(_ i: Int) -> Int32 { data.day[range.lowerBound + i] }

    /// Value of `measure` on row `i`, `nil` when missing.
    public func value(_ measure: Measure, _ i: Int) -> Double? {
        let v = RowAccess(data).value(measure, range.lowerBound + i)
        return v.isNaN ? nil : v
    }

    /// The measure over the series' rows (`NaN` = missing), indexed by row in the data set.
    public func column(_ measure: Measure) -> ColumnSlice {
        ColumnSlice(rows: RowAccess(data), measure: measure, startIndex: range.lowerBound, endIndex: range.upperBound)
    }

    /// Day numbers of the rows.
    public var days: [Int32] { range.map { data.day[$0] } }

    /// Sum of the known values, `nil` when all are missing.
    public func sum(_ measure: Measure) -> Double? {
        let rows = RowAccess(data)
        var s = 0.0
        var any = false
        for r in range {
            let v = rows.value(measure, r)
            if !v.isNaN { s += v; any = true }
        }
        return any ? s : nil
    }

    /// The known values in day order.
    public func knownValues(_ measure: Measure) -> [Double] { column(measure).filter { !$0.isNaN } }

    /// First known value and its day.
    public func firstKnown(_ measure: Measure) -> (day: Int32, value: Double)? {
        let rows = RowAccess(data)
        for r in range {
            let v = rows.value(measure, r)
            if !v.isNaN { return (data.day[r], v) }
        }
        return nil
    }

    /// Last known value and its day.
    public func lastKnown(_ measure: Measure) -> (day: Int32, value: Double)? {
        let rows = RowAccess(data)
        for r in range.reversed() {
            let v = rows.value(measure, r)
            if !v.isNaN { return (data.day[r], v) }
        }
        return nil
    }

    /// The sub-series of the rows whose day lies in `window`.
    public func restricted(to window: ClosedRange<Int32>) -> Series {
        let days = data.day.base
        var lo = range.lowerBound, hi = range.upperBound
        // Binary search for the first day >= lower bound.
        var a = lo, b = hi
        while a < b {
            let m = (a + b) / 2
            if days[m] < window.lowerBound { a = m + 1 } else { b = m }
        }
        lo = a
        a = lo; b = hi
        while a < b {
            let m = (a + b) / 2
            if days[m] <= window.upperBound { a = m + 1 } else { b = m }
        }
        hi = a
        return Series(data: data, competitorIndex: competitorIndex, platformIndex: platformIndex, range: lo..<hi)
    }
}
