public import BenchmarkKit
public import StrategyKit

/// The competitor benchmark as a document: per platform and metric a ranked table
/// with the metric's definition beside it, bar charts, weekly trend lines, and the
/// definitions with their sources.
public struct BenchmarkReport: Sendable {
    public var result: BenchmarkResult
    public var language: Language
    public var generatedOn: CalendarDate
    /// The data file(s) the result came from, as the user named them.
    public var inputs: [String]

    public init(result: BenchmarkResult, language: Language, generatedOn: CalendarDate, inputs: [String]) {
        self.result = result
        self.language = language
        self.generatedOn = generatedOn
        self.inputs = inputs
    }

    /// The whole report as a stand-alone document.
    public var document: ReportDocument {
        let t = Localizer(language)
        var facts = [
            ReportDocument.Fact(label: t("Erstellt am", "Generated on"), value: generatedOn.description),
            ReportDocument.Fact(label: t("Daten", "Data"), value: inputs.joined(separator: ", ")),
        ]
        if let organization = result.organization {
            facts.append(.init(label: t("Organisation", "Organisation"), value: organization))
        }
        if let period = result.period {
            facts.append(.init(label: t("Zeitraum", "Period"), value: "\(period.start) – \(period.end) (\(period.days) \(t("Tage", "days")))"))
        }
        if let report = result.importReport {
            facts.append(.init(label: t("Zeilen", "Rows"),
                               value: t("\(report.rowsImported) importiert, \(report.rowsSkipped) übersprungen",
                                        "\(report.rowsImported) imported, \(report.rowsSkipped) skipped")))
        }
        return ReportDocument(
            title: t("Wettbewerbsvergleich", "Competitor benchmark"),
            subtitle: result.organization.map { t("für \($0)", "for \($0)") },
            language: language, facts: facts,
            sections: sections(includeDefinitions: true),
            footer: [t("Jede Kennzahl nennt ihre Definition; veröffentlichte Werte anderer Quellen sind nur mit derselben Definition vergleichbar.",
                       "Every metric states its definition; published figures from other sources compare only under the same definition."),
                     "smkit \(BenchmarkKit.version)"])
    }

    /// The sections, also for embedding in the strategy report.
    public func sections(includeDefinitions: Bool) -> [ReportSection] {
        let t = Localizer(language)
        var sections: [ReportSection] = []
        if let report = result.importReport {
            sections.append(importSection(report))
        }
        for platform in result.platforms {
            var blocks: [ReportBlock] = [
                .paragraph(t("\(platform.competitors.count) Profile, \(platform.period.start) bis \(platform.period.end).",
                             "\(platform.competitors.count) profiles, \(platform.period.start) to \(platform.period.end).")),
            ]
            for table in platform.tables {
                guard let definition = result.definition(table.metricID) else { continue }
                blocks += metricBlocks(table, definition)
            }
            blocks += trendBlocks(platform)
            sections.append(ReportSection(id: "benchmark-\(platform.platform)",
                                          title: t("Wettbewerb auf \(title(platform.platform))", "Competitors on \(title(platform.platform))"),
                                          blocks: blocks))
        }
        if includeDefinitions { sections.append(definitionsSection()) }
        if !result.warnings.isEmpty {
            sections.append(ReportSection(id: "benchmark-warnings", title: t("Hinweise zu den Daten", "Notes on the data"),
                                          blocks: [.bullets(result.warnings)]))
        }
        return sections
    }

    /// What the import recognised, ignored, detected and skipped: shown in every format.
    private func importSection(_ report: ImportReport) -> ReportSection {
        let t = Localizer(language)
        var items: [String] = []
        let used = BenchmarkField.allCases.compactMap { field in report.columns[field.rawValue].map { "\($0) → \(field.rawValue)" } }
        items.append(t("Erkannte Spalten: ", "Recognised columns: ") + (used.isEmpty ? "–" : used.joined(separator: ", ")))
        items.append(t("Ignorierte Spalten: ", "Ignored columns: ")
                     + (report.ignoredColumns.isEmpty ? t("keine", "none") : report.ignoredColumns.joined(separator: ", ")))
        for notice in report.notices {
            items.append(language == .de ? notice.de : notice.en)
        }
        return ReportSection(id: "benchmark-import", title: t("Import von \(report.file)", "Import of \(report.file)"),
                             blocks: [.bullets(items)])
    }

    private func title(_ platform: String) -> String {
        let names = ["tiktok": "TikTok", "youtube": "YouTube", "linkedin": "LinkedIn", "x": "X", "xing": "XING"]
        return names[platform] ?? platform.prefix(1).uppercased() + platform.dropFirst()
    }

    private func name(_ text: LocalizedText) -> String { text.text(in: language) }

    private func format(_ value: Double?, _ unit: MetricUnit) -> String {
        guard let value else { return "n/a" }
        switch unit {
        // Percent metrics are computed in percent already (×100), not as shares.
        case .percent: return NumberText.format(value, language, digits: 2) + (language == .de ? " %" : "%")
        case .count: return NumberText.format(value, language, digits: 0)
        default: return NumberText.format(value, language, digits: 2)
        }
    }

    /// A difference between two values of a metric: percentage points for percent metrics
    /// (the gap between 2 % and 3 % is 1 point, not 1 %).
    private func formatGap(_ value: Double, _ unit: MetricUnit) -> String {
        guard unit == .percent else { return format(value, unit) }
        return NumberText.format(value, language, digits: 2) + (language == .de ? " Prozentpunkte" : " percentage points")
    }

    /// A side of a ratio in parentheses when it is a sum or difference, so the formula reads
    /// as computed: (followers_end − followers_start) / followers_start.
    static func grouped(_ term: String) -> String {
        term.contains(" − ") || term.contains(" + ") || term.contains(" - ") || term.contains(" / ") ? "(\(term))" : term
    }

    /// The definition line shown next to every table: numerator / denominator, aggregation.
    func definitionLine(_ definition: MetricDefinition) -> String {
        let t = Localizer(language)
        let ratio = definition.denominator.map { "\(Self.grouped(definition.numerator)) / \(Self.grouped($0))" }
            ?? definition.numerator
        return t("**Definition:** \(ratio); Aggregation: \(definition.aggregation.rawValue).",
                 "**Definition:** \(ratio); aggregation: \(definition.aggregation.rawValue).")
            + " " + name(definition.summary)
    }

    private func metricBlocks(_ table: MetricTable, _ definition: MetricDefinition) -> [ReportBlock] {
        let t = Localizer(language)
        var rendered = ReportTable(
            headers: [t("Rang", "Rank"), t("Profil", "Profile"), name(definition.name), t("Median", "Median"),
                      t("Perzentil", "Percentile"), t("Hinweis", "Note")],
            alignments: [.right, .left, .right, .right, .right, .left])
        var bars: [BarChart.Bar] = []
        for row in table.rows {
            // The own row is marked in the text too, so it stands out without colour.
            let label = row.isOrganization ? row.competitor + " ◀" : row.competitor
            rendered.append([row.rank.map(String.init) ?? "–", label, format(row.value, definition.unit),
                             row.median.map { format($0, definition.unit) } ?? "",
                             row.percentile.map { NumberText.format($0, language, digits: 0) } ?? "",
                             row.naReason ?? ""],
                            style: row.isOrganization ? .own : .normal)
            if let value = row.value {
                bars.append(.init(label: row.competitor, value: value, valueLabel: format(value, definition.unit),
                                  highlighted: row.isOrganization))
            }
        }
        var blocks: [ReportBlock] = [.heading(name(definition.name)), .paragraph(definitionLine(definition)), .table(rendered)]
        if bars.count > 1 {
            blocks.append(.chart(.bars(BarChart(title: name(definition.name), bars: bars,
                                                legend: [t("hervorgehoben: die eigene Organisation", "highlighted: your organisation")],
                                                language: language))))
        }
        if let gap = table.gap, gap.value != nil {
            var parts: [String] = []
            if let leader = gap.leader, let toLeader = gap.toLeader {
                if leader == gap.organization || (toLeader == 0 && gap.rank == 1) {
                    parts.append(t("führt selbst", "is the leader"))
                } else {
                    parts.append(t("Abstand zum Spitzenreiter \(leader): \(formatGap(toLeader, definition.unit))",
                                   "gap to the leader \(leader): \(formatGap(toLeader, definition.unit))"))
                }
            }
            if let toMedian = gap.toMedian {
                parts.append(t("zum Median der Wettbewerber: \(formatGap(toMedian, definition.unit))",
                               "to the median competitor: \(formatGap(toMedian, definition.unit))"))
            }
            if let rank = gap.rank { parts.append(t("Rang \(rank) von \(gap.ranked)", "rank \(rank) of \(gap.ranked)")) }
            if !parts.isEmpty { blocks.append(.note("\(gap.organization): " + parts.joined(separator: "; ") + ".")) }
        }
        return blocks
    }

    private func trendBlocks(_ platform: PlatformBenchmark) -> [ReportBlock] {
        let t = Localizer(language)
        let weeks = platform.trendWeeks.compactMap(CalendarDate.init)
        guard weeks.count > 1 else { return [] }
        var blocks: [ReportBlock] = []
        for metricID in Set(platform.trends.map(\.metricID)).sorted() {
            guard let definition = result.definition(metricID) else { continue }
            let series = platform.trends.filter { $0.metricID == metricID }.map { trend in
                LineChart.Series(name: trend.competitor, points: zip(weeks, trend.values).compactMap { week, value in
                    value.map { LineChart.Point(date: week, value: $0) }
                }, dashed: !trend.isOrganization)
            }.filter { $0.points.count > 1 }
            guard !series.isEmpty else { continue }
            blocks.append(.chart(.line(LineChart(title: t("Verlauf je Woche: ", "Weekly trend: ") + name(definition.name),
                                                 series: series, unit: nil, language: language))))
        }
        return blocks
    }

    private func definitionsSection() -> ReportSection {
        let t = Localizer(language)
        var table = ReportTable(headers: [t("Kennzahl", "Metric"), t("Zähler", "Numerator"), t("Nenner", "Denominator"),
                                          t("Aggregation", "Aggregation"), t("Quelle", "Source")])
        for definition in result.definitions {
            table.append([name(definition.name), definition.numerator, definition.denominator ?? "–",
                          definition.aggregation.rawValue,
                          definition.sources.map { "\($0.name) (\($0.url))" }.joined(separator: "; ")])
        }
        return ReportSection(id: "benchmark-definitions", title: t("Definitionen und Quellen", "Definitions and sources"),
                             blocks: [.table(table)])
    }
}
