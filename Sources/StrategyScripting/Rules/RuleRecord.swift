public import StrategyKit

/// One rule as `smkit rules --format json` writes it: the names of `plugin:check`'s fields,
/// snake_case, every key always present (`null` when the plugin gives no value).
///
/// `platforms` is `null` for a rule that applies on every platform; `summary` has `de` and
/// `en`; `read` dates are `YYYY-MM-DD`; `secondary` is a list of `{url, title, read}`.
public struct RuleRecord: Sendable, Hashable, Encodable {
    public var id: String
    public var plugin: String
    public var subject: String
    public var severity: String
    public var consequence: String
    public var platforms: [String]?
    public var summary: LocalizedText
    public var source: String
    public var sourceTitle: String?
    public var read: String?
    public var quote: String?
    public var secondary: [Secondary]

    /// A secondary source.
    public struct Secondary: Sendable, Hashable, Encodable {
        public var url: String
        public var title: String?
        public var read: String?

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(url, forKey: .url)
            try container.encode(title, forKey: .title)
            try container.encode(read, forKey: .read)
        }

        enum CodingKeys: String, CodingKey { case url, title, read }
    }

    /// The record of a rule.
    public init(_ rule: CheckDescriptor) {
        id = rule.id
        plugin = rule.pluginID
        subject = rule.subject.rawValue
        severity = rule.severity.rawValue
        consequence = rule.consequence.rawValue
        platforms = rule.platforms
        summary = rule.summary
        source = rule.source
        sourceTitle = rule.sourceTitle
        read = rule.read?.description
        quote = rule.quote
        secondary = rule.secondary.map { Secondary(url: $0.url, title: $0.title, read: $0.read?.description) }
    }

    enum CodingKeys: String, CodingKey {
        case id, plugin, subject, severity, consequence, platforms, summary, source, read, quote, secondary
        case sourceTitle = "source_title"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(plugin, forKey: .plugin)
        try container.encode(subject, forKey: .subject)
        try container.encode(severity, forKey: .severity)
        try container.encode(consequence, forKey: .consequence)
        try container.encode(platforms, forKey: .platforms)
        try container.encode(summary, forKey: .summary)
        try container.encode(source, forKey: .source)
        try container.encode(sourceTitle, forKey: .sourceTitle)
        try container.encode(read, forKey: .read)
        try container.encode(quote, forKey: .quote)
        try container.encode(secondary, forKey: .secondary)
    }
}
