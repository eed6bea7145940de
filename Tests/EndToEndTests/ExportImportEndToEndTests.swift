import Foundation
import TestFixtures
import Testing

/// Real export shapes through the built `smkit benchmark`: a German Fanpage-Karma-style CSV
/// (semicolons, BOM, CRLF, DD.MM.YYYY, fans written "3.425") and an XLSX workbook.
@Suite(.timeLimit(.minutes(2))) struct ExportImportEndToEndTests {
    /// Bytes as German Excel saves "CSV UTF-8": BOM, CRLF, semicolons.
    static func germanExcelCSV(_ dir: TemporaryDirectory, _ name: String, _ lines: [String]) throws -> String {
        let path = dir.url.appendingPathComponent(name).path
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static let fanpageKarma = [
        "Profil;Netzwerk;Datum;Fans;Beiträge;Reaktionen;Kommentare;Geteilt;Post-Interaktion",
        "Kanzlei Muster Steuerberatung;Facebook;01.10.2026;576;1;12;2;0;0,84%",
        "Steuerbüro Beispiel;Facebook;01.10.2026;3.425;2;40;5;3;0,21%",
        "Kanzlei Muster Steuerberatung;Facebook;08.10.2026;590;1;9;1;0;0,51%",
        "Steuerbüro Beispiel;Facebook;08.10.2026;3.431;1;1.204;15;6;1,84%",
    ]

    @Test func germanFanpageKarmaCSVRanksByThousands() throws {
        let dir = try TemporaryDirectory()
        let csv = try Self.germanExcelCSV(dir, "fanpage-karma.csv", Self.fanpageKarma)
        let result = try BuiltBinary.smkit.run(["benchmark", csv, "--organization", "Kanzlei Muster Steuerberatung",
                                                "--metric", "followers", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let platform = try #require((json["platforms"] as? [[String: Any]])?.first)
        let table = try #require((platform["tables"] as? [[String: Any]])?.first)
        #expect(table["leader"] as? String == "Steuerbüro Beispiel")
        let rows = try #require(table["rows"] as? [[String: Any]])
        #expect(rows.first { $0["competitor"] as? String == "Steuerbüro Beispiel" }?["value"] as? Double == 3431)
        let notices = ((json["importReport"] as? [String: Any])?["notices"] as? [[String: Any]]) ?? []
        #expect(notices.contains { ($0["en"] as? String)?.contains("numbers read with decimal ','") == true })

        // The text output says how the numbers were read and which columns were used.
        let text = try BuiltBinary.smkit.run(["benchmark", csv, "--organization", "Kanzlei Muster Steuerberatung",
                                              "--metric", "followers", "--lang", "en"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Recognised columns: Profil → competitor"))
        #expect(text.stdout.contains("Ignored columns: Post-Interaktion"))
        #expect(text.stdout.contains("numbers read with decimal ','"))
        #expect(text.stdout.contains("3,431") || text.stdout.contains("3431"))
    }

    @Test func ambiguousFileStopsWithTheFlagThatSettlesIt() throws {
        let dir = try TemporaryDirectory()
        let csv = try Self.germanExcelCSV(dir, "ambiguous.csv", [
            "Profil;Netzwerk;Datum;Fans", "Kanzlei Muster;Facebook;01.10.2026;576", "Steuerbüro Beispiel;Facebook;01.10.2026;3.425",
        ])
        let failed = try BuiltBinary.smkit.run(["benchmark", csv])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("ambiguous.csv:3:41: ambiguous number '3.425' in column 'Fans'"))
        #expect(failed.stderr.contains("--decimal , --thousands ."))
        let fixed = try BuiltBinary.smkit.run(["benchmark", csv, "--decimal", ",", "--thousands", ".", "--format", "json",
                                               "--metric", "followers"])
        #expect(fixed.status == 0, "\(fixed.stderr)")
        #expect(fixed.stdout.contains("\"value\":3425") || fixed.stdout.contains("\"value\" : 3425"))
        let bad = try BuiltBinary.smkit.run(["benchmark", csv, "--decimal", ";"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--decimal ';'"))
    }

    @Test func workbookWithSingleProfileFlags() throws {
        let dir = try TemporaryDirectory()
        let path = dir.url.appendingPathComponent("linkedin.xlsx").path
        try XLSXTestFile.write(path, sheets: [("Content", [
            [.text("Aggregated content metrics")],
            [.text("Date"), .text("Impressions (total)"), .text("Reactions (total)"), .text("Comments (total)"), .text("Reposts (total)")],
            [.date(46296), .number(1200), .number(31), .number(4), .number(2)],
            [.date(46303), .number(980), .number(20), .number(1), .number(0)],
        ])])
        let result = try BuiltBinary.smkit.run(["benchmark", path, "--competitor", "Kanzlei Muster", "--platform", "linkedin",
                                                "--format", "json", "--metric", "er_impressions"])
        #expect(result.status == 0, "\(result.stderr)")
        // (31 + 4 + 2 + 20 + 1 + 0) / (1200 + 980) × 100
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let table = try #require(((json["platforms"] as? [[String: Any]])?.first?["tables"] as? [[String: Any]])?.first)
        let value = try #require((table["rows"] as? [[String: Any]])?.first?["value"] as? Double)
        #expect(abs(value - 58.0 / 2180.0 * 100) < 1e-9)
        #expect(result.stdout.contains("the header is line 2"))
        let missing = try BuiltBinary.smkit.run(["benchmark", path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("linkedin.xlsx:Content:2:1: missing required column 'competitor'"))
        #expect(missing.stderr.contains("--competitor NAME"))
    }

    @Test func workspaceExportNamesHighlightTheOrganisation() throws {
        let dir = try TemporaryDirectory()
        _ = try dir.file("strategy.yaml", """
            as_of: 2026-10-01
            organization:
              name: Muster & Partner Steuerberatungsgesellschaft mbH
              export_names: [Kanzlei Muster Steuerberatung]
              business_model: { type: b2b, industry: Steuerberatung, employees: 12 }
              resources:
                hours:
                  - { role: smm, hours_per_week: 4 }
            """)
        _ = try Self.germanExcelCSV(dir, "competitors.csv", Self.fanpageKarma)
        let result = try BuiltBinary.smkit.run(["benchmark", dir.url.appendingPathComponent("competitors.csv").path,
                                                "--workspace", dir.url.path, "--format", "json", "--metric", "followers"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"organization\":\"Kanzlei Muster Steuerberatung\"")
                || result.stdout.contains("\"organization\" : \"Kanzlei Muster Steuerberatung\""))
        let report = try BuiltBinary.smkit.run(["report", dir.url.path, "--lang", "en"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("Kanzlei Muster Steuerberatung"))
        #expect(!report.stdout.contains("is not in"))

        // Without the export name the organisation is missing, and both commands say so.
        _ = try dir.file("strategy.yaml", """
            as_of: 2026-10-01
            organization:
              name: Muster & Partner Steuerberatungsgesellschaft mbH
              business_model: { type: b2b, industry: Steuerberatung, employees: 12 }
              resources:
                hours:
                  - { role: smm, hours_per_week: 4 }
            """)
        let warned = try BuiltBinary.smkit.run(["benchmark", dir.url.appendingPathComponent("competitors.csv").path,
                                                "--workspace", dir.url.path, "--metric", "followers", "--lang", "en"])
        #expect(warned.status == 0, "\(warned.stderr)")
        #expect(warned.stderr.contains("organization.export_names"))
        let reported = try BuiltBinary.smkit.run(["report", dir.url.path, "--lang", "en"])
        #expect(reported.stdout.contains("organization.export_names"))
    }

    @Test func workspaceCompetitorDataSettlesAnAmbiguousExport() throws {
        let dir = try TemporaryDirectory()
        let yaml = """
            as_of: 2026-10-01
            organization:
              name: Kanzlei Muster
              business_model: { type: b2b, industry: Steuerberatung, employees: 12 }
              resources:
                hours:
                  - { role: smm, hours_per_week: 4 }
            """
        _ = try dir.file("strategy.yaml", yaml)
        _ = try Self.germanExcelCSV(dir, "competitors.csv", [
            "Profil;Netzwerk;Datum;Fans", "Kanzlei Muster;Facebook;01.10.2026;576", "Steuerbüro Beispiel;Facebook;01.10.2026;3.425",
        ])
        let failed = try BuiltBinary.smkit.run(["report", dir.url.path, "--lang", "en"])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("competitors.csv:3:41: ambiguous number '3.425'"))
        _ = try dir.file("strategy.yaml", yaml + "\ncompetitor_data: { decimal: ',', thousands: '.' }\n")
        let report = try BuiltBinary.smkit.run(["report", dir.url.path, "--lang", "en", "--format", "markdown"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("3,425") || report.stdout.contains("3425"))
    }
}
