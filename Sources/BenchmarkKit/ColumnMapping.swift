/// Which input column (CSV header or JSON key) fills which ``BenchmarkField``.
///
/// ``automatic`` recognises the headers of common exports (English and German,
/// e.g. "Profile", "Page", "Network", "Fans", "Reactions", "Datum"). Header
/// matching ignores case, spaces, `_`, `-`, `.`, `/` and brackets, so
/// "Response Time (min)" and "response_time_min" are the same. An explicit
/// mapping (``init(_:)``) wins over aliases for the fields it names; the other
/// fields still use the aliases unless ``useAliases`` is `false`.
public struct ColumnMapping: Sendable, Equatable {
    /// Explicit header for a field (as written in the file; matched normalised).
    public var explicit: [BenchmarkField: String]
    /// Whether fields not named explicitly are looked up by alias.
    public var useAliases: Bool
    /// Extra aliases, added to the built-in ones.
    public var extraAliases: [BenchmarkField: [String]]
    /// Columns named by a mapping file or preset (``ImportMapping``): header → what it fills.
    /// A field named here is taken only from these headers (its built-in aliases are dropped),
    /// and a header mapped to `nil` is ignored even when an alias would match it.
    public var columns: [MappedColumn]

    /// A column named by a mapping: its header, the field it fills (`nil`: ignored) and a
    /// factor for its values (60 for response times in hours).
    public struct MappedColumn: Sendable, Equatable {
        public var header: String
        public var field: BenchmarkField?
        public var scale: Double

        public init(header: String, field: BenchmarkField?, scale: Double = 1) {
            self.header = header
            self.field = field
            self.scale = scale
        }
    }

    public init(_ explicit: [BenchmarkField: String] = [:], useAliases: Bool = true,
                extraAliases: [BenchmarkField: [String]] = [:], columns: [MappedColumn] = []) {
        self.explicit = explicit
        self.useAliases = useAliases
        self.extraAliases = extraAliases
        self.columns = columns
    }

    /// Alias lookup only.
    public static let automatic = ColumnMapping()

    /// Built-in header aliases per field. Response-time headers given in hours
    /// are listed in ``hourAliases`` and converted to minutes.
    ///
    /// Beyond generic English and German names, the table holds the column names of the
    /// exports people bring, as the tools' public help pages name their metrics (read
    /// 2026-12-07; names are matched normalised, so "Reactions (total)" = "reactions total"):
    ///
    /// - Fanpage Karma (profile KPIs "Number of Fans", "Response Time", German "Fans",
    ///   "Post-Interaktion"): https://academy.fanpagekarma.com/en/hrf_faq/profile/ and
    ///   https://social-media-abc.de/wiki/Fanpage_karma
    /// - Metricool (LinkedIn company page: "Followers", "Impressions", "Reactions", "Comments",
    ///   "Shares", "Posts", "Page views"): https://help.metricool.com/en/article/linkedin-company-page-metrics-1kxa7fv
    /// - Meta Business Suite / Meta page insights ("Lifetime Post Total Reach", "Lifetime Post
    ///   Consumers", "Post Reach", "Post Impressions", "Total Fans", "Lifetime Total Likes"; content
    ///   exports with "Publish time" and a "Date" of "Lifetime"):
    ///   https://support.sproutsocial.com/hc/en-us/articles/204837535-Facebook-Post-Performance-Report-vs-Facebook-Insights-Post-Level-Report
    ///   and https://faq.buffer.com/article/1098-analyze-facebook-metric-descriptions
    /// - LinkedIn page analytics ("Impressions (total)", "Reactions (total)", "Comments (total)",
    ///   "Reposts (total)", "Total followers"; competitors tab "Total Followers", "Total posts",
    ///   "Total post engagements"): https://support.iconosquare.com/linkedin-analytics-glossary-by-section
    ///   and the export columns named in issue 14
    /// - YouTube Studio ("Views", "Impressions", "Unique viewers", "Subscribers", "Watch time (hours)"):
    ///   https://issuhub.com/view/index/1352?pageIndex=22 and https://www.notelm.ai/blog/youtube-analytics-guide
    /// - TikTok analytics ("Video views", "Profile views", "Followers", "Likes", "Comments", "Shares";
    ///   data sets with "Report Date", "Username", "Display Name", "Video Create Time"):
    ///   https://newsroom.tiktok.com/en-us/product-tutorial-tiktok-analytics and
    ///   https://help.channelmix.com/hc/en-us/articles/32153805782163-TikTok-Organic-Standard-Dataset
    public static let aliases: [BenchmarkField: [String]] = [
        .competitor: ["competitor", "competitor name", "profile", "profile name", "page", "page name",
                      "account", "account name", "brand", "company", "name", "handle", "channel name",
                      "wettbewerber", "mitbewerber", "konkurrent", "profil", "profilname", "seite",
                      "marke", "unternehmen",
                      // Meta, LinkedIn competitors, TikTok, YouTube
                      "page title", "organization", "organization name", "company name", "username", "display name",
                      "channel title", "seitenname", "profil name"],
        .platform: ["platform", "network", "social network", "channel", "service", "site",
                    "plattform", "netzwerk", "kanal", "soziales netzwerk"],
        .date: ["date", "day", "datum", "tag", "date utc", "datum utc", "report date", "zeitraum"],
        .publishTime: ["publish time", "published", "publish date", "published at", "date published", "post date",
                       "posted", "created", "created time", "video create time", "post created",
                       "veröffentlichungszeitpunkt", "veröffentlichungsdatum", "veröffentlicht", "veroeffentlicht",
                       "datum der veröffentlichung"],
        .followers: ["followers", "follower", "fans", "page fans", "subscribers", "audience",
                     "followers count", "fans total", "abonnenten", "abonnenten gesamt", "fans gesamt",
                     // Fanpage Karma, Meta, LinkedIn, YouTube, TikTok
                     "number of fans", "anzahl fans", "total fans", "lifetime total likes", "page likes",
                     "total followers", "total page followers", "followers total", "follower gesamt",
                     "follower insgesamt", "lifetime followers", "lifetime follower count", "subscribers total",
                     "abonnenten insgesamt", "facebook page likes", "instagram followers"],
        .posts: ["posts", "number of posts", "post count", "posts count", "published posts",
                 "beiträge", "beitraege", "anzahl beiträge", "anzahl posts", "posts anzahl",
                 "total posts", "total content", "content", "videos", "number of videos", "videos published",
                 "anzahl der beiträge", "posts total"],
        .likes: ["likes", "reactions", "reactions total", "likes reactions", "favorites", "favourites",
                 "applause", "reaktionen", "gefällt mir", "gefaellt mir", "gefällt mirangaben",
                 "total reactions", "post reactions", "reactions organic", "likes total", "lifetime likes",
                 "reaktionen gesamt", "reaktionen insgesamt", "mag ich"],
        .comments: ["comments", "replies", "kommentare", "antworten", "comments total", "total comments",
                    "total comments received", "lifetime comments", "kommentare gesamt", "kommentare insgesamt"],
        .shares: ["shares", "retweets", "reposts", "shares retweets", "geteilt", "teilungen",
                  "geteilte inhalte", "amplification", "reposts total", "shares total", "total shares",
                  "lifetime shares", "mal geteilt", "geteilte beiträge", "teilungen gesamt"],
        .views: ["views", "video views", "plays", "video plays", "aufrufe", "videoaufrufe", "wiedergaben",
                 "total video views", "video views total", "lifetime video views", "aufrufe gesamt"],
        .impressions: ["impressions", "impressionen", "impressions total", "total impressions",
                       "post impressions", "lifetime post total impressions", "impressionen gesamt",
                       "impressionen insgesamt"],
        .reach: ["reach", "unique reach", "reichweite", "post reach", "total reach", "lifetime post total reach",
                 "daily total reach", "unique impressions total", "unique viewers", "accounts reached",
                 "erreichte personen", "reichweite gesamt"],
        .mentions: ["mentions", "brand mentions", "erwähnungen", "erwaehnungen", "nennungen"],
        .responseMinutes: ["response minutes", "response time", "response time min", "response time minutes",
                           "response time in minutes", "median response time min", "avg response time min",
                           "antwortzeit", "antwortzeit min", "antwortzeit minuten", "reaktionszeit",
                           "reaktionszeit min"],
    ]

    /// Response-time headers in hours; values are multiplied by 60.
    public static let hourAliases: [String] = ["response time h", "response time hours", "response hours",
                                               "antwortzeit h", "antwortzeit stunden", "reaktionszeit h"]

    /// Normalises a header for matching: lower case, letters and digits only.
    public static func normalize(_ header: String) -> String {
        var out = ""
        for ch in header.lowercased() where ch.isLetter || ch.isNumber {
            out.append(ch)
        }
        return out
    }

    /// The result of matching headers: for each input column, the field it
    /// fills (or `nil` when ignored) and a scale factor for its values.
    public struct Resolution: Sendable, Equatable {
        public var fieldForColumn: [BenchmarkField?]
        public var scaleForColumn: [Double]
        /// Fields that were found, with the header that fills them.
        public var headers: [BenchmarkField: String]
        /// Headers that fill no field.
        public var ignored: [String]
        /// Required fields not found.
        public var missingRequired: [BenchmarkField]
        /// Headers that would fill a field already filled by an earlier column.
        public var duplicates: [(field: BenchmarkField, header: String)]

        public static func == (a: Resolution, b: Resolution) -> Bool {
            a.fieldForColumn == b.fieldForColumn && a.scaleForColumn == b.scaleForColumn
                && a.headers == b.headers && a.ignored == b.ignored && a.missingRequired == b.missingRequired
        }
    }

    /// Matches input headers to fields.
    public func resolve(headers: [String]) -> Resolution {
        var lookup: [String: (BenchmarkField, Double)] = [:]
        if useAliases {
            for (field, names) in Self.aliases {
                for name in names { lookup[Self.normalize(name)] = (field, 1) }
            }
            for name in Self.hourAliases { lookup[Self.normalize(name)] = (.responseMinutes, 60) }
            for (field, names) in extraAliases {
                for name in names { lookup[Self.normalize(name)] = (field, 1) }
            }
        }
        var explicitByHeader: [String: (BenchmarkField, Double)] = [:]
        for column in columns {
            let key = Self.normalize(column.header)
            lookup[key] = nil
            guard let field = column.field else { continue }
            // A mapped field is not taken from an alias.
            for (k, value) in lookup where value.0 == field { lookup[k] = nil }
            if explicitByHeader[key] == nil { explicitByHeader[key] = (field, column.scale) }
        }
        for (field, header) in explicit {
            explicitByHeader[Self.normalize(header)] = (field, 1)
            // An explicitly mapped field is not taken from an alias.
            for (key, value) in lookup where value.0 == field { lookup[key] = nil }
        }
        var result = Resolution(fieldForColumn: [], scaleForColumn: [], headers: [:], ignored: [],
                                missingRequired: [], duplicates: [])
        for header in headers {
            let key = Self.normalize(header)
            var match: (BenchmarkField, Double)?
            if let m = explicitByHeader[key] { match = m } else if let m = lookup[key] { match = m }
            if let (field, scale) = match {
                if result.headers[field] != nil {
                    result.duplicates.append((field, header))
                    result.fieldForColumn.append(nil)
                    result.scaleForColumn.append(1)
                    result.ignored.append(header)
                } else {
                    result.headers[field] = header
                    result.fieldForColumn.append(field)
                    result.scaleForColumn.append(scale)
                }
            } else {
                result.fieldForColumn.append(nil)
                result.scaleForColumn.append(1)
                result.ignored.append(header)
            }
        }
        result.missingRequired = BenchmarkField.required.filter { result.headers[$0] == nil }
        return result
    }

    /// Names looked for when `field` is missing, for error messages.
    public func candidates(for field: BenchmarkField) -> [String] {
        var names: [String] = []
        if let e = explicit[field] { names.append(e) }
        names += columns.filter { $0.field == field }.map(\.header)
        if useAliases && !columns.contains(where: { $0.field == field }) { names += Self.aliases[field] ?? [] }
        return names
    }
}
