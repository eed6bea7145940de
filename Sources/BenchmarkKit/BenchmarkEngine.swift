/// Computes a ``BenchmarkResult`` from ``BenchmarkData``.
public enum BenchmarkEngine {
    public static func run(_ data: BenchmarkData, options: BenchmarkOptions = BenchmarkOptions()) -> BenchmarkResult {
        var warnings: [String] = []
        var organization: String?
        if let wanted = options.organization {
            let key = wanted.trimmingSpaces().lowercased()
            organization = data.competitors.first { $0.lowercased() == key }
            if organization == nil {
                warnings.append("organisation '\(wanted)' is not among the competitors (\(data.competitors.joined(separator: ", "))); no gaps computed")
            }
        }
        var seen = Set<String>()
        var metrics: [Metric] = []
        for m in options.metrics {
            if seen.insert(m.id).inserted { metrics.append(m) } else {
                warnings.append("metric id '\(m.id)' appears twice; the second is ignored")
            }
        }
        let trendIDs = Set(options.trendMetricIDs)
        for id in options.trendMetricIDs where !seen.contains(id) {
            warnings.append("trend metric '\(id)' is not among the metrics")
        }

        var platforms: [PlatformBenchmark] = []
        var overall: ClosedRange<Int32>?
        for (pIndex, platform) in data.platforms.enumerated() {
            if let only = options.platforms, !only.contains(platform) { continue }
            var series = data.groups.filter { Int($0.platform) == pIndex }.map {
                Series(data: data, competitorIndex: $0.competitor, platformIndex: $0.platform, range: $0.range)
            }
            if let period = options.period { series = series.map { $0.restricted(to: period) } }
            series = series.filter { !$0.isEmpty }
            guard !series.isEmpty else { continue }
            var lo = Int32.max, hi = Int32.min
            for s in series {
                lo = min(lo, s.day(0))
                hi = max(hi, s.day(s.count - 1))
            }
            let window = lo...hi
            overall = overall.map { min($0.lowerBound, lo)...max($0.upperBound, hi) } ?? window
            let totals = MeasureTotals(series: series)
            let names = series.map(\.competitor)
            let contexts = series.map {
                MetricContext(competitor: $0.competitor, platform: platform, isOrganization: $0.competitor == organization,
                              series: $0, window: window, platformTotals: totals, peers: series)
            }
            var tables: [MetricTable] = []
            for metric in metrics {
                let compute = metric.compute
                let values = contexts.map { compute($0) }
                tables.append(makeTable(metric.definition, names: names, values: values, organization: organization))
            }
            let trendMetrics = metrics.filter { trendIDs.contains($0.id) }
            let (weeks, trends) = trendMetrics.isEmpty ? ([], [])
                : weeklyTrends(trendMetrics, series: series, platform: platform, window: window, organization: organization)
            platforms.append(PlatformBenchmark(platform: platform, period: Period(window), competitors: names,
                                               tables: tables, trendWeeks: weeks, trends: trends))
        }
        return BenchmarkResult(organization: organization, period: overall.map(Period.init),
                               definitions: metrics.map(\.definition), platforms: platforms,
                               importReport: data.report, warnings: warnings)
    }

    /// Ranks (competition ranking), percentiles, summary and gap for one metric.
    static func makeTable(_ def: MetricDefinition, names: [String], values: [MetricValue],
                          organization: String?) -> MetricTable {
        let better: (Double, Double) -> Bool = def.direction == .higherIsBetter ? { $0 > $1 } : { $0 < $1 }
        let available = values.indices.filter { values[$0].value != nil }
        let order = available.sorted { a, b in
            let (x, y) = (values[a].value!, values[b].value!)
            return x != y ? better(x, y) : a < b
        }
        var rank = [Int?](repeating: nil, count: names.count)
        var percentile = [Double?](repeating: nil, count: names.count)
        let n = order.count
        for (pos, i) in order.enumerated() {
            if pos > 0, values[order[pos - 1]].value! == values[i].value! {
                rank[i] = rank[order[pos - 1]]
            } else {
                rank[i] = pos + 1
            }
            let v = values[i].value!
            var worse = 0, ties = 0
            for j in order where j != i {
                let w = values[j].value!
                if w == v { ties += 1 } else if better(v, w) { worse += 1 }
            }
            percentile[i] = n <= 1 ? 100 : (Double(worse) + 0.5 * Double(ties)) / Double(n - 1) * 100
        }
        let unavailable = values.indices.filter { values[$0].value == nil }
        let rows = (order + unavailable).map { i in
            MetricRow(competitor: names[i], isOrganization: names[i] == organization, value: values[i].value,
                      median: values[i].median, samples: values[i].samples, naReason: values[i].naReason,
                      rank: rank[i], percentile: percentile[i])
        }
        let vals = order.map { values[$0].value! }
        var table = MetricTable(metricID: def.id, rows: rows, leader: order.first.map { names[$0] },
                                mean: Statistics.mean(vals), median: Statistics.median(vals), ranked: n, gap: nil)
        if let organization, let oi = names.firstIndex(of: organization) {
            table.gap = makeGap(organization: organization, index: oi, names: names, values: values, order: order,
                                rank: rank[oi])
        }
        return table
    }

    static func makeGap(organization: String, index oi: Int, names: [String], values: [MetricValue], order: [Int],
                        rank: Int?) -> OrganizationGap {
        var gap = OrganizationGap(organization: organization, value: values[oi].value, leader: nil, leaderValue: nil,
                                  toLeader: nil, toLeaderPercent: nil, medianCompetitorValue: nil, toMedian: nil,
                                  toMedianPercent: nil, rank: rank, ranked: order.count, naReason: nil)
        if let li = order.first {
            gap.leader = names[li]
            gap.leaderValue = values[li].value
        }
        let others = order.filter { $0 != oi }.map { values[$0].value! }
        gap.medianCompetitorValue = Statistics.median(others)
        guard let v = values[oi].value else {
            gap.naReason = "the organisation's value is n/a: \(values[oi].naReason ?? "unknown")"
            return gap
        }
        func relative(_ d: Double, _ ref: Double) -> Double? { ref == 0 ? nil : d / abs(ref) * 100 }
        if let lv = gap.leaderValue {
            gap.toLeader = v - lv
            gap.toLeaderPercent = relative(v - lv, lv)
        }
        if let mv = gap.medianCompetitorValue {
            gap.toMedian = v - mv
            gap.toMedianPercent = relative(v - mv, mv)
        } else {
            gap.naReason = "no other competitor has a value"
        }
        return gap
    }

    /// Weekly series (ISO weeks, Monday start, clipped to the window).
    static func weeklyTrends(_ metrics: [Metric], series: [Series], platform: String, window: ClosedRange<Int32>,
                             organization: String?) -> (weeks: [String], trends: [TrendSeries]) {
        var weeks: [ClosedRange<Int32>] = []
        var ws = CivilDate.weekStart(window.lowerBound)
        while ws <= window.upperBound {
            weeks.append(max(ws, window.lowerBound)...min(ws + 6, window.upperBound))
            ws += 7
        }
        let computes = metrics.map(\.compute)
        var values = [[Double]](repeating: [], count: metrics.count * series.count)
        for k in values.indices { values[k].reserveCapacity(weeks.count) }
        // Cursor per series: rows are sorted by day, so each week's rows follow the previous week's.
        var cursor = series.map { $0.range.lowerBound }
        let names = series.map(\.competitor)
        for week in weeks {
            var weekly: [Series] = []
            weekly.reserveCapacity(series.count)
            for (k, s) in series.enumerated() {
                var end = cursor[k]
                let days = s.data.day.base
                while end < s.range.upperBound && days[end] <= week.upperBound { end += 1 }
                weekly.append(Series(data: s.data, competitorIndex: s.competitorIndex, platformIndex: s.platformIndex,
                                     range: cursor[k]..<end))
                cursor[k] = end
            }
            let totals = MeasureTotals(series: weekly)
            for (k, s) in weekly.enumerated() {
                let ctx = MetricContext(competitor: names[k], platform: platform,
                                        isOrganization: names[k] == organization, series: s, window: week,
                                        platformTotals: totals, peers: weekly)
                for mi in computes.indices {
                    let v = s.isEmpty ? nil : computes[mi](ctx).value
                    values[mi * series.count + k].append(v ?? .nan)
                }
            }
        }
        var out: [TrendSeries] = []
        for (mi, metric) in metrics.enumerated() {
            for k in series.indices {
                out.append(TrendSeries(metricID: metric.id, competitor: names[k], isOrganization: names[k] == organization,
                                       storage: values[mi * series.count + k]))
            }
        }
        return (weeks.map { CivilDate.isoString($0.lowerBound) }, out)
    }
}
