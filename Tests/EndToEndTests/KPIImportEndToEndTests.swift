import Foundation
import Testing

/// `smkit kpi import` and `--preset`/`--mapping` through the built binary, on a temporary
/// workspace of a company that is not in Examples/ (a joinery, Tischlerei Brandt).
@Suite(.timeLimit(.minutes(3))) struct KPIImportEndToEndTests {
    static let strategy = """
        as_of: 2026-11-01
        organization:
          name: Tischlerei Brandt GmbH & Co. KG
          export_names: [Tischlerei Brandt]
          business_model: { type: b2c, industry: Tischlerei, employees: 9 }
          resources:
            hours:
              - { role: smm, hours_per_week: 3 }
        goals:
          - id: li-followers
            benefit: recruiting
            kpi: followers
            platform: linkedin
            baseline: 400
            target: 600
            deadline: 2027-06-30
          - id: li-reach
            benefit: awareness
            kpi: impressions
            platform: linkedin
            baseline: 1000
            target: 2000
            deadline: 2027-06-30
          - id: leads
            benefit: customer_acquisition
            kpi: leads
            baseline: 2
            target: 5
            deadline: 2027-06-30
        """

    /// kpis.csv as German Excel keeps it: semicolons, BOM, CRLF.
    static let kpis: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Kennzahl;Plattform;Datum;Wert\r\nleads;;31.10.2026;2\r\nfollowers;linkedin;01.11.2026;412\r\n".utf8)

    /// A Fanpage-Karma-style export with the firm and a competitor, German Excel.
    static let export = [
        "Profil;Netzwerk;Datum;Fans;Beiträge;Reaktionen;Kommentare;Geteilt;Post-Interaktion",
        "Tischlerei Brandt;LinkedIn;01.11.2026;412;1;12;2;0;0,84%",
        "Schreinerei Vogt;LinkedIn;01.11.2026;1.425;2;40;5;3;0,21%",
        "Tischlerei Brandt;LinkedIn;02.11.2026;415;0;;;;",
        "Tischlerei Brandt;LinkedIn;03.11.2026;1.004;1;9;1;0;0,51%",
    ]

    static func workspace() throws -> (TemporaryDirectory, String, String) {
        let dir = try TemporaryDirectory()
        _ = try dir.file("strategy.yaml", strategy)
        let csv = dir.url.appendingPathComponent("kpis.csv").path
        try Data(kpis).write(to: URL(fileURLWithPath: csv))
        let export = dir.url.appendingPathComponent("fanpage-karma.csv").path
        try Data([0xEF, 0xBB, 0xBF] + Array((Self.export.joined(separator: "\r\n") + "\r\n").utf8)).write(to: URL(fileURLWithPath: export))
        return (dir, csv, export)
    }

    @Test func importsTheOrganisationsRowsOnceAndDeduplicates() throws {
        let (dir, csv, export) = try Self.workspace()
        let dry = try BuiltBinary.smkit.run(["kpi", "import", export, "--workspace", dir.url.path, "--preset", "fanpage-karma", "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("added      followers@linkedin 2026-11-03 1004"))
        #expect(dry.stdout.contains("skipped    followers@linkedin 2026-11-01 412"))
        #expect(dry.stdout.contains("dry run"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: csv)) == Data(Self.kpis), "--dry-run wrote")

        let run = try BuiltBinary.smkit.run(["kpi", "import", export, "--workspace", dir.url.path, "--preset", "fanpage-karma"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("2 added, 1 skipped"))
        #expect(run.stdout.contains("not imported leads"))
        #expect(!run.stdout.contains("1425"), "a competitor's row was imported")
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: csv)), as: UTF8.self)
        // The existing bytes stay; new lines use the file's delimiter and line ends.
        #expect(text.hasPrefix("\u{FEFF}Kennzahl;Plattform;Datum;Wert\r\nleads;;31.10.2026;2\r\nfollowers;linkedin;01.11.2026;412\r\n"))
        #expect(text == "\u{FEFF}Kennzahl;Plattform;Datum;Wert\r\nleads;;31.10.2026;2\r\nfollowers;linkedin;01.11.2026;412\r\n"
            + "followers;linkedin;2026-11-02;415\r\nfollowers;linkedin;2026-11-03;1004\r\n")
        // The impressions goal has no column in this export; the workspace still loads, with the new values.
        let check = try BuiltBinary.smkit.run(["report", dir.url.path, "--format", "json"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("1004"))

        let again = try BuiltBinary.smkit.run(["kpi", "import", export, "--workspace", dir.url.path, "--preset", "fanpage-karma"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("0 added, 3 skipped"))
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: csv)), as: UTF8.self) == text)
    }

    @Test func conflictWritesNothingUnlessReplace() throws {
        let (dir, csv, _) = try Self.workspace()
        let export = try dir.file("changed.csv", """
            Profil;Netzwerk;Datum;Fans
            Tischlerei Brandt;LinkedIn;01.11.2026;420
            Tischlerei Brandt;LinkedIn;04.11.2026;422
            """)
        let before = try Data(contentsOf: URL(fileURLWithPath: csv))
        let failed = try BuiltBinary.smkit.run(["kpi", "import", export, "--workspace", dir.url.path])
        #expect(failed.status == 1)
        #expect(failed.stdout.contains("conflict   followers@linkedin 2026-11-01 420"))
        #expect(failed.stdout.contains("kpis.csv:3 has 412"))
        #expect(failed.stderr.contains("--replace"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: csv)) == before, "a failed import changed kpis.csv")

        let replaced = try BuiltBinary.smkit.run(["kpi", "import", export, "--workspace", dir.url.path, "--replace"])
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(replaced.stdout.contains("replaced   followers@linkedin 2026-11-01 420 (was 412"))
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: csv)), as: UTF8.self)
        #expect(text == "\u{FEFF}Kennzahl;Plattform;Datum;Wert\r\nleads;;31.10.2026;2\r\nfollowers;linkedin;2026-11-01;420\r\nfollowers;linkedin;2026-11-04;422\r\n")
    }

    @Test func failedImportsLeaveKpisCsvAsItWas() throws {
        let (dir, csv, _) = try Self.workspace()
        let before = try Data(contentsOf: URL(fileURLWithPath: csv))
        // The organisation is not in the export: the names found are listed.
        let other = try dir.file("other.csv", "Profil;Netzwerk;Datum;Fans\nSchreinerei Vogt;LinkedIn;01.11.2026;1425\nHolzbau Kern;LinkedIn;01.11.2026;300\n")
        let missing = try BuiltBinary.smkit.run(["kpi", "import", other, "--workspace", dir.url.path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("names found: 'Holzbau Kern', 'Schreinerei Vogt'") || missing.stderr.contains("names found: 'Schreinerei Vogt', 'Holzbau Kern'"))
        #expect(missing.stderr.contains("organization.export_names"))
        // An ambiguous number stops before anything is written.
        let ambiguous = try dir.file("ambiguous.csv", "Profil;Netzwerk;Datum;Fans\nTischlerei Brandt;LinkedIn;05.11.2026;1.425\n")
        let stopped = try BuiltBinary.smkit.run(["kpi", "import", ambiguous, "--workspace", dir.url.path])
        #expect(stopped.status == 1)
        #expect(stopped.stderr.contains("--decimal , --thousands ."))
        // A bad mapping file and an unknown preset.
        let mapping = try dir.file("m.yaml", "columns:\n  Fans: folowers\n")
        let bad = try BuiltBinary.smkit.run(["kpi", "import", ambiguous, "--workspace", dir.url.path, "--mapping", mapping])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("m.yaml:2:9: error: unknown field 'folowers' for column 'Fans'; did you mean 'followers'?"))
        let preset = try BuiltBinary.smkit.run(["kpi", "import", ambiguous, "--workspace", dir.url.path, "--preset", "fanpage-karm"])
        #expect(preset.status == 1)
        #expect(preset.stderr.contains("did you mean 'fanpage-karma'?"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: csv)) == before)
    }

    /// A single-profile export (LinkedIn page, no profile column) is the organisation's; a
    /// workspace without kpis.csv gets one.
    @Test func singleProfileExportCreatesKpisCsv() throws {
        let dir = try TemporaryDirectory()
        _ = try dir.file("strategy.yaml", Self.strategy)
        let export = try dir.file("linkedin.csv", """
            Aggregated content metrics,,,,
            Date,Impressions (total),Reactions (total),Comments (total),Reposts (total)
            11/01/2026,1200,31,4,2
            11/02/2026,980,20,1,0
            """)
        let run = try BuiltBinary.smkit.run(["kpi", "import", export, "--workspace", dir.url.path, "--preset", "linkedin-page",
                                             "--date-format", "MM/DD/YYYY"])
        #expect(run.status == 0, "\(run.stderr)")
        let text = String(decoding: try Data(contentsOf: dir.url.appendingPathComponent("kpis.csv")), as: UTF8.self)
        #expect(text == "kpi,platform,date,value\nimpressions,linkedin,2026-11-01,1200\nimpressions,linkedin,2026-11-02,980\n")
    }

    @Test func presetListAndBenchmarkWithMapping() throws {
        let list = try BuiltBinary.smkit.run(["benchmark", "--preset", "list"])
        #expect(list.status == 0, "\(list.stderr)")
        for id in ["fanpage-karma", "metricool", "meta-business-suite", "meta-page-insights", "linkedin-page",
                   "linkedin-competitors", "youtube-studio", "tiktok"] {
            #expect(list.stdout.contains(id))
        }
        #expect(list.stdout.contains("https://help.metricool.com/en/article/linkedin-company-page-metrics-1kxa7fv"))
        let presets = try BuiltBinary.smkit.run(["presets", "tiktok"])
        #expect(presets.stdout.contains("Video views: views"))

        let dir = try TemporaryDirectory()
        let mapping = try dir.file("crm.yaml", """
            columns:
              Firma: competitor
              Stichtag: date
              Anhänger: followers
            platform: linkedin
            decimal: ","
            """)
        let data = try dir.file("crm.csv", "Firma;Stichtag;Anhänger\nTischlerei Brandt;01.11.2026;1.004\nSchreinerei Vogt;01.11.2026;1.425\n")
        let result = try BuiltBinary.smkit.run(["benchmark", data, "--mapping", mapping, "--metric", "followers", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1425"))
    }

    /// `competitor_data: { preset, mapping }` in strategy.yaml, read by `smkit report`.
    @Test func workspaceCompetitorDataTakesPresetAndMapping() throws {
        let dir = try TemporaryDirectory()
        _ = try dir.file("crm.yaml", "columns:\n  Firma: competitor\n  Stichtag: date\n  Anhänger: followers\ndecimal: \",\"\n")
        _ = try dir.file("competitors.csv", "Firma;Stichtag;Anhänger\nTischlerei Brandt;01.11.2026;1.004\nSchreinerei Vogt;01.11.2026;1.425\n")
        _ = try dir.file("strategy.yaml", Self.strategy + "\ncompetitor_data: { mapping: crm.yaml, platform: linkedin }\n")
        let report = try BuiltBinary.smkit.run(["report", dir.url.path, "--lang", "en", "--format", "markdown"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("1,425") || report.stdout.contains("1425"))

        _ = try dir.file("strategy.yaml", Self.strategy + "\ncompetitor_data: { preset: linkedin-competitor, as_of: 2026-11-01 }\n")
        let unknown = try BuiltBinary.smkit.run(["report", dir.url.path, "--lang", "en"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("unknown preset 'linkedin-competitor'; did you mean 'linkedin-competitors'?"))
    }
}
