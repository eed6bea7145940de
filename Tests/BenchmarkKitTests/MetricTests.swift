import StrategyKit
import Foundation
import Testing
@testable import BenchmarkKit

/// A small data set whose metrics are computed by hand below.
///
/// Instagram, 2024-03-09 (Sat) … 2024-03-12 (Tue):
/// - Org ("Bäckerei Sonnenschein"): a zero-post day (03-10), missing shares
///   (03-11) and a post day whose interaction cells are all empty (03-12).
///   Interactions: 50, 0, 132, missing.
/// - A: three days, interactions 25, 32, 0 (zero-post day).
/// - Zero: a new account with 0 followers, mentions unknown.
/// Facebook: one Org row, to check that platforms stay apart.
let sampleCSV = """
    competitor,platform,date,followers,posts,likes,comments,shares,views,impressions,reach,mentions,response_minutes
    Bäckerei Sonnenschein,instagram,2024-03-09,1000,2,40,5,5,,2000,1000,10,30
    Bäckerei Sonnenschein,instagram,2024-03-10,1000,0,,,,,,,0,
    Bäckerei Sonnenschein,instagram,2024-03-11,1100,3,120,12,,,3000,1500,6,90
    Bäckerei Sonnenschein,instagram,2024-03-12,1250,1,,,,,,,,600
    A,instagram,2024-03-09,500,1,20,4,1,,,,30,10
    A,instagram,2024-03-10,520,1,30,0,2,,,,20,20
    A,instagram,2024-03-11,540,0,,,,,,,0,
    Zero,instagram,2024-03-09,0,1,3,0,0,,,,,
    Zero,instagram,2024-03-10,0,0,,,,,,,,
    Bäckerei Sonnenschein,facebook,2024-03-09,300,1,3,0,0,,,,,

    """

let org = "Bäckerei Sonnenschein"

func sampleResult(metrics: [Metric] = Metric.defaults, trends: [String] = BenchmarkOptions.defaultTrendMetricIDs)
    throws -> BenchmarkResult {
    let data = try BenchmarkImporter.csv(text: sampleCSV)
    return BenchmarkEngine.run(data, options: BenchmarkOptions(organization: "bäckerei sonnenschein", metrics: metrics,
                                                               trendMetricIDs: trends))
}

func expectClose(_ actual: Double?, _ expected: Double, _ tolerance: Double = 1e-9,
                 sourceLocation: SourceLocation = #_sourceLocation) {
    guard let actual else {
        Issue.record("expected \(expected), got n/a", sourceLocation: sourceLocation)
        return
    }
    #expect(abs(actual - expected) <= tolerance * max(1, abs(expected)), "expected \(expected), got \(actual)",
            sourceLocation: sourceLocation)
}

@Suite struct MetricValueTests {
    let result: BenchmarkResult

    init() throws { result = try sampleResult() }

    func row(_ metric: String, _ competitor: String, platform: String = "instagram") throws -> MetricRow {
        let table = try #require(result.table(platform: platform, metric: metric))
        return try #require(table.row(competitor))
    }

    func value(_ metric: String, _ competitor: String) throws -> Double? { try row(metric, competitor).value }

    @Test func audienceAndActivity() throws {
        #expect(try value("followers", org) == 1250)
        #expect(try value("followers", "A") == 540)
        #expect(try value("followers", "Zero") == 0)  // a count of 0 is a value, not n/a
        expectClose(try value("posts_per_week", org), 6.0 / 4 * 7)  // 10.5
        expectClose(try value("posts_per_week", "A"), 2.0 / 3 * 7)
        expectClose(try value("follower_growth", org), 25)
        expectClose(try value("follower_growth", "A"), 8)
        // Compounded weekly: 1000 -> 1250 in 3 days = 1.25^(7/3) - 1 = e^(0.2231436 × 7/3) - 1 = 68.315 %
        expectClose(try value("follower_growth_weekly", org), 68.3152, 1e-5)
        expectClose(try value("follower_growth_weekly", "A"), (pow(1.08, 3.5) - 1) * 100)
    }

    @Test func fanpageKarmaGrowthExample() throws {
        // 500 -> 2,000 fans in 2 weeks is 100 % per week (domain-facts §3.2).
        let data = try BenchmarkImporter.csv(text: """
            competitor,platform,date,followers
            P,facebook,2024-01-01,500
            P,facebook,2024-01-15,2000
            """)
        let r = BenchmarkEngine.run(data, options: BenchmarkOptions(trendMetricIDs: []))
        expectClose(r.table(platform: "facebook", metric: "follower_growth_weekly")?.row("P")?.value, 100)
        expectClose(r.table(platform: "facebook", metric: "follower_growth")?.row("P")?.value, 300)
    }

    @Test func engagementByFollowers() throws {
        // Post days: 03-09 (50/1000 over 2 posts), 03-11 (132/1100 over 3 posts); 03-12 has no interactions.
        let post = try row("er_post_follower", org)
        expectClose(post.value, (0.05 + 0.12) / 5 * 100)  // 3.4 %
        expectClose(post.median, (0.025 + 0.04) / 2 * 100)  // median of per-post daily rates: 3.25 %
        #expect(post.samples == 5)
        expectClose(try value("er_post_follower", "A"), (25.0 / 500 + 32.0 / 520) / 2 * 100)

        // Daily: 0.05, 0 (zero-post day), 0.12; 03-12 unknown.
        let daily = try row("er_daily_follower", org)
        expectClose(daily.value, (0.05 + 0 + 0.12) / 3 * 100)
        expectClose(daily.median, 5)
        #expect(daily.samples == 3)
        expectClose(try value("er_daily_follower", "A"), (25.0 / 500 + 32.0 / 520 + 0) / 3 * 100)

        // Weighted (comments x2, shares x3): 65/1000, 0, 144/1100.
        expectClose(try value("er_daily_follower_weighted", org), (0.065 + 0 + 144.0 / 1100) / 3 * 100)

        // Post days only, per post: 0.025, 0.04.
        expectClose(try value("er_postday_follower", org), 3.25)

        // Ratio of sums: 182 / 3100.
        expectClose(try value("er_follower_ratio", org), 182.0 / 3100 * 100)
    }

    @Test func engagementByReachImpressionsViews() throws {
        let reach = try row("er_reach", org)
        expectClose(reach.value, 182.0 / 2500 * 100)  // 7.28 %
        expectClose(reach.median, (0.05 + 0.088) / 2 * 100)
        expectClose(try value("er_reach_mean", org), (0.05 + 0.088) / 2 * 100)
        expectClose(try value("er_impressions", org), 182.0 / 5000 * 100)
        let views = try row("er_views", org)
        #expect(views.value == nil)
        #expect(views.naReason == "views unknown in the period")
        #expect(try row("er_reach", "A").naReason == "reach unknown in the period")
    }

    @Test func kaushikRatesPerPost() throws {
        expectClose(try value("interactions_per_post", org), 182.0 / 5)
        expectClose(try value("conversation_rate", org), 17.0 / 5)
        // Shares are missing on 03-11: only 03-09 counts (5 shares / 2 posts), not 5 / 5.
        expectClose(try value("amplification_rate", org), 2.5)
        expectClose(try value("applause_rate", org), 160.0 / 5)
        expectClose(try value("applause_rate", "A"), 50.0 / 2)
        expectClose(try row("applause_rate", "A").median, 25)  // daily 20 and 30
    }

    @Test func shareOfVoice() throws {
        // Mentions: Org 16, A 50, Zero unknown (left out of the total).
        expectClose(try value("share_of_voice_mentions", org), 16.0 / 66 * 100)
        expectClose(try value("share_of_voice_mentions", "A"), 50.0 / 66 * 100)
        #expect(try row("share_of_voice_mentions", "Zero").naReason == "mentions unknown for this competitor")
        // Interactions: Org 182, A 57, Zero 3.
        expectClose(try value("share_of_voice_interactions", org), 182.0 / 242 * 100)
        expectClose(try value("share_of_voice_interactions", "Zero"), 3.0 / 242 * 100)
    }

    @Test func responseTimes() throws {
        #expect(try value("response_time_median", org) == 90)
        #expect(try value("response_time_mean", org) == 240)
        #expect(try row("response_time_mean", org).median == 90)
        #expect(try value("response_time_median", "A") == 15)
        #expect(try row("response_time_median", "Zero").naReason == "no response times recorded")
    }

    @Test func zeroFollowersGiveReasonsNotInfinity() throws {
        #expect(try row("er_daily_follower", "Zero").naReason
            == "followers are 0 on every day with data (no division by zero)")
        #expect(try row("er_follower_ratio", "Zero").naReason
            == "followers are 0 on every day with data (no division by zero)")
        #expect(try row("er_post_follower", "Zero").naReason == "followers (> 0) or interactions unknown on every post day")
        #expect(try row("follower_growth", "Zero").naReason == "0 followers at the start: growth from 0 is undefined")
        #expect(try row("follower_growth_weekly", "Zero").value == nil)
    }

    @Test func platformsStayApart() throws {
        let fb = try #require(result.platforms.first { $0.platform == "facebook" })
        #expect(fb.competitors == [org])
        #expect(fb.period == Period(CivilDate.parseISO("2024-03-09")!...CivilDate.parseISO("2024-03-09")!))
        #expect(try value("followers", org) == 1250)
        #expect(result.table(platform: "facebook", metric: "followers")?.row(org)?.value == 300)
        #expect(result.table(platform: "facebook", metric: "follower_growth")?.row(org)?.naReason
            == "needs follower counts on at least two days")
    }

    @Test func everyDefaultMetricHasADefinitionWithSource() {
        #expect(result.definitions.map(\.id) == Metric.defaultIDs)
        for d in result.definitions {
            #expect(!d.sources.isEmpty, "\(d.id) names no source")
            #expect(d.sources.allSatisfy { $0.url.hasPrefix("https://") })
            #expect(!d.name.de.isEmpty && !d.name.en.isEmpty)
            #expect(!d.numerator.isEmpty)
        }
        #expect(Set(result.definitions.map(\.id)).count == result.definitions.count)
    }

    @Test func nonFiniteValuesBecomeNotAvailable() {
        let v = MetricValue(.infinity, median: .nan, samples: 3)
        #expect(v.value == nil)
        #expect(v.median == nil)
        #expect(v.naReason != nil)
        #expect(MetricValue(2, samples: 1).value == 2)
    }
}

@Suite struct TableTests {
    @Test func ranksPercentilesAndLeader() throws {
        let result = try sampleResult()
        let followers = try #require(result.table(platform: "instagram", metric: "followers"))
        #expect(followers.rows.map(\.competitor) == [org, "A", "Zero"])
        #expect(followers.rows.map(\.rank) == [1, 2, 3])
        #expect(followers.rows.map(\.percentile) == [100, 50, 0])
        #expect(followers.leader == org)
        #expect(followers.ranked == 3)
        #expect(followers.median == 540)
        #expect(followers.rows.map(\.isOrganization) == [true, false, false])

        // Lower is better for response times; n/a rows come last without rank.
        let response = try #require(result.table(platform: "instagram", metric: "response_time_median"))
        #expect(response.rows.map(\.competitor) == ["A", org, "Zero"])
        #expect(response.rows.map(\.rank) == [1, 2, nil])
        #expect(response.rows.map(\.percentile) == [100, 0, nil])
    }

    @Test func organizationGapToLeaderAndMedian() throws {
        let result = try sampleResult()
        #expect(result.organization == org)  // matched case-insensitively
        let gap = try #require(result.table(platform: "instagram", metric: "er_post_follower")?.gap)
        #expect(gap.leader == "A")
        #expect(gap.rank == 2)
        let a = (25.0 / 500 + 32.0 / 520) / 2 * 100
        expectClose(gap.toLeader, 3.4 - a)
        expectClose(gap.toLeaderPercent, (3.4 - a) / a * 100)
        expectClose(gap.medianCompetitorValue, a)  // Zero is n/a, so the median of the others is A
        #expect(gap.naReason == nil)

        let daily = try #require(result.table(platform: "instagram", metric: "er_daily_follower")?.gap)
        #expect(daily.leader == org)
        #expect(daily.toLeader == 0)

        let views = try #require(result.table(platform: "instagram", metric: "er_views")?.gap)
        #expect(views.value == nil)
        #expect(views.naReason == "the organisation's value is n/a: views unknown in the period")
    }

    @Test func unknownOrganizationIsAWarning() throws {
        let data = try BenchmarkImporter.csv(text: sampleCSV)
        let r = BenchmarkEngine.run(data, options: BenchmarkOptions(organization: "Nobody"))
        #expect(r.organization == nil)
        #expect(r.warnings.count == 1)
        #expect(r.table(platform: "instagram", metric: "followers")?.gap == nil)
    }

    @Test func tiesShareRankAndHalfPercentile() throws {
        let constant = Metric(definition: MetricDefinition(
            id: "tie", name: LocalizedText(en: "Tie", de: "Gleichstand"), summary: LocalizedText(en: "", de: ""),
            numerator: "x", denominator: nil, aggregation: .last, unit: .count, sources: [])) { ctx in
            MetricValue(ctx.competitor == "Zero" ? 1 : 5, samples: 1)
        }
        let result = try sampleResult(metrics: [constant], trends: [])
        let t = try #require(result.table(platform: "instagram", metric: "tie"))
        #expect(t.rows.map(\.rank) == [1, 1, 3])
        #expect(t.rows.map(\.percentile) == [75, 75, 0])
        #expect(t.leader == org)  // first in input order on a tie
    }

    @Test func periodRestrictsTheData() throws {
        let data = try BenchmarkImporter.csv(text: sampleCSV)
        var options = BenchmarkOptions(trendMetricIDs: [])
        let reversed = options.setPeriod(from: "2024-03-31", to: "2024-03-11")
        #expect(!reversed)
        let ok = options.setPeriod(from: "2024-03-11", to: "2024-03-31")
        #expect(ok)
        let r = BenchmarkEngine.run(data, options: options)
        #expect(r.platforms.map(\.platform) == ["instagram"])  // Facebook has no row in the period
        let ig = try #require(r.platforms.first)
        #expect(ig.competitors == [org, "A"])
        expectClose(r.table(platform: "instagram", metric: "posts_per_week")?.row(org)?.value, 4.0 / 2 * 7)
    }
}

@Suite struct TrendTests {
    @Test func weeklySeriesPerCompetitor() throws {
        let result = try sampleResult()
        let ig = try #require(result.platforms.first { $0.platform == "instagram" })
        // 03-09 is a Saturday: the first ISO week (from 03-04) is clipped to the period.
        #expect(ig.trendWeeks == ["2024-03-09", "2024-03-11"])
        #expect(ig.trends.count == BenchmarkOptions.defaultTrendMetricIDs.count * 3)
        #expect(ig.trend(metric: "followers", competitor: org)?.values == [1000, 1250])
        #expect(ig.trend(metric: "posts_per_week", competitor: org)?.values == [7, 14])
        #expect(ig.trend(metric: "posts_per_week", competitor: "A")?.values == [7, 0])
        #expect(ig.trend(metric: "posts_per_week", competitor: "Zero")?.values == [3.5, nil])
        let sov = try #require(ig.trend(metric: "share_of_voice_interactions", competitor: org))
        expectClose(sov[week: 0], 50.0 / (50 + 57 + 3) * 100)
        expectClose(sov[week: 1], 100)  // A's 03-11 is a zero-post day; Org's 132 is all
        #expect(ig.trend(metric: "er_post_follower", competitor: "Zero")?.values == [nil, nil])
    }
}

@Suite struct CustomMetricTests {
    @Test func closureMetricAppearsInTheSameTables() throws {
        let likesPerFollower = Metric(definition: MetricDefinition(
            id: "likes_per_1k_followers",
            name: LocalizedText(en: "Likes per 1k followers", de: "Likes je 1.000 Follower"),
            summary: LocalizedText(en: "Σ likes / last followers × 1000", de: "Summe Likes / letzte Followerzahl × 1000"),
            numerator: "likes", denominator: "followers_last / 1000", aggregation: .ratioOfSums, unit: .ratio,
            sources: [SourceReference("Emplifi", "https://support.socialbakers.com")])) { ctx in
            guard let likes = ctx.series.sum(.likes) else { return .na("no likes") }
            guard let followers = ctx.series.lastKnown(.followers)?.value, followers > 0 else {
                return .na("no followers")
            }
            return MetricValue(likes / followers * 1000, samples: ctx.series.count)
        }
        let result = try sampleResult(metrics: [.followers, likesPerFollower], trends: ["likes_per_1k_followers"])
        #expect(result.definitions.map(\.id) == ["followers", "likes_per_1k_followers"])
        let t = try #require(result.table(platform: "instagram", metric: "likes_per_1k_followers"))
        expectClose(t.row(org)?.value, 160.0 / 1250 * 1000)
        expectClose(t.row("A")?.value, 50.0 / 540 * 1000)
        #expect(t.row("Zero")?.naReason == "no followers")
        #expect(t.rows.map(\.rank) == [1, 2, nil])
        #expect(t.gap?.organization == org)
        let ig = try #require(result.platforms.first { $0.platform == "instagram" })
        #expect(ig.trends.map(\.metricID) == ["likes_per_1k_followers", "likes_per_1k_followers", "likes_per_1k_followers"])
    }

    @Test func contextSeesPeersAndTotals() throws {
        let peers = Metric(definition: MetricDefinition(
            id: "peer_count", name: LocalizedText(en: "Peers", de: "Vergleich"), summary: LocalizedText(en: "", de: ""),
            numerator: "competitors", denominator: nil, aggregation: .sum, unit: .count, sources: [])) { ctx in
            MetricValue(Double(ctx.peers.count) * 1000 + (ctx.platformTotals.total(.mentions) ?? -1), samples: 1)
        }
        let result = try sampleResult(metrics: [peers], trends: [])
        #expect(result.table(platform: "instagram", metric: "peer_count")?.row("A")?.value == 3066)
    }

    @Test func duplicateMetricIDsAreIgnoredWithAWarning() throws {
        let result = try sampleResult(metrics: [.followers, .followers], trends: ["nope"])
        #expect(result.definitions.count == 1)
        #expect(result.warnings.count == 2)
    }
}

@Suite struct ResultEncodingTests {
    @Test func jsonHasNoNaNAndRoundTrips() throws {
        let result = try sampleResult()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(result)  // throws on NaN/inf
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("nan") && !text.contains("inf"))
        #expect(text.contains("\"mean_of_post_rates\""))
        let back = try JSONDecoder().decode(BenchmarkResult.self, from: data)
        #expect(back.platforms.count == 2)
        #expect(back.table(platform: "instagram", metric: "followers")?.row(org)?.value == 1250)
        let ig = try #require(back.platforms.first { $0.platform == "instagram" })
        #expect(ig.trend(metric: "er_post_follower", competitor: "Zero")?.values == [nil, nil])
        #expect(back.importReport?.rowsImported == 10)
    }

    @Test func runDefaultBenchmarkReadsAFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bk-\(UUID().uuidString).csv").path
        try sampleCSV.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try runDefaultBenchmark(csvPath: path, organization: org)
        #expect(result.importReport?.file == path)
        #expect(result.table(platform: "instagram", metric: "followers")?.gap?.organization == org)
        #expect(result.definitions.count == Metric.defaults.count)
    }
}
