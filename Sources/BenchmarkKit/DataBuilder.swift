import Foundation

/// Collects rows column by column and builds ``BenchmarkData``.
///
/// Columns live in malloc'd buffers that grow together (`realloc`, which can
/// grow in place), so appending costs no uniqueness checks and growing never
/// holds two copies of a column.
final class DataBuilder {
    var competitorNames = ByteInterner()
    var rawPlatforms = ByteInterner()
    var platformNames = ByteInterner()
    /// raw platform id → canonical platform id
    var canonicalOfRaw: [Int32] = []

    static let measureCount = Measure.imported.count
    private(set) var count = 0
    private var capacity = 0
    private var competitorOf: UnsafeMutablePointer<Int32>
    private var platformOf: UnsafeMutablePointer<Int32>
    private var dayOf: UnsafeMutablePointer<Int32>
    private let columns: UnsafeMutablePointer<UnsafeMutablePointer<Double>>
    /// One row being validated (``Measure/imported`` order, `NaN` = missing).
    let staging: UnsafeMutablePointer<Double>

    init() {
        capacity = 1024
        competitorOf = Self.alloc(capacity)
        platformOf = Self.alloc(capacity)
        dayOf = Self.alloc(capacity)
        columns = .allocate(capacity: Self.measureCount)
        for k in 0..<Self.measureCount { columns[k] = Self.alloc(capacity) }
        staging = .allocate(capacity: Self.measureCount)
        staging.initialize(repeating: .nan, count: Self.measureCount)
    }

    deinit {
        free(competitorOf)
        free(platformOf)
        free(dayOf)
        for k in 0..<Self.measureCount { free(columns[k]) }
        columns.deallocate()
        staging.deallocate()
    }

    private static func alloc<T>(_ n: Int) -> UnsafeMutablePointer<T> {
        malloc(n * MemoryLayout<T>.stride)!.assumingMemoryBound(to: T.self)
    }

    private static func grow<T>(_ p: UnsafeMutablePointer<T>, _ n: Int) -> UnsafeMutablePointer<T> {
        realloc(p, n * MemoryLayout<T>.stride)!.assumingMemoryBound(to: T.self)
    }

    /// Makes room for `n` rows in total.
    func reserve(_ n: Int) {
        guard n > capacity else { return }
        capacity = n
        competitorOf = Self.grow(competitorOf, n)
        platformOf = Self.grow(platformOf, n)
        dayOf = Self.grow(dayOf, n)
        for k in 0..<Self.measureCount { columns[k] = Self.grow(columns[k], n) }
    }

    @inline(__always)
    func platformID(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> Int32 {
        let raw = rawPlatforms.intern(p, s, e)
        if Int(raw) == canonicalOfRaw.count {
            let name = PlatformName.canonical(rawPlatforms.names[Int(raw)])
            canonicalOfRaw.append(platformNames.intern(name))
        }
        return canonicalOfRaw[Int(raw)]
    }

    /// Appends the staged row.
    @inline(__always)
    func append(competitor: Int32, platform: Int32, day d: Int32) {
        if count == capacity { reserve(capacity + capacity / 2 + 1024) }
        competitorOf[count] = competitor
        platformOf[count] = platform
        dayOf[count] = d
        for k in 0..<Self.measureCount { columns[k][count] = staging[k] }
        count += 1
    }

    /// Sorts rows by platform, competitor and day, merges duplicate days and
    /// returns the data set. The buffers are handed over without a copy;
    /// reordering holds at most one extra column.
    func finish(report: ImportReport) -> BenchmarkData {
        var report = report
        let n = count
        let nc = competitorNames.count, np = platformNames.count
        let groupCount = nc * np
        // Counting sort by group key = platform * nc + competitor.
        var starts = [Int](repeating: 0, count: groupCount + 1)
        for i in 0..<n { starts[Int(platformOf[i]) * nc + Int(competitorOf[i]) + 1] += 1 }
        for g in 0..<groupCount { starts[g + 1] += starts[g] }
        let perm = UnsafeMutablePointer<Int32>.allocate(capacity: max(n, 1))
        defer { perm.deallocate() }
        var next = starts
        var identity = true
        for i in 0..<n {
            let g = Int(platformOf[i]) * nc + Int(competitorOf[i])
            perm[next[g]] = Int32(i)
            if next[g] != i { identity = false }
            next[g] += 1
        }
        free(competitorOf)
        competitorOf = Self.alloc(1)
        free(platformOf)
        platformOf = Self.alloc(1)
        // Sort each group by day (stable, so the later of duplicate rows stays later).
        for g in 0..<groupCount where starts[g + 1] - starts[g] > 1 {
            let lo = starts[g], hi = starts[g + 1]
            var sorted = true
            for k in lo + 1..<hi where dayOf[Int(perm[k])] < dayOf[Int(perm[k - 1])] { sorted = false; break }
            if !sorted {
                identity = false
                let days = dayOf
                let slice = UnsafeMutableBufferPointer(start: perm + lo, count: hi - lo).enumerated().sorted {
                    let (a, b) = (days[Int($0.element)], days[Int($1.element)])
                    return a != b ? a < b : $0.offset < $1.offset
                }.map(\.element)
                for (k, v) in slice.enumerated() { perm[lo + k] = v }
            }
        }
        // Reorder by gathering into a fresh buffer, one column at a time (the
        // reads of neighbouring groups share cache lines, unlike following
        // permutation cycles in place), freeing each old column at once.
        if !identity {
            func gather<T>(_ src: UnsafeMutablePointer<T>) -> UnsafeMutablePointer<T> {
                let dst: UnsafeMutablePointer<T> = Self.alloc(max(n, 1))
                for k in 0..<n { dst[k] = src[Int(perm[k])] }
                free(src)
                return dst
            }
            dayOf = gather(dayOf)
            for k in 0..<Self.measureCount { columns[k] = gather(columns[k]) }
        }
        let day = dayOf
        var cols: [UnsafeMutablePointer<Double>] = (0..<Self.measureCount).map { columns[$0] }

        // Merge rows of the same group and day (compaction in place).
        var groups: [BenchmarkData.RowGroup] = []
        var w = 0
        var merged = 0
        let fol = Measure.followers.rawValue, resp = Measure.responseMinutes.rawValue
        for g in 0..<groupCount where starts[g + 1] > starts[g] {
            let lo = starts[g], hi = starts[g + 1]
            let groupStart = w
            var responseCount = 0
            for r in lo..<hi {
                if w > groupStart && day[w - 1] == day[r] {
                    merged += 1
                    for k in 0..<Self.measureCount {
                        let v = cols[k][r]
                        if v.isNaN { continue }
                        let old = cols[k][w - 1]
                        if k == fol {
                            cols[k][w - 1] = v
                        } else if k == resp {
                            if old.isNaN { cols[k][w - 1] = v; responseCount = 1 } else {
                                responseCount += 1
                                cols[k][w - 1] = old + (v - old) / Double(responseCount)
                            }
                        } else {
                            cols[k][w - 1] = old.isNaN ? v : old + v
                        }
                    }
                    continue
                }
                responseCount = cols[resp][r].isNaN ? 0 : 1
                if w != r {
                    day[w] = day[r]
                    for k in 0..<Self.measureCount { cols[k][w] = cols[k][r] }
                }
                w += 1
            }
            groups.append(.init(platform: Int32(g / nc), competitor: Int32(g % nc), range: groupStart..<w))
        }
        report.duplicatesMerged = merged
        report.rowsImported = n

        // Hand the buffers over, shrunk to size.
        let keep = max(w, 1)
        let dayStorage = ColumnStorage(adopting: Self.grow(day, keep), count: w)
        let storages = (0..<Self.measureCount).map { k in ColumnStorage(adopting: Self.grow(cols[k], keep), count: w) }
        dayOf = Self.alloc(1)
        for k in 0..<Self.measureCount {
            columns[k] = Self.alloc(1)
            cols[k] = columns[k]
        }
        capacity = 1
        count = 0
        return BenchmarkData(competitors: competitorNames.names, platforms: platformNames.names, report: report,
                             day: dayStorage, columns: storages, groups: groups)
    }
}
