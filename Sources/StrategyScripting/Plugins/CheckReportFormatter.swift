import Foundation
import StrategyDocuments
public import StrategyKit

/// Renders check results as text, JSON or Markdown, always with the not-legal-advice notice.
public struct CheckReportFormatter {
    /// The output language.
    public var language: Language
    /// Colour severities (only on a terminal without `NO_COLOR`).
    public var colour: Bool

    /// Creates a formatter.
    public init(language: Language, colour: Bool = false) {
        self.language = language
        self.colour = colour
    }

    /// The notice every output about rules carries.
    public static let disclaimer = LocalizedText(
        de: "Hinweis: Keine Rechtsberatung. Die Regeln sind Zusammenfassungen mit Quelle und Lesedatum; Plattformregeln und Gesetze ändern sich. Im Zweifel anwaltlich prüfen lassen.",
        en: "Note: not legal advice. The rules are summaries with their source and the date they were read; platform rules and laws change. When in doubt, ask a lawyer.")

    /// Renders `result` in `format`.
    public func render(_ result: CheckResult, format: CheckOutputFormat, files: [String]) -> String {
        switch format {
        case .text: text(result)
        case .json: json(result, files: files)
        case .markdown: markdown(result, files: files)
        }
    }

    func consequence(_ value: FindingConsequence) -> String {
        switch (value, language) {
        case (.platform, .de): "Plattformregel"
        case (.platform, .en): "platform rule"
        case (.legal, .de): "Recht"
        case (.legal, .en): "law"
        case (.bestPractice, .de): "Empfehlung"
        case (.bestPractice, .en): "best practice"
        }
    }

    func severity(_ value: FindingSeverity) -> String {
        switch (value, language) {
        case (.error, .de): "Fehler"
        case (.warning, .de): "Warnung"
        case (.info, .de): "Hinweis"
        default: value.rawValue
        }
    }

    private func painted(_ text: String, _ value: FindingSeverity) -> String {
        guard colour else { return text }
        let code = switch value {
        case .error: "31"
        case .warning: "33"
        case .info: "36"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    func summary(_ result: CheckResult) -> String {
        let errors = result.findings.filter { $0.severity == .error }.count
        let warnings = result.findings.filter { $0.severity == .warning }.count
        let infos = result.findings.filter { $0.severity == .info }.count
        return language == .de
            ? "\(errors) Fehler, \(warnings) Warnungen, \(infos) Hinweise; \(result.failures.count) Plugin-Ausfälle."
            : "\(errors) errors, \(warnings) warnings, \(infos) notes; \(result.failures.count) plugin failures."
    }

    func text(_ result: CheckResult) -> String {
        var lines: [String] = []
        let read = language == .de ? "gelesen" : "read"
        let source = language == .de ? "Quelle" : "source"
        for finding in result.sortedFindings {
            let place = finding.location ?? finding.subjectID
            let platform = finding.platform.map { " \($0)" } ?? ""
            lines.append("\(place): \(painted(severity(finding.severity), finding.severity)): [\(finding.pluginID) \(finding.ruleID)] "
                         + "\(finding.message.text(in: language)) (\(consequence(finding.consequence))\(platform))")
            lines.append("    \(source): \(finding.source)" + (finding.ruleDate.map { " (\(read) \($0))" } ?? ""))
        }
        for failure in result.failures {
            lines.append((language == .de ? "Plugin-Ausfall: " : "plugin failure: ") + failure.description)
        }
        lines.append(summary(result))
        lines.append(Self.disclaimer.text(in: language))
        return lines.joined(separator: "\n") + "\n"
    }

    /// `smkit check --format json` (docs/schemas/check.schema.json): the same for every `--lang`.
    private struct JSONReport: Encodable {
        var schema = "smkit.check/1"
        var files: [String]
        var findings: [Finding]
        var failures: [PluginFailure]
        var errors: Int
        var disclaimer: LocalizedText
    }

    func json(_ result: CheckResult, files: [String]) -> String {
        JSONOutput.encode(JSONReport(files: files, findings: result.sortedFindings, failures: result.failures,
                                     errors: result.findings.filter { $0.severity == .error }.count,
                                     disclaimer: Self.disclaimer))
    }

    func markdown(_ result: CheckResult, files: [String]) -> String {
        let de = language == .de
        var out = de ? "# Prüfbericht\n\n" : "# Check report\n\n"
        out += "> " + Self.disclaimer.text(in: language) + "\n\n"
        let bySubject = Dictionary(grouping: result.sortedFindings, by: \.subjectID)
        for subject in bySubject.keys.sorted() {
            out += "## \(subject)\n\n"
            out += de ? "| Schwere | Regel | Plugin | Art | Feld | Befund | Quelle |\n"
                      : "| Severity | Rule | Plugin | Kind | Field | Finding | Source |\n"
            out += "|---|---|---|---|---|---|---|\n"
            for f in bySubject[subject] ?? [] {
                let cells = [severity(f.severity), f.ruleID, f.pluginID, consequence(f.consequence), f.location ?? (f.field ?? ""),
                             f.message.text(in: language),
                             "[\(f.source.count > 40 ? String(f.source.prefix(40)) + "…" : f.source)](\(f.source))"
                                 + (f.ruleDate.map { " (\($0))" } ?? "")]
                out += "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
            }
            out += "\n"
        }
        if !result.failures.isEmpty {
            out += de ? "## Plugin-Ausfälle\n\n" : "## Plugin failures\n\n"
            for failure in result.failures { out += "- `\(failure.description)`\n" }
            out += "\n"
        }
        out += summary(result) + "\n"
        return out
    }
}
