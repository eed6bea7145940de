import Foundation
import StrategyKit
import TestFixtures
import Testing
@testable import BenchmarkKit

/// One fixture per built-in preset, written the way that tool writes its export (German Excel:
/// semicolons, decimal commas, BOM, CRLF), each asserting the numbers that come out; and the
/// mapping file's errors with their positions.
@Suite struct PresetTests {
    static func options(_ preset: String, _ body: (inout ImportOptions) -> Void = { _ in }) throws -> ImportOptions {
        var options = ImportOptions()
        try ImportMapping.preset(preset).apply(to: &options)
        body(&options)
        return options
    }

    static func load(_ preset: String, _ name: String, _ lines: [String], bom: Bool = true,
                     _ body: (inout ImportOptions) -> Void = { _ in }) throws -> BenchmarkData {
        let path = try ExportShapeTests.excelFile(name, lines, bom: bom)
        return try BenchmarkImporter.load(path: path, options: options(preset, body))
    }

    static func day(_ y: Int, _ m: Int, _ d: Int) -> Int32 { CivilDate.dayNumber(year: y, month: m, day: d)! }

    @Test func everyPresetLoadsAndCitesItsSources() throws {
        #expect(ImportMapping.presetIDs.count == 8)
        for id in ImportMapping.presetIDs {
            let preset = try ImportMapping.preset(id)
            #expect(preset.id == id)
            #expect(!preset.columns.isEmpty)
            #expect(preset.sources.contains { $0.url?.hasPrefix("https://") == true }, "\(id) cites no help page")
            #expect(preset.sources.allSatisfy { $0.read == "2026-12-07" })
        }
        #expect(ImportMapping.presetListing().contains("https://help.metricool.com/"))
    }

    @Test func unknownPresetSuggestsTheNearestID() {
        #expect(throws: PresetError.self) { try ImportMapping.preset("linkedin-pages") }
        #expect(PresetError(id: "linkedin-pages").description.contains("did you mean 'linkedin-page'?"))
        #expect(PresetError(id: "tiktk").description.contains("did you mean 'tiktok'?"))
    }

    /// German Fanpage Karma: ';', BOM, CRLF, DD.MM.YYYY, "3.425" fans; the percent column is ignored
    /// by the preset but still tells the decimal comma.
    @Test func fanpageKarma() throws {
        let data = try Self.load("fanpage-karma", "fk.csv", [
            "Profil;Netzwerk;Datum;Fans;Beiträge;Reaktionen;Kommentare;Geteilt;Post-Interaktion",
            "Kanzlei Muster Steuerberatung;Facebook;01.10.2026;576;1;12;2;0;0,84%",
            "Steuerbüro Beispiel;Facebook;01.10.2026;3.425;2;40;5;3;0,21%",
        ])
        let other = try #require(data.series(competitor: "Steuerbüro Beispiel", platform: "facebook"))
        #expect(other.value(.followers, 0) == 3425)
        #expect(other.value(.likes, 0) == 40)
        #expect(other.value(.shares, 0) == 3)
        #expect(other.days == [Self.day(2026, 10, 1)])
        #expect(data.report.ignoredColumns == ["Post-Interaktion"])
    }

    /// Metricool, one brand, German Excel: no profile column, decimal commas elsewhere.
    @Test func metricool() throws {
        let data = try Self.load("metricool", "metricool.csv", [
            "Date;Followers;Impressions;Reactions;Comments;Shares;Posts;Page views",
            "01.11.2026;1.310;4.200;35;4;2;3;12,5",
            "02.11.2026;1.315;3.950;20;1;0;1;8",
        ]) { $0.competitor = "Kanzlei Muster" }
        let s = try #require(data.series(competitor: "Kanzlei Muster", platform: "linkedin"))
        #expect(s.value(.followers, 1) == 1315)
        #expect(s.value(.impressions, 0) == 4200)
        #expect(s.value(.likes, 0) == 35)
        #expect(s.value(.posts, 0) == 3)
        #expect(data.report.ignoredColumns == ["Page views"])
    }

    /// Meta Business Suite content export: "Date" says Lifetime, rows are dated by "Publish time"
    /// and each counts as one post; two posts of one day add up.
    @Test func metaBusinessSuite() throws {
        let data = try Self.load("meta-business-suite", "posts.csv", [
            "Post ID,Page name,Title,Publish time,Date,Reach,Impressions,Reactions,Comments,Shares",
            "111,Kanzlei Muster,Frist Grundsteuer,11/03/2026 09:15,Lifetime,1200,1500,30,4,2",
            "112,Kanzlei Muster,Team-Vorstellung,11/03/2026 16:40,Lifetime,800,950,22,1,0",
            "113,Kanzlei Muster,Steuertipp,11/20/2026 08:00,Lifetime,1300,1710,41,6,5",
        ], bom: false)
        let s = try #require(data.series(competitor: "Kanzlei Muster", platform: "facebook"))
        #expect(s.days == [Self.day(2026, 11, 3), Self.day(2026, 11, 20)])
        #expect(s.value(.reach, 0) == 2000)
        #expect(s.value(.posts, 0) == 2)
        #expect(s.value(.likes, 1) == 41)
        #expect(s.value(.impressions, 1) == 1710)
    }

    /// Meta page insights: a description row below the header, MM/DD/YYYY (fixed by the preset).
    @Test func metaPageInsights() throws {
        let data = try Self.load("meta-page-insights", "insights.csv", [
            "Date,Lifetime Total Likes,Daily Total Reach,Daily Total Impressions",
            ",Lifetime: The total number of people who have liked your Page,Daily: The number of people who saw content,Daily: The number of times content was shown",
            "11/01/2026,2602,310,420",
            "11/02/2026,2605,280,390",
        ], bom: false) { $0.competitor = "Kanzlei Muster" }
        let s = try #require(data.series(competitor: "Kanzlei Muster", platform: "facebook"))
        #expect(s.days == [Self.day(2026, 11, 1), Self.day(2026, 11, 2)])
        #expect(s.value(.followers, 1) == 2605)
        #expect(s.value(.reach, 0) == 310)
        #expect(s.value(.impressions, 1) == 390)
    }

    /// LinkedIn page analytics saved by German Excel: a description line above the header.
    @Test func linkedinPage() throws {
        let data = try Self.load("linkedin-page", "linkedin.csv", [
            "Aggregierte Kennzahlen für Beiträge;;;;;",
            "Date;Impressions (total);Reactions (total);Comments (total);Reposts (total);Engagement rate (total)",
            "11.01.2026;1.200;31;4;2;0,031",
            "11.02.2026;980;20;1;0;0,022",
        ]) { $0.competitor = "Kanzlei Muster" }
        let s = try #require(data.series(competitor: "Kanzlei Muster", platform: "linkedin"))
        #expect(s.days == [Self.day(2026, 1, 11), Self.day(2026, 2, 11)])
        #expect(s.value(.impressions, 0) == 1200)
        #expect(s.value(.comments, 0) == 4)
        #expect(s.value(.shares, 0) == 2)
        #expect(data.report.notices.contains { $0.en.contains("line") || $0.code.contains("header") })
    }

    /// LinkedIn competitors tab: no dates, one day with --as-of.
    @Test func linkedinCompetitors() throws {
        let lines = [
            "Page;Total Followers;New Followers;Total post engagements;Total posts",
            "Kanzlei Muster Steuerberatung;1.310;12;240;9",
            "Steuerbüro Beispiel;3.425;40;1.050;21",
            "Lohnsteuerhilfe Nord;812;3;55;2,0",
        ]
        let error = ExportShapeTests.error { try Self.load("linkedin-competitors", "comp.csv", lines) }
        #expect(error.contains("--as-of"))
        let data = try Self.load("linkedin-competitors", "comp.csv", lines) { $0.asOf = "2026-12-01" }
        let other = try #require(data.series(competitor: "Steuerbüro Beispiel", platform: "linkedin"))
        #expect(other.days == [Self.day(2026, 12, 1)])
        #expect(other.value(.followers, 0) == 3425)
        #expect(other.value(.posts, 0) == 21)
    }

    /// YouTube Studio: "Subscribers" (net change) is not read as followers.
    @Test func youtubeStudio() throws {
        let data = try Self.load("youtube-studio", "yt.csv", [
            "Date;Views;Impressions;Unique viewers;Subscribers;Watch time (hours)",
            "2026-11-01;1.204;9.800;870;-3;41,5",
            "2026-11-02;950;8.100;700;5;30,25",
        ]) { $0.competitor = "Kanzlei Muster" }
        let s = try #require(data.series(competitor: "Kanzlei Muster", platform: "youtube"))
        #expect(s.value(.views, 0) == 1204)
        #expect(s.value(.impressions, 1) == 8100)
        #expect(s.value(.reach, 0) == 870)
        #expect(s.value(.followers, 0) == nil)
        #expect(Set(data.report.ignoredColumns) == ["Subscribers", "Watch time (hours)"])
    }

    /// TikTok overview saved by German Excel: every grouped value is two-way ("12.400"), so it
    /// stops until --decimal settles it.
    @Test func tiktok() throws {
        let lines = [
            "Date;Video views;Profile views;Likes;Comments;Shares;Followers",
            "01.11.2026;12.400;310;1.020;45;12;2.150",
            "02.11.2026;8.900;200;640;20;4;2.162",
        ]
        let error = ExportShapeTests.error { try Self.load("tiktok", "tiktok.csv", lines) { $0.competitor = "Kanzlei Muster" } }
        #expect(error.contains("tiktok.csv:2:12: ambiguous number '12.400' in column 'Video views'"))
        let data = try Self.load("tiktok", "tiktok.csv", lines) {
            $0.competitor = "Kanzlei Muster"
            $0.decimalSeparator = UInt8(ascii: ",")
            $0.groupingSeparator = UInt8(ascii: ".")
        }
        let s = try #require(data.series(competitor: "Kanzlei Muster", platform: "tiktok"))
        #expect(s.value(.views, 0) == 12400)
        #expect(s.value(.likes, 0) == 1020)
        #expect(s.value(.followers, 1) == 2162)
        #expect(data.report.ignoredColumns == ["Profile views"])
    }

    // MARK: Mapping files

    @Test func mappingFileMapsColumnsAndSettings() throws {
        let mapping = try ImportMapping.parse(text: """
            columns:
              Seite: competitor
              Anhänger: followers
              Antwortzeit (h): response_hours
              Reaktionen: ignore
            platform: LinkedIn
            date_format: DD/MM/YYYY
            decimal: ","
            header_row: 2
            """, file: "m.yaml")
        var options = ImportOptions()
        mapping.apply(to: &options)
        #expect(options.platform == "linkedin")
        #expect(options.dateFormat == .dayMonthYearSlashes)
        #expect(options.decimalSeparator == UInt8(ascii: ","))
        #expect(options.groupingSeparator == UInt8(ascii: "."))
        let data = try BenchmarkImporter.csv(text: """
            Export der Kanzlei
            Seite;Datum;Anhänger;Antwortzeit (h);Reaktionen
            Kanzlei Muster;03/04/2026;1.310;1,5;12
            """, options: options)
        let s = try #require(data.series(competitor: "Kanzlei Muster", platform: "linkedin"))
        #expect(s.days == [Self.day(2026, 4, 3)])
        #expect(s.value(.followers, 0) == 1310)
        #expect(s.value(.responseMinutes, 0) == 90)
        #expect(s.value(.likes, 0) == nil)
    }

    @Test func mappingFileErrorsHavePositionsAndSuggestions() throws {
        do {
            _ = try ImportMapping.parse(text: """
                columns:
                  Fans: folowers
                  Datum: date
                  datum: date
                platfrom: linkedin
                date_format: DD-MM-YY-YY
                header_row: 0
                """, file: "mapping.yaml")
            Issue.record("no error")
        } catch {
            let text = error.formatted()
            #expect(text.contains("mapping.yaml:2:9: error: unknown field 'folowers' for column 'Fans'; did you mean 'followers'?"))
            #expect(text.contains("mapping.yaml:4:3: error: column 'datum' is already mapped as 'Datum'"))
            #expect(text.contains("mapping.yaml:5:1: error: unknown key 'platfrom' in the mapping file; did you mean 'platform'?"))
            #expect(text.contains("mapping.yaml:6:14: error: expected one of"))
            #expect(text.contains("mapping.yaml:7:13: error: 'header_row' must be 1 or more"))
        }
        #expect(throws: DiagnosticError.self) { try ImportMapping.parse(text: "columns: [a, b]", file: "x.yaml") }
        #expect(throws: DiagnosticError.self) { try ImportMapping.parse(text: "columns:\n  a: b\n : :", file: "x.yaml") }
    }
}
