import BenchmarkKit

/// The one place where smkit's result becomes the flat form compare.py reads:
/// `{"kind\tplatform\t…": value | null}`, the kinds and fields as documented in compare.py.
/// When the shape of smkit's result changes, only this function follows it.
func flatValues(_ result: BenchmarkResult) -> [String: FlatValue] {
    var out: [String: FlatValue] = [:]
    func put(_ key: [String], _ value: Double?) { out[key.joined(separator: "\t")] = value.map(FlatValue.number) ?? .null }
    func put(_ key: [String], _ value: Int?) { put(key, value.map(Double.init)) }
    func put(_ key: [String], _ value: String?) { out[key.joined(separator: "\t")] = value.map(FlatValue.text) ?? .null }
    for p in result.platforms {
        for table in p.tables {
            let m = table.metricID
            for row in table.rows {
                put(["value", p.platform, m, row.competitor], row.value)
                put(["median", p.platform, m, row.competitor], row.median)
                put(["rank", p.platform, m, row.competitor], row.rank)
                put(["percentile", p.platform, m, row.competitor], row.percentile)
            }
            put(["table", p.platform, m, "leader"], table.leader)
            put(["table", p.platform, m, "mean"], table.mean)
            put(["table", p.platform, m, "median"], table.median)
            put(["table", p.platform, m, "ranked"], table.ranked)
            if let gap = table.gap {
                put(["gap", p.platform, m, "leader"], gap.leader)
                put(["gap", p.platform, m, "leaderValue"], gap.leaderValue)
                put(["gap", p.platform, m, "toLeader"], gap.toLeader)
                put(["gap", p.platform, m, "toLeaderPercent"], gap.toLeaderPercent)
                put(["gap", p.platform, m, "medianCompetitorValue"], gap.medianCompetitorValue)
                put(["gap", p.platform, m, "toMedian"], gap.toMedian)
                put(["gap", p.platform, m, "toMedianPercent"], gap.toMedianPercent)
                put(["gap", p.platform, m, "rank"], gap.rank)
            }
        }
        out["weeks\t\(p.platform)"] = .list(p.trendWeeks)
        for t in p.trends {
            for (w, v) in zip(p.trendWeeks, t.values) { put(["trend", p.platform, t.metricID, t.competitor, w], v) }
        }
    }
    return out
}

/// A JSON value of the flat form.
enum FlatValue: Encodable {
    case number(Double), text(String), list([String]), null

    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .number(let v): try c.encode(v)
        case .text(let v): try c.encode(v)
        case .list(let v): try c.encode(v)
        case .null: try c.encodeNil()
        }
    }
}
