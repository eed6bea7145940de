import Foundation
public import StrategyKit
import StrategyDocuments

/// Renders a ``RuleCatalog`` for `smkit rules`: text for a terminal, JSON for tools, Markdown
/// for a reviewer (a lawyer reads it in one go: every rule with its source, read date and quote).
public struct RuleListFormatter: Sendable {
    /// The output language.
    public var language: Language

    /// Creates a formatter.
    public init(language: Language) {
        self.language = language
    }

    /// The catalogue in `format`; `generated` is the date the Markdown document names.
    public func render(_ catalog: RuleCatalog, format: RuleListFormat, generated: CalendarDate) -> String {
        switch format {
        case .text: text(catalog)
        case .json: JSONOutput.encode(RuleListJSON(catalog))
        case .markdown: markdown(catalog, generated: generated)
        }
    }

    private var de: Bool { language == .de }
    private var labels: CheckReportFormatter { CheckReportFormatter(language: language) }

    private func platforms(_ rule: CheckDescriptor) -> String {
        rule.platforms.map { $0.joined(separator: ", ") } ?? (de ? "alle" : "all")
    }

    private func count(_ catalog: RuleCatalog) -> String {
        let plugins = catalog.byPlugin.count
        let rules = catalog.rules.count
        return de ? "\(rules) \(rules == 1 ? "Regel" : "Regeln") aus \(plugins) \(plugins == 1 ? "Plugin" : "Plugins")"
                  : "\(rules) \(rules == 1 ? "rule" : "rules") from \(plugins) \(plugins == 1 ? "plugin" : "plugins")"
    }

    func text(_ catalog: RuleCatalog) -> String {
        var lines = [(de ? "Regeln und ihre Quellen: " : "Rules and their sources: ") + count(catalog)]
        let read = de ? "gelesen" : "read"
        for group in catalog.byPlugin {
            lines.append("")
            lines.append(group.plugin)
            for rule in group.rules {
                lines.append("  \(rule.id)  \(labels.severity(rule.severity))  \(labels.consequence(rule.consequence))  "
                             + "\(rule.subject.rawValue)  \(de ? "Plattformen" : "platforms"): \(platforms(rule))")
                lines.append("    " + rule.summary.text(in: language))
                var source = "    \(de ? "Quelle" : "source"): "
                if let title = rule.sourceTitle { source += title + " " }
                source += "<\(rule.source)>" + (rule.read.map { " (\(read) \($0))" } ?? "")
                lines.append(source)
                lines.append("    \(de ? "Zitat" : "quote"): " + (rule.quote.map { "\"\($0)\"" } ?? "-"))
                for secondary in rule.secondary {
                    lines.append("    \(de ? "daneben" : "secondary"): " + (secondary.title.map { $0 + " " } ?? "")
                                 + "<\(secondary.url)>" + (secondary.read.map { " (\(read) \($0))" } ?? ""))
                }
            }
        }
        lines.append("")
        lines.append(CheckReportFormatter.disclaimer.text(in: language))
        return lines.joined(separator: "\n") + "\n"
    }

    func markdown(_ catalog: RuleCatalog, generated: CalendarDate) -> String {
        var out = de ? "# Regeln und ihre Quellen\n\n" : "# Rules and their sources\n\n"
        out += (de ? "Erstellt am \(generated) von smkit: " : "Generated on \(generated) by smkit: ") + count(catalog) + ".\n\n"
        out += "> **" + CheckReportFormatter.disclaimer.text(in: language) + "**\n\n"
        out += de
            ? "Jede Regel nennt ihre Hauptquelle, den Tag, an dem sie gelesen wurde, und die Worte der Quelle, auf die sie sich stützt. `smkit rules freshness` prüft, ob diese Worte noch auf der Seite stehen.\n\n"
            : "Each rule names its primary source, the day it was read and the words of the source it rests on. `smkit rules freshness` checks whether those words are still on the page.\n\n"
        for group in catalog.byPlugin {
            out += "## \(escape(group.plugin))\n\n"
            for rule in group.rules {
                out += "### \(escape(rule.id)): \(escape(rule.summary.text(in: language)))\n\n"
                out += "| | |\n|---|---|\n"
                func row(_ label: String, _ value: String) { out += "| \(label) | \(value) |\n" }
                row(de ? "Gegenstand" : "Subject", escape(rule.subject.rawValue))
                row(de ? "Schwere" : "Severity", escape(labels.severity(rule.severity)))
                row(de ? "Art" : "Consequence", escape(labels.consequence(rule.consequence)))
                row(de ? "Plattformen" : "Platforms", escape(platforms(rule)))
                row(de ? "Quelle" : "Source", link(rule.sourceTitle, rule.source))
                row(de ? "Gelesen am" : "Read on", rule.read.map(\.description) ?? "–")
                if !rule.secondary.isEmpty {
                    let items = rule.secondary.map { source in
                        link(source.title, source.url) + (source.read.map { " (\(de ? "gelesen" : "read") \($0))" } ?? "")
                    }
                    row(de ? "Weitere Quellen" : "Secondary sources", items.joined(separator: "<br>"))
                }
                out += "\n"
                if let quote = rule.quote {
                    out += (de ? "Zitat der Quelle:" : "Quote from the source:") + "\n\n> " + escape(quote) + "\n\n"
                } else {
                    out += de ? "*Kein Zitat angegeben.*\n\n" : "*No quote given.*\n\n"
                }
            }
        }
        out += "---\n\n" + CheckReportFormatter.disclaimer.text(in: language) + "\n"
        return out
    }

    /// `[title](url)`, or `<url>` without a title.
    private func link(_ title: String?, _ url: String) -> String {
        let target = url.replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: "(", with: "%28")
            .replacingOccurrences(of: ")", with: "%29").replacingOccurrences(of: "|", with: "%7C")
        guard let title, !title.isEmpty else { return "<\(target)>" }
        return "[\(escape(title))](\(target))"
    }

    /// Text safe in Markdown paragraphs and table cells.
    private func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|", "#": out += "\\" + String(character)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\n": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}
