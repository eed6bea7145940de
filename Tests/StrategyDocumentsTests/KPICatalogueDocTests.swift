import BenchmarkKit
import Foundation
import StrategyDocuments
import StrategyKit
import Testing

/// docs/kpis.md lists every KPI id smkit knows: the tables between its `generated` markers
/// are written from the code (`BenefitCatalog.standard`, `KPIImport.measures`,
/// `Metric.defaults`), so the catalogue cannot drift from the tool.
///
/// After a change to a KPI or a metric, run the test with `SMKIT_UPDATE_SNAPSHOTS=1`: it
/// rewrites the tables in docs/kpis.md; review the diff like any other change.
@Suite("KPI catalogue in docs/kpis.md", .timeLimit(.minutes(1)))
struct KPICatalogueDocTests {
    static let document = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/kpis.md")

    static let catalogue = BenefitCatalog.standard

    /// The goal KPIs: catalogue order, with the benefits each measures and what `kpi import` reads.
    static func goalKPITable() -> String {
        var lines = ["| id | name (en / de) | unit | definition (en / de) | measures the benefit | `kpi import` reads |",
                     "|---|---|---|---|---|---|"]
        for kpi in catalogue.allKPIs {
            let benefits = catalogue.benefits(measuredBy: kpi.id).map { "`\($0.rawValue)`" }.joined(separator: ", ")
            lines.append(row(["`\(kpi.id)`", "\(kpi.name.en) / \(kpi.name.de)", unitText(kpi.unit),
                              "\(kpi.definition.en) / \(kpi.definition.de)", benefits, importText(kpi.id)]))
        }
        return lines.joined(separator: "\n")
    }

    /// KPIs `kpi import` fills that no benefit lists.
    static func importOnlyTable() -> String {
        var lines = ["| id | `kpi import` reads |", "|---|---|"]
        for id in KPIImport.measures.keys.sorted() where catalogue.kpi(id) == nil {
            lines.append(row(["`\(id)`", importText(id)]))
        }
        return lines.joined(separator: "\n")
    }

    /// The built-in benchmark metrics, in table order.
    static func metricTable() -> String {
        var lines = ["| id | name (en / de) | definition | numerator | denominator | aggregation | unit | better | sources |",
                     "|---|---|---|---|---|---|---|---|---|"]
        for metric in Metric.defaults {
            let d = metric.definition
            let sources = d.sources.map { "[\($0.name)](\($0.url))" }.joined(separator: ", ")
            lines.append(row(["`\(d.id)`", "\(d.name.en) / \(d.name.de)", d.summary.en, d.numerator, d.denominator ?? "—",
                              "`\(d.aggregation.rawValue)`", "`\(d.unit.rawValue)`",
                              d.direction == .higherIsBetter ? "higher" : "lower", sources]))
        }
        return lines.joined(separator: "\n")
    }

    static func unitText(_ unit: KPIUnit) -> String {
        switch unit {
        case .count: "count"
        case .percent: "percent (4.5 = 4.5 %)"
        case .hours: "hours"
        case .euro: "euros"
        case .rating: "rating"
        }
    }

    static func importText(_ id: String) -> String {
        guard let (measure, scale) = KPIImport.measures[id] else { return "—" }
        let column = measure == .interactions ? "likes + comments + shares" : "`\(measure.name)`"
        return scale == 1 ? column : "\(column) × \(scale == 1.0 / 60 ? "1/60" : String(scale))"
    }

    static func row(_ cells: [String]) -> String {
        "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
            .joined(separator: " | ") + " |"
    }

    /// The generated parts by marker name.
    static let parts: [(name: String, text: @Sendable () -> String)] = [
        ("goal-kpis", goalKPITable), ("import-only-kpis", importOnlyTable), ("benchmark-metrics", metricTable),
    ]

    /// `text` with each generated part replaced by the current one; throws when a marker is missing.
    static func regenerated(_ text: String) throws -> String {
        var result = text
        for part in parts {
            let begin = "<!-- BEGIN generated \(part.name) -->\n", end = "<!-- END generated \(part.name) -->"
            guard let start = result.range(of: begin), let stop = result.range(of: end, range: start.upperBound..<result.endIndex) else {
                throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "docs/kpis.md lacks the markers of '\(part.name)'"])
            }
            result.replaceSubrange(start.upperBound..<stop.lowerBound, with: part.text() + "\n")
        }
        return result
    }

    @Test func theTablesAreThoseOfTheCode() throws {
        let recorded = try String(contentsOf: Self.document, encoding: .utf8)
        let current = try Self.regenerated(recorded)
        if ProcessInfo.processInfo.environment["SMKIT_UPDATE_SNAPSHOTS"] == "1" {
            try current.write(to: Self.document, atomically: true, encoding: .utf8)
        }
        #expect(current == recorded,
                "docs/kpis.md differs from the KPIs and metrics in the code; run this test with SMKIT_UPDATE_SNAPSHOTS=1 and review the diff")
    }

    /// Every id in the code is in the document and every id in its tables is one the code
    /// knows, also outside the generated parts (a KPI mentioned in prose that no longer exists).
    @Test func everyIDIsDocumentedAndEveryDocumentedIDExists() throws {
        let text = try String(contentsOf: Self.document, encoding: .utf8)
        let known = Set(Self.catalogue.allKPIs.map(\.id) + KPIImport.measures.keys + Metric.defaults.map(\.id))
        #expect(known.count > 40)
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("| `") }
        let documented = Set(rows.compactMap { $0.firstMatch(of: /^\| `([a-z0-9_]+)`/).map { String($0.1) } })
        for id in known.subtracting(documented).sorted() { Issue.record("KPI '\(id)' is not in docs/kpis.md") }
        for id in documented.subtracting(known).sorted() { Issue.record("docs/kpis.md lists '\(id)', which the code does not know") }
    }
}
