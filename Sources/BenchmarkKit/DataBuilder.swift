/// Interns byte strings to small integers without creating a `String` per
/// lookup (open addressing over FNV-1a hashes, with a last-hit cache).
struct ByteInterner {
    private(set) var names: [String] = []
    private var bytes: [UInt8] = []
    private var offsets: [Int] = [0]
    private var table: [Int32] = Array(repeating: -1, count: 64)
    private var hashes: [UInt64] = []
    private var lastID: Int32 = -1

    var count: Int { names.count }

    @inline(__always)
    private func equals(_ id: Int32, _ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        let a = offsets[Int(id)], b = offsets[Int(id) + 1]
        if b - a != e - s { return false }
        var k = 0
        while k < b - a {
            if bytes[a + k] != p[s + k] { return false }
            k += 1
        }
        return true
    }

    @inline(__always)
    mutating func intern(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> Int32 {
        if lastID >= 0 && equals(lastID, p, s, e) { return lastID }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in s..<e { h = (h ^ UInt64(p[i])) &* 0x100_0000_01b3 }
        let mask = table.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let id = table[slot]
            if id < 0 { break }
            if hashes[Int(id)] == h && equals(id, p, s, e) { lastID = id; return id }
            slot = (slot + 1) & mask
        }
        let id = Int32(names.count)
        bytes.append(contentsOf: UnsafeBufferPointer(start: p + s, count: e - s))
        offsets.append(bytes.count)
        hashes.append(h)
        names.append(String(decoding: UnsafeBufferPointer(start: p + s, count: e - s), as: UTF8.self))
        table[slot] = id
        if names.count * 2 > table.count { rehash() }
        lastID = id
        return id
    }

    mutating func intern(_ s: String) -> Int32 {
        var u = Array(s.utf8)
        u.append(0)
        return u.withUnsafeBufferPointer { intern($0.baseAddress!, 0, $0.count - 1) }
    }

    private mutating func rehash() {
        var newTable = Array(repeating: Int32(-1), count: table.count * 2)
        let mask = newTable.count - 1
        for (id, h) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: h) & mask
            while newTable[slot] >= 0 { slot = (slot + 1) & mask }
            newTable[slot] = Int32(id)
        }
        table = newTable
    }
}

/// Canonical platform ids for the names exports use.
public enum PlatformName {
    static let aliases: [String: String] = [
        "instagram": "instagram", "ig": "instagram", "insta": "instagram",
        "facebook": "facebook", "fb": "facebook", "facebookpage": "facebook", "meta": "facebook",
        "tiktok": "tiktok", "tt": "tiktok",
        "x": "x", "twitter": "x", "xtwitter": "x", "twitterx": "x", "xformerlytwitter": "x",
        "linkedin": "linkedin", "li": "linkedin",
        "youtube": "youtube", "yt": "youtube",
        "threads": "threads", "pinterest": "pinterest", "xing": "xing", "snapchat": "snapchat",
    ]

    /// The canonical id of a platform name ("IG", "Instagram " → "instagram";
    /// "Twitter" → "x"). Unknown names are lower-cased and trimmed.
    public static func canonical(_ name: String) -> String {
        let key = ColumnMapping.normalize(name)
        if let c = aliases[key] { return c }
        return name.trimmingSpaces().lowercased()
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}

/// Collects rows column by column and builds ``BenchmarkData``.
struct DataBuilder {
    var competitorNames = ByteInterner()
    var rawPlatforms = ByteInterner()
    var platformNames = ByteInterner()
    /// raw platform id → canonical platform id
    var canonicalOfRaw: [Int32] = []

    var competitorOf: [Int32] = []
    var platformOf: [Int32] = []
    var day: [Int32] = []
    var columns: [[Double]] = Array(repeating: [], count: Measure.allCases.count)

    mutating func reserve(_ n: Int) {
        competitorOf.reserveCapacity(n)
        platformOf.reserveCapacity(n)
        day.reserveCapacity(n)
        for k in 0..<Measure.imported.count { columns[k].reserveCapacity(n) }
    }

    @inline(__always)
    mutating func platformID(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> Int32 {
        let raw = rawPlatforms.intern(p, s, e)
        if Int(raw) == canonicalOfRaw.count {
            let name = PlatformName.canonical(rawPlatforms.names[Int(raw)])
            canonicalOfRaw.append(platformNames.intern(name))
        }
        return canonicalOfRaw[Int(raw)]
    }

    mutating func platformID(_ name: String) -> Int32 {
        var u = Array(name.utf8)
        u.append(0)
        return u.withUnsafeBufferPointer { platformID($0.baseAddress!, 0, $0.count - 1) }
    }

    /// Appends one validated row; `values` holds the imported measures in
    /// ``Measure/imported`` order (`NaN` = missing).
    @inline(__always)
    mutating func append(competitor: Int32, platform: Int32, day d: Int32, values: UnsafePointer<Double>) {
        competitorOf.append(competitor)
        platformOf.append(platform)
        day.append(d)
        for k in 0..<Measure.imported.count { columns[k].append(values[k]) }
    }

    /// Sorts rows by platform, competitor and day, merges duplicate days,
    /// derives `interactions` and returns the data set.
    consuming func finish(report: ImportReport) -> BenchmarkData {
        var report = report
        let n = day.count
        let nc = competitorNames.count, np = platformNames.count
        let groupCount = nc * np
        // Counting sort by group key = platform * nc + competitor.
        var counts = [Int](repeating: 0, count: groupCount + 1)
        for i in 0..<n { counts[Int(platformOf[i]) * nc + Int(competitorOf[i]) + 1] += 1 }
        for g in 0..<groupCount { counts[g + 1] += counts[g] }
        let starts = counts
        var next = counts
        var perm = [Int32](repeating: 0, count: n)
        for i in 0..<n {
            let g = Int(platformOf[i]) * nc + Int(competitorOf[i])
            perm[next[g]] = Int32(i)
            next[g] += 1
        }
        // Sort each group by day (stable, so the later of duplicate rows stays later).
        let days = day
        for g in 0..<groupCount where starts[g + 1] - starts[g] > 1 {
            let lo = starts[g], hi = starts[g + 1]
            var sorted = true
            for k in lo + 1..<hi where days[Int(perm[k])] < days[Int(perm[k - 1])] { sorted = false; break }
            if !sorted {
                let slice = perm[lo..<hi].enumerated().sorted {
                    let (a, b) = (days[Int($0.element)], days[Int($1.element)])
                    return a != b ? a < b : $0.offset < $1.offset
                }.map(\.element)
                perm.replaceSubrange(lo..<hi, with: slice)
            }
        }
        func gather<T>(_ a: [T]) -> [T] {
            [T](unsafeUninitializedCapacity: n) { buf, count in
                a.withUnsafeBufferPointer { src in
                    for k in 0..<n { buf[k] = src[Int(perm[k])] }
                }
                count = n
            }
        }
        competitorOf = gather(competitorOf)
        platformOf = gather(platformOf)
        day = gather(day)
        for k in 0..<Measure.imported.count { columns[k] = gather(columns[k]) }
        perm = []

        // Merge rows of the same group and day (compaction in place).
        var w = 0
        var merged = 0
        var responseCount = 0
        for r in 0..<n {
            if w > 0 && day[w - 1] == day[r] && competitorOf[w - 1] == competitorOf[r]
                && platformOf[w - 1] == platformOf[r] {
                merged += 1
                for m in Measure.imported {
                    let v = columns[m.rawValue][r]
                    if v.isNaN { continue }
                    let old = columns[m.rawValue][w - 1]
                    switch m {
                    case .followers: columns[m.rawValue][w - 1] = v
                    case .responseMinutes:
                        // running mean over the known values of this day
                        if old.isNaN { columns[m.rawValue][w - 1] = v; responseCount = 1 } else {
                            responseCount += 1
                            columns[m.rawValue][w - 1] = old + (v - old) / Double(responseCount)
                        }
                    default: columns[m.rawValue][w - 1] = old.isNaN ? v : old + v
                    }
                }
                continue
            }
            responseCount = columns[Measure.responseMinutes.rawValue][r].isNaN ? 0 : 1
            if w != r {
                competitorOf[w] = competitorOf[r]
                platformOf[w] = platformOf[r]
                day[w] = day[r]
                for k in 0..<Measure.imported.count { columns[k][w] = columns[k][r] }
            }
            w += 1
        }
        if merged > 0 {
            competitorOf.removeLast(n - w)
            platformOf.removeLast(n - w)
            day.removeLast(n - w)
            for k in 0..<Measure.imported.count { columns[k].removeLast(n - w) }
        }
        report.duplicatesMerged = merged

        // Derived interactions.
        let likes = columns[Measure.likes.rawValue], comments = columns[Measure.comments.rawValue]
        let shares = columns[Measure.shares.rawValue], posts = columns[Measure.posts.rawValue]
        columns[Measure.interactions.rawValue] = [Double](unsafeUninitializedCapacity: w) { buf, count in
            for r in 0..<w {
                let a = likes[r], b = comments[r], c = shares[r]
                if a.isNaN && b.isNaN && c.isNaN {
                    buf[r] = posts[r] == 0 ? 0 : .nan
                } else {
                    buf[r] = (a.isNaN ? 0 : a) + (b.isNaN ? 0 : b) + (c.isNaN ? 0 : c)
                }
            }
            count = w
        }

        // Group ranges.
        var groups: [BenchmarkData.RowGroup] = []
        var start = 0
        for r in 0..<w where r == w - 1 || competitorOf[r + 1] != competitorOf[r] || platformOf[r + 1] != platformOf[r] {
            groups.append(.init(platform: platformOf[r], competitor: competitorOf[r], range: start..<(r + 1)))
            start = r + 1
        }
        report.rowsImported = n
        return BenchmarkData(competitors: competitorNames.names, platforms: platformNames.names, report: report,
                             competitorOf: competitorOf, platformOf: platformOf, day: day, columns: columns,
                             groups: groups)
    }
}
