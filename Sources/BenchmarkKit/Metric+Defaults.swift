import StrategyKit
import Foundation

extension Metric {
    /// Ids of the built-in metrics, in table order.
    public static var defaultIDs: [String] { defaults.map(\.id) }

    /// The built-in metrics (domain-facts §3). Rates are in percent.
    public static let defaults: [Metric] = [
        followers, postsPerWeek, followerGrowth, followerGrowthWeekly,
        erPostFollower, erDailyFollower, erDailyFollowerWeighted, erPostDayFollower, erFollowerRatio,
        erReach, erReachMean, erImpressions, erViews,
        interactionsPerPost, conversationRate, amplificationRate, applauseRate,
        shareOfVoiceMentions, shareOfVoiceInteractions,
        responseTimeMedian, responseTimeMean,
    ]

    /// Looks up a built-in metric by id.
    public static func builtIn(_ id: String) -> Metric? { defaults.first { $0.id == id } }

    static let missingNote = "Empty cells are missing, not zero; days whose numerator or denominator is missing are left out."

    // MARK: audience and activity

    public static let followers = Metric(definition: MetricDefinition(
        id: "followers",
        name: LocalizedText(en: "Followers", de: "Follower"),
        summary: LocalizedText(en: "Followers (fans, subscribers) on the last day with a known count.",
                               de: "Follower (Fans, Abonnenten) am letzten Tag mit bekannter Zahl."),
        numerator: "followers", denominator: nil, aggregation: .last, unit: .count,
        sources: [Sources.rivalIQGlossary],
        notes: "Rival IQ calls the sum of followers 'Audience'.")) { ctx in
        guard let last = ctx.series.lastKnown(.followers) else { return .na("followers unknown in the period") }
        return MetricValue(last.value, samples: 1)
    }

    public static let postsPerWeek = Metric(definition: MetricDefinition(
        id: "posts_per_week",
        name: LocalizedText(en: "Posts per week", de: "Beiträge pro Woche"),
        summary: LocalizedText(en: "Posts published per week: total posts / days with a known post count × 7.",
                               de: "Veröffentlichte Beiträge pro Woche: Summe der Beiträge / Tage mit bekannter Beitragszahl × 7."),
        numerator: "posts", denominator: "days_with_data / 7", aggregation: .ratioOfSums, unit: .perWeek,
        sources: [Sources.rivalIQGlossary],
        notes: "Rival IQ reports Posts/Day; ×7 gives posts per week. Days without a row are not counted as zero-post days.")) { ctx in
        let posts = Columns(s: ctx.series)(.posts)
        var total = 0.0, days = 0
        for r in ctx.series.range where !posts[r].isNaN {
            total += posts[r]
            days += 1
        }
        guard days > 0 else { return .na("post counts unknown in the period") }
        return MetricValue(total / Double(days) * 7, samples: days)
    }

    static func growthEnds(_ ctx: MetricContext) -> (first: (day: Int32, value: Double), last: (day: Int32, value: Double))? {
        guard let first = ctx.series.firstKnown(.followers), let last = ctx.series.lastKnown(.followers),
              last.day > first.day else { return nil }
        return (first, last)
    }

    public static let followerGrowth = Metric(definition: MetricDefinition(
        id: "follower_growth",
        name: LocalizedText(en: "Follower growth", de: "Follower-Wachstum"),
        summary: LocalizedText(en: "(followers at the end − followers at the start) / followers at the start × 100.",
                               de: "(Follower am Ende − Follower am Anfang) / Follower am Anfang × 100."),
        numerator: "followers_end − followers_start", denominator: "followers_start",
        aggregation: .changeFirstToLast, unit: .percent, sources: [Sources.growthSimple],
        notes: "Start and end are the first and last days with a known follower count. n/a with 0 followers at the start.")) { ctx in
        guard let (first, last) = growthEnds(ctx) else {
            return .na("needs follower counts on at least two days")
        }
        guard first.value > 0 else { return .na("0 followers at the start: growth from 0 is undefined", samples: 2) }
        return MetricValue((last.value - first.value) / first.value * 100, samples: 2)
    }

    public static let followerGrowthWeekly = Metric(definition: MetricDefinition(
        id: "follower_growth_weekly",
        name: LocalizedText(en: "Follower growth per week (compounded)", de: "Follower-Wachstum pro Woche (zusammengesetzt)"),
        summary: LocalizedText(en: "Average weekly growth, compounded: (end / start)^(7 / days between) − 1. 500 → 2,000 fans in 2 weeks is 100 % per week, not 300 %.",
                               de: "Durchschnittliches wöchentliches Wachstum mit Zinseszins: (Ende / Anfang)^(7 / Tage dazwischen) − 1. 500 → 2.000 Fans in 2 Wochen sind 100 % pro Woche, nicht 300 %."),
        numerator: "followers_end / followers_start", denominator: "days_between / 7",
        aggregation: .compoundedWeekly, unit: .percent, sources: [Sources.fanpageKarmaKPIs],
        notes: "Fanpage Karma's growth rate. n/a with 0 followers at the start.")) { ctx in
        guard let (first, last) = growthEnds(ctx) else {
            return .na("needs follower counts on at least two days")
        }
        guard first.value > 0 else { return .na("0 followers at the start: growth from 0 is undefined", samples: 2) }
        let weeks = Double(last.day - first.day) / 7
        return MetricValue((pow(last.value / first.value, 1 / weeks) - 1) * 100, samples: 2)
    }

    // MARK: engagement by follower

    public static let erPostFollower = Metric(definition: MetricDefinition(
        id: "er_post_follower",
        name: LocalizedText(en: "Engagement rate per post (by followers)", de: "Post-Interaktionsrate (je Follower)"),
        summary: LocalizedText(en: "Interactions per follower per post: Σ over post days of (interactions / followers that day), divided by the number of posts. The median beside it is the median of the daily per-post rates.",
                               de: "Interaktionen je Follower und Beitrag: Summe über Tage mit Beiträgen von (Interaktionen / Follower an dem Tag), geteilt durch die Zahl der Beiträge. Der Median daneben ist der Median der täglichen Raten pro Beitrag."),
        numerator: "interactions (likes + comments + shares) of the day's posts", denominator: "followers_at_post × posts",
        aggregation: .meanOfPostRates, unit: .percent,
        sources: [Sources.fanpageKarmaPostInteraction, Sources.rivalIQRates],
        notes: "Fanpage Karma 'Post-Interaktion'; Rival IQ's engagement rate by follower (average engagements per follower per post). Days without posts are ignored. " + missingNote)) { ctx in
        let c = Columns(s: ctx.series)
        let inter = c(.interactions), fol = c(.followers), posts = c(.posts)
        var sumRates = 0.0, sumPosts = 0.0
        var perPost: [Double] = []
        var postDays = 0
        for r in ctx.series.range {
            let p = posts[r]
            guard !p.isNaN, p > 0 else { continue }
            postDays += 1
            let f = fol[r], i = inter[r]
            guard !f.isNaN, f > 0, !i.isNaN else { continue }
            sumRates += i / f
            sumPosts += p
            perPost.append(i / f / p)
        }
        guard postDays > 0 else { return .na("no posts in the period") }
        guard sumPosts > 0 else { return .na("followers (> 0) or interactions unknown on every post day") }
        return MetricValue(sumRates / sumPosts * 100, median: Statistics.medianInPlace(&perPost).map { $0 * 100 },
                           samples: Int(sumPosts))
    }

    static func dailyFollowerRates(_ ctx: MetricContext, weighted: Bool) -> ([Double], zeroFollowerDays: Int) {
        let c = Columns(s: ctx.series)
        let inter = c(.interactions), fol = c(.followers)
        var rates: [Double] = []
        rates.reserveCapacity(ctx.series.count)
        var zero = 0
        for r in ctx.series.range {
            let f = fol[r]
            guard !f.isNaN else { continue }
            guard f > 0 else { zero += 1; continue }
            var i = inter[r]
            if weighted && !i.isNaN { i = c.rows.weightedInteractions(r) }
            guard !i.isNaN else { continue }
            rates.append(i / f)
        }
        return (rates, zero)
    }

    static func meanOfDaily(_ ctx: MetricContext, weighted: Bool) -> MetricValue {
        var (rates, zero) = dailyFollowerRates(ctx, weighted: weighted)
        guard !rates.isEmpty else {
            if ctx.series.isEmpty { return .na("no data in the period") }
            return .na(zero > 0 ? "followers are 0 on every day with data (no division by zero)"
                : "followers or interactions unknown on every day")
        }
        let mean = rates.reduce(0, +) / Double(rates.count) * 100
        return MetricValue(mean, median: Statistics.medianInPlace(&rates).map { $0 * 100 }, samples: rates.count)
    }

    public static let erDailyFollower = Metric(definition: MetricDefinition(
        id: "er_daily_follower",
        name: LocalizedText(en: "Engagement (daily, by followers)", de: "Engagement (täglich, je Follower)"),
        summary: LocalizedText(en: "Mean over all days of (interactions that day / followers that day); days without posts count as 0.",
                               de: "Mittelwert über alle Tage von (Interaktionen des Tages / Follower des Tages); Tage ohne Beiträge zählen als 0."),
        numerator: "interactions (likes + comments + shares) of the day's posts", denominator: "followers_daily",
        aggregation: .meanOfDailyRatesInclZeroDays, unit: .percent,
        sources: [Sources.fanpageKarmaKPIs, Sources.fanpageKarmaDictionary, Sources.napoleonCat],
        notes: "Fanpage Karma 'Engagement'. A day with 0 posts and empty interaction cells counts as 0. " + missingNote)) { ctx in
        meanOfDaily(ctx, weighted: false)
    }

    public static let erDailyFollowerWeighted = Metric(definition: MetricDefinition(
        id: "er_daily_follower_weighted",
        name: LocalizedText(en: "Weighted engagement (daily, by followers)", de: "Gewichtetes Engagement (täglich, je Follower)"),
        summary: LocalizedText(en: "Like er_daily_follower, with comments counted twice and shares three times.",
                               de: "Wie er_daily_follower, Kommentare zählen doppelt und geteilte Inhalte dreifach."),
        numerator: "likes + 2 × comments + 3 × shares", denominator: "followers_daily",
        aggregation: .meanOfDailyRatesInclZeroDays, weights: ["likes": 1, "comments": 2, "shares": 3], unit: .percent,
        sources: [Sources.fanpageKarmaPostInteraction],
        notes: "Fanpage Karma 'weighted engagement'. " + missingNote)) { ctx in
        meanOfDaily(ctx, weighted: true)
    }

    public static let erPostDayFollower = Metric(definition: MetricDefinition(
        id: "er_postday_follower",
        name: LocalizedText(en: "Engagement rate (post days, by followers)", de: "Engagement-Rate (Tage mit Beiträgen, je Follower)"),
        summary: LocalizedText(en: "Mean over days with posts of (interactions / followers that day / posts that day).",
                               de: "Mittelwert über Tage mit Beiträgen von (Interaktionen / Follower des Tages / Beiträge des Tages)."),
        numerator: "interactions of the day's posts", denominator: "followers_daily × posts_daily",
        aggregation: .meanOfDailyRatesPostDaysOnly, unit: .percent,
        sources: [Sources.emplifi],
        notes: "Emplifi's profile-level alternative. " + missingNote)) { ctx in
        let c = Columns(s: ctx.series)
        let inter = c(.interactions), fol = c(.followers), posts = c(.posts)
        var rates: [Double] = []
        var postDays = 0
        for r in ctx.series.range {
            let p = posts[r]
            guard !p.isNaN, p > 0 else { continue }
            postDays += 1
            let f = fol[r], i = inter[r]
            guard !f.isNaN, f > 0, !i.isNaN else { continue }
            rates.append(i / f / p)
        }
        guard postDays > 0 else { return .na("no posts in the period") }
        guard !rates.isEmpty else { return .na("followers (> 0) or interactions unknown on every post day") }
        let mean = rates.reduce(0, +) / Double(rates.count) * 100
        return MetricValue(mean, median: Statistics.medianInPlace(&rates).map { $0 * 100 }, samples: rates.count)
    }

    public static let erFollowerRatio = Metric(definition: MetricDefinition(
        id: "er_follower_ratio",
        name: LocalizedText(en: "Engagement rate (ratio of sums, by followers)", de: "Engagement-Rate (Summenverhältnis, je Follower)"),
        summary: LocalizedText(en: "Σ interactions / Σ daily followers over the days where both are known (Hootsuite's average daily engagement rate).",
                               de: "Summe der Interaktionen / Summe der täglichen Follower über die Tage, an denen beide bekannt sind (Hootsuites durchschnittliche tägliche Engagement-Rate)."),
        numerator: "interactions", denominator: "followers_daily",
        aggregation: .ratioOfSums, unit: .percent,
        sources: [Sources.hootsuite],
        notes: "Avg daily ER = engagements over X days / (X × followers), with the follower count of each day. " + missingNote)) { ctx in
        let c = Columns(s: ctx.series)
        let inter = c(.interactions), fol = c(.followers)
        var si = 0.0, sf = 0.0, n = 0
        for r in ctx.series.range {
            let f = fol[r], i = inter[r]
            guard !f.isNaN, !i.isNaN else { continue }
            si += i
            sf += f
            n += 1
        }
        guard n > 0 else { return .na(ctx.series.isEmpty ? "no data in the period" : "followers or interactions unknown on every day") }
        guard sf > 0 else { return .na("followers are 0 on every day with data (no division by zero)", samples: n) }
        return MetricValue(si / sf * 100, samples: n)
    }

    // MARK: engagement by reach, impressions, views

    static func ratioOfSums(_ ctx: MetricContext, _ num: Measure, _ den: Measure, what: String) -> MetricValue {
        let c = Columns(s: ctx.series)
        let a = c(num), b = c(den)
        var sa = 0.0, sb = 0.0, n = 0
        var daily: [Double] = []
        for r in ctx.series.range {
            let x = a[r], y = b[r]
            guard !x.isNaN, !y.isNaN else { continue }
            sa += x
            sb += y
            n += 1
            if y > 0 { daily.append(x / y) }
        }
        guard n > 0 else { return .na("\(what) unknown in the period") }
        guard sb > 0 else { return .na("\(what) is 0 on every day with data (no division by zero)", samples: n) }
        return MetricValue(sa / sb * 100, median: Statistics.medianInPlace(&daily).map { $0 * 100 }, samples: n)
    }

    static func rateDefinition(id: String, en: String, de: String, denominator: String,
                               sources: [SourceReference], note: String) -> MetricDefinition {
        MetricDefinition(
            id: id, name: LocalizedText(en: en, de: de),
            summary: LocalizedText(en: "Σ interactions / Σ \(denominator) × 100 over the days where both are known; the median beside it is the median of the daily rates.",
                                   de: "Summe der Interaktionen / Summe \(denominator) × 100 über die Tage, an denen beide bekannt sind; der Median daneben ist der Median der Tagesraten."),
            numerator: "interactions (likes + comments + shares)", denominator: denominator,
            aggregation: .ratioOfSums, unit: .percent, sources: sources, notes: note + " " + missingNote)
    }

    public static let erReach = Metric(definition: rateDefinition(
        id: "er_reach", en: "Engagement rate by reach", de: "Engagement-Rate je Reichweite", denominator: "reach",
        sources: [Sources.rivalIQRates, Sources.hootsuite],
        note: "Reach is usually known only for owned accounts (Rival IQ: private data).")) { ctx in
        ratioOfSums(ctx, .interactions, .reach, what: "reach")
    }

    public static let erReachMean = Metric(definition: MetricDefinition(
        id: "er_reach_mean",
        name: LocalizedText(en: "Average engagement rate by reach (daily)", de: "Durchschnittliche Engagement-Rate je Reichweite (täglich)"),
        summary: LocalizedText(en: "Mean over days with reach > 0 of (interactions / reach) × 100 (Hootsuite's Avg ERR, per day).",
                               de: "Mittelwert über Tage mit Reichweite > 0 von (Interaktionen / Reichweite) × 100 (Hootsuites Avg ERR, pro Tag)."),
        numerator: "interactions", denominator: "reach", aggregation: .meanOfDailyRatesPostDaysOnly, unit: .percent,
        sources: [Sources.hootsuite], notes: "Days with reach 0 or unknown are left out. " + missingNote)) { ctx in
        let c = Columns(s: ctx.series)
        let a = c(.interactions), b = c(.reach)
        var rates: [Double] = []
        for r in ctx.series.range {
            let x = a[r], y = b[r]
            guard !x.isNaN, !y.isNaN, y > 0 else { continue }
            rates.append(x / y)
        }
        guard !rates.isEmpty else { return .na("no day with reach > 0 and known interactions") }
        let mean = rates.reduce(0, +) / Double(rates.count) * 100
        return MetricValue(mean, median: Statistics.medianInPlace(&rates).map { $0 * 100 }, samples: rates.count)
    }

    public static let erImpressions = Metric(definition: rateDefinition(
        id: "er_impressions", en: "Engagement rate by impressions", de: "Engagement-Rate je Impression",
        denominator: "impressions", sources: [Sources.rivalIQRates, Sources.hootsuite],
        note: "Buffer's benchmarks use this base; not comparable with follower-based rates.")) { ctx in
        ratioOfSums(ctx, .interactions, .impressions, what: "impressions")
    }

    public static let erViews = Metric(definition: rateDefinition(
        id: "er_views", en: "Engagement rate by views", de: "Engagement-Rate je Aufruf", denominator: "views",
        sources: [Sources.rivalIQRates],
        note: "Rival IQ's engagement rate for TikTok.")) { ctx in
        ratioOfSums(ctx, .interactions, .views, what: "views")
    }

    // MARK: per post (Kaushik)

    static func perPost(_ ctx: MetricContext, _ m: Measure) -> MetricValue {
        let c = Columns(s: ctx.series)
        let a = c(m), posts = c(.posts)
        var sa = 0.0, sp = 0.0, n = 0
        var daily: [Double] = []
        for r in ctx.series.range {
            let x = a[r], p = posts[r]
            guard !x.isNaN, !p.isNaN else { continue }
            sa += x
            sp += p
            n += 1
            if p > 0 { daily.append(x / p) }
        }
        guard sp > 0 else { return .na(n == 0 ? "\(m.name) or posts unknown in the period" : "no posts in the period", samples: n) }
        return MetricValue(sa / sp, median: Statistics.medianInPlace(&daily), samples: Int(sp))
    }

    static func perPostDefinition(id: String, en: String, de: String, measure: String, kaushik: String) -> MetricDefinition {
        MetricDefinition(
            id: id, name: LocalizedText(en: en, de: de),
            summary: LocalizedText(en: "Σ \(measure) / Σ posts over the days where both are known. The median beside it is the median of the daily values per post.",
                                   de: "Summe \(measure) / Summe der Beiträge über die Tage, an denen beide bekannt sind. Der Median daneben ist der Median der Tageswerte pro Beitrag."),
            numerator: measure, denominator: "posts", aggregation: .ratioOfSums, unit: .perPost,
            sources: kaushik.isEmpty ? [Sources.rivalIQGlossary] : [Sources.kaushik, Sources.rivalIQGlossary],
            notes: (kaushik.isEmpty ? "" : kaushik + " ") + missingNote)
    }

    public static let interactionsPerPost = Metric(definition: perPostDefinition(
        id: "interactions_per_post", en: "Interactions per post", de: "Interaktionen pro Beitrag",
        measure: "interactions (likes + comments + shares)", kaushik: "")) { ctx in perPost(ctx, .interactions) }

    public static let conversationRate = Metric(definition: perPostDefinition(
        id: "conversation_rate", en: "Conversation rate", de: "Konversationsrate", measure: "comments",
        kaushik: "Kaushik: comments (replies) per post.")) { ctx in perPost(ctx, .comments) }

    public static let amplificationRate = Metric(definition: perPostDefinition(
        id: "amplification_rate", en: "Amplification rate", de: "Verstärkungsrate", measure: "shares",
        kaushik: "Kaushik: shares/retweets per post.")) { ctx in perPost(ctx, .shares) }

    public static let applauseRate = Metric(definition: perPostDefinition(
        id: "applause_rate", en: "Applause rate", de: "Applaus-Rate", measure: "likes",
        kaushik: "Kaushik: likes/favorites per post.")) { ctx in perPost(ctx, .likes) }

    // MARK: share of voice

    static func share(_ ctx: MetricContext, _ m: Measure, what: String) -> MetricValue {
        guard let total = ctx.platformTotals.total(m) else { return .na("no \(what) data on this platform in the period") }
        guard let own = ctx.series.sum(m) else { return .na("\(what) unknown for this competitor") }
        guard total > 0 else { return .na("no \(what) on this platform in the period (total is 0)") }
        return MetricValue(own / total * 100, samples: ctx.series.count)
    }

    public static let shareOfVoiceMentions = Metric(definition: MetricDefinition(
        id: "share_of_voice_mentions",
        name: LocalizedText(en: "Share of voice (mentions)", de: "Share of Voice (Erwähnungen)"),
        summary: LocalizedText(en: "The competitor's mentions / mentions of all competitors on the platform × 100, same period.",
                               de: "Erwähnungen des Wettbewerbers / Erwähnungen aller Wettbewerber auf der Plattform × 100, gleicher Zeitraum."),
        numerator: "mentions", denominator: "mentions of all competitors", aggregation: .shareOfTotal, unit: .percent,
        sources: [Sources.mentionlytics, Sources.chaoss],
        notes: "Only competitors in the data set count; competitors whose mentions are unknown are left out of the total.")) { ctx in
        share(ctx, .mentions, what: "mentions")
    }

    public static let shareOfVoiceInteractions = Metric(definition: MetricDefinition(
        id: "share_of_voice_interactions",
        name: LocalizedText(en: "Share of voice (interactions)", de: "Share of Voice (Interaktionen)"),
        summary: LocalizedText(en: "The competitor's interactions / interactions of all competitors on the platform × 100, same period.",
                               de: "Interaktionen des Wettbewerbers / Interaktionen aller Wettbewerber auf der Plattform × 100, gleicher Zeitraum."),
        numerator: "interactions", denominator: "interactions of all competitors", aggregation: .shareOfTotal,
        unit: .percent, sources: [Sources.mentionlytics, Sources.chaoss],
        notes: "The interaction-weighted variant of share of voice.")) { ctx in
        share(ctx, .interactions, what: "interactions")
    }

    // MARK: response time

    public static let responseTimeMedian = Metric(definition: MetricDefinition(
        id: "response_time_median",
        name: LocalizedText(en: "Response time (median)", de: "Antwortzeit (Median)"),
        summary: LocalizedText(en: "Median of the recorded response times in minutes; robust against a few very slow answers.",
                               de: "Median der erfassten Antwortzeiten in Minuten; robust gegen einzelne sehr späte Antworten."),
        numerator: "response_minutes", denominator: nil, aggregation: .median, unit: .minutes,
        direction: .lowerIsBetter, sources: [Sources.fanpageKarmaResponse],
        notes: "Fanpage Karma reports the median: 0.17, 0.75, 0.88, 2, 20 h give 0.88 h, the mean would be 4.76 h.")) { ctx in
        let v = ctx.series.knownValues(.responseMinutes)
        guard let m = Statistics.median(v) else { return .na("no response times recorded") }
        return MetricValue(m, samples: v.count)
    }

    public static let responseTimeMean = Metric(definition: MetricDefinition(
        id: "response_time_mean",
        name: LocalizedText(en: "Response time (mean)", de: "Antwortzeit (Mittelwert)"),
        summary: LocalizedText(en: "Mean of the recorded response times in minutes; the median is given beside it.",
                               de: "Mittelwert der erfassten Antwortzeiten in Minuten; der Median steht daneben."),
        numerator: "response_minutes", denominator: nil, aggregation: .mean, unit: .minutes,
        direction: .lowerIsBetter, sources: [Sources.sprout, Sources.fanpageKarmaResponse],
        notes: "Sprout Social reports average response times; a few slow answers pull the mean up.")) { ctx in
        let v = ctx.series.knownValues(.responseMinutes)
        guard let mean = Statistics.mean(v) else { return .na("no response times recorded") }
        return MetricValue(mean, median: Statistics.median(v), samples: v.count)
    }
}
