public import StrategyKit
import StrategyDocuments

/// Renders a ``FreshnessReport``: a status line per rule, the pages that could not be read,
/// a summary line and the not-legal-advice notice; or the same as one JSON object.
public struct FreshnessReportFormatter: Sendable {
    /// The output language.
    public var language: Language

    /// Creates a formatter.
    public init(language: Language) {
        self.language = language
    }

    /// The report in `format`.
    public func render(_ report: FreshnessReport, format: FreshnessOutputFormat) -> String {
        switch format {
        case .text: text(report)
        case .json: json(report)
        }
    }

    private var de: Bool { language == .de }

    /// The status word and its detail, e.g. `changed: quote not found; last seen 2026-11-20 (state file)`.
    func status(_ result: RuleFreshness) -> String {
        var text: String
        switch result.status {
        case .fresh:
            text = de ? "aktuell" : "fresh"
        case .changed(let seen, let fromState):
            text = de ? "geändert: Zitat nicht mehr auf der Seite; " : "changed: quote not found on the page; "
            if let seen {
                let origin = fromState ? (de ? "laut Zustandsdatei" : "state file") : (de ? "Lesedatum der Regel" : "the rule's read date")
                text += (de ? "zuletzt gesehen \(seen)" : "last seen \(seen)") + " (\(origin))"
            } else {
                text += de ? "nie gesehen" : "never seen"
            }
        case .unreachable(let failure):
            text = (de ? "nicht erreichbar: " : "unreachable: ") + failure.text(in: language)
        case .noQuote:
            text = de ? "ohne Zitat" : "no quote"
        }
        if let moved = result.movedTo { text += de ? " (umgezogen nach \(moved))" : " (moved to \(moved))" }
        return text
    }

    func summary(_ report: FreshnessReport) -> String {
        de ? "\(report.freshCount) aktuell, \(report.changedCount) geändert, \(report.unreachableCount) nicht erreichbar, "
            + "\(report.noQuoteCount) ohne Zitat."
           : "\(report.freshCount) fresh, \(report.changedCount) changed, \(report.unreachableCount) unreachable, "
            + "\(report.noQuoteCount) without quote."
    }

    func text(_ report: FreshnessReport) -> String {
        var lines: [String] = []
        for result in report.results {
            lines.append("\(result.rule.pluginID) \(result.rule.id): \(status(result))")
            if result.status != .noQuote { lines.append("    \(result.rule.source)") }
        }
        let pages = report.unreachablePages
        if !pages.isEmpty {
            lines.append("")
            lines.append(de ? "Nicht lesbare Seiten:" : "Pages that could not be read:")
            for page in pages { lines.append("  \(page.url): \(page.failure.text(in: language))") }
        }
        lines.append("")
        lines.append(summary(report))
        lines.append(CheckReportFormatter.disclaimer.text(in: language))
        return lines.joined(separator: "\n") + "\n"
    }

    private struct JSONRule: Encodable {
        var plugin: String
        var id: String
        var status: String
        var source: String
        var quote: String?
        var movedTo: String?
        var lastSeen: String?
        var lastSeenFrom: String?
        var reason: LocalizedText?
        var reasonKind: String?

        enum CodingKeys: String, CodingKey {
            case plugin, id, status, source, quote, reason
            case movedTo = "moved_to", lastSeen = "last_seen", lastSeenFrom = "last_seen_from", reasonKind = "reason_kind"
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(plugin, forKey: .plugin)
            try c.encode(id, forKey: .id)
            try c.encode(status, forKey: .status)
            try c.encode(source, forKey: .source)
            try c.encode(quote, forKey: .quote)
            try c.encode(movedTo, forKey: .movedTo)
            try c.encode(lastSeen, forKey: .lastSeen)
            try c.encode(lastSeenFrom, forKey: .lastSeenFrom)
            try c.encode(reason, forKey: .reason)
            try c.encode(reasonKind, forKey: .reasonKind)
        }
    }

    private struct JSONPage: Encodable {
        var url: String
        var reason: LocalizedText
        var reasonKind: String
        enum CodingKeys: String, CodingKey { case url, reason, reasonKind = "reason_kind" }
    }

    private struct JSONSummary: Encodable {
        var fresh: Int
        var changed: Int
        var unreachable: Int
        var noQuote: Int
        enum CodingKeys: String, CodingKey { case fresh, changed, unreachable, noQuote = "no_quote" }
    }

    /// `smkit rules freshness --format json` (docs/schemas/rules-freshness.schema.json): the
    /// same for every `--lang`, reasons in both languages.
    private struct JSONReport: Encodable {
        var schema = "smkit.rules-freshness/1"
        var checked: String
        var disclaimer: LocalizedText
        var rules: [JSONRule]
        var unreachablePages: [JSONPage]
        var summary: JSONSummary
        var exitStatus: Int32
        enum CodingKeys: String, CodingKey {
            case schema, checked, disclaimer, rules, summary
            case unreachablePages = "unreachable_pages", exitStatus = "exit_status"
        }
    }

    private static func both(_ failure: PageFetchFailure) -> LocalizedText {
        LocalizedText(de: failure.text(in: .de), en: failure.text(in: .en))
    }

    func json(_ report: FreshnessReport) -> String {
        let rules = report.results.map { result -> JSONRule in
            var rule = JSONRule(plugin: result.rule.pluginID, id: result.rule.id, status: result.status.keyword,
                                source: result.rule.source, quote: result.rule.quote, movedTo: result.movedTo)
            switch result.status {
            case .changed(let seen, let fromState):
                rule.lastSeen = seen?.description
                rule.lastSeenFrom = seen == nil ? nil : (fromState ? "state" : "read")
            case .unreachable(let failure):
                rule.reason = Self.both(failure)
                rule.reasonKind = failure.kind
            case .fresh:
                rule.lastSeen = report.checked.description
                rule.lastSeenFrom = "now"
            case .noQuote: break
            }
            return rule
        }
        let pages = report.unreachablePages.map { JSONPage(url: $0.url, reason: Self.both($0.failure),
                                                            reasonKind: $0.failure.kind) }
        return JSONOutput.encode(JSONReport(
            checked: report.checked.description, disclaimer: CheckReportFormatter.disclaimer, rules: rules,
            unreachablePages: pages,
            summary: JSONSummary(fresh: report.freshCount, changed: report.changedCount,
                                 unreachable: report.unreachableCount, noQuote: report.noQuoteCount),
            exitStatus: report.exitStatus))
    }
}
