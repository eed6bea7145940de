import Foundation
import TestFixtures
import Testing
@testable import BenchmarkKit

/// Export shapes as the tools and a German Excel write them: each test asserts the
/// numbers that come out, and each ambiguous file the error with its position and flag.
@Suite struct ExportShapeTests {
    /// Writes `text` as a file the way German Excel saves "CSV UTF-8": BOM, CRLF.
    static func excelFile(_ name: String, _ lines: [String], bom: Bool = true) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("smkit-exports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var bytes: [UInt8] = bom ? [0xEF, 0xBB, 0xBF] : []
        bytes += Array(lines.joined(separator: "\r\n").utf8) + [13, 10]
        let path = dir.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("smkit-exports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func day(_ y: Int, _ m: Int, _ d: Int) -> Int32 { CivilDate.dayNumber(year: y, month: m, day: d)! }

    static func error(_ body: () throws -> BenchmarkData) -> String {
        do {
            _ = try body()
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    // MARK: Numbers

    /// Fanpage Karma exported in German and saved again by Excel: the fans "3.425" are
    /// 3,425 because the percent column "0,84%" shows a decimal comma.
    @Test func germanFanpageKarmaCSVReadsThousands() throws {
        let path = try Self.excelFile("fanpage-karma.csv", [
            "Profil;Netzwerk;Datum;Fans;Beiträge;Reaktionen;Kommentare;Geteilt;Post-Interaktion",
            "Kanzlei Muster Steuerberatung;Facebook;01.10.2026;576;1;12;2;0;0,84%",
            "Steuerbüro Beispiel;Facebook;01.10.2026;3.425;2;40;5;3;0,21%",
            "Kanzlei Muster Steuerberatung;Facebook;02.10.2026;578;0;;;;",
            "Steuerbüro Beispiel;Facebook;02.10.2026;3.431;1;1.204;15;6;1,84%",
        ])
        let data = try BenchmarkImporter.csv(path: path)
        let own = try #require(data.series(competitor: "Kanzlei Muster Steuerberatung", platform: "facebook"))
        let other = try #require(data.series(competitor: "Steuerbüro Beispiel", platform: "facebook"))
        #expect(own.value(.followers, 0) == 576)
        #expect(other.value(.followers, 0) == 3425)
        #expect(other.value(.followers, 1) == 3431)
        #expect(other.value(.likes, 1) == 1204)
        #expect(other.days == [Self.day(2026, 10, 1), Self.day(2026, 10, 2)])
        #expect(data.report.notices.contains { $0.code == "numbers" && $0.en.contains("decimal ','") && $0.en.contains("0,84%") })
        #expect(data.report.ignoredColumns == ["Post-Interaktion"])
        let result = BenchmarkEngine.run(data, options: BenchmarkOptions(organization: "Kanzlei Muster Steuerberatung"))
        let table = try #require(result.platforms.first?.tables.first { $0.metricID == "followers" })
        #expect(table.leader == "Steuerbüro Beispiel")
    }

    /// The same file without any other clue: "3.425" could be 3.425 or 3425, so it stops.
    @Test func ambiguousThousandsStopWithPositionAndFlags() throws {
        let path = try Self.excelFile("ambiguous.csv", [
            "Profil;Netzwerk;Datum;Fans;Beiträge",
            "Kanzlei Muster;Facebook;01.10.2026;576;1",
            "Steuerbüro Beispiel;Facebook;01.10.2026;3.425;2",
        ])
        let message = Self.error { try BenchmarkImporter.csv(path: path) }
        #expect(message.contains("\(path):3:41: ambiguous number '3.425' in column 'Fans'"))
        #expect(message.contains("--decimal , --thousands ."))
        // The flags settle it.
        let data = try BenchmarkImporter.csv(path: path, options: ImportOptions(decimalSeparator: UInt8(ascii: ","),
                                                                                 groupingSeparator: UInt8(ascii: ".")))
        #expect(data.series(competitor: "Steuerbüro Beispiel", platform: "facebook")?.value(.followers, 0) == 3425)
    }

    @Test func groupedMillionsSettleTheNotationOfOtherColumns() throws {
        let path = try Self.excelFile("millions.csv", [
            "Profile;Network;Date;Followers;Views",
            "A;YouTube;2026-10-01;3.425;1.234.567",
        ])
        let data = try BenchmarkImporter.csv(path: path)
        let s = try #require(data.series(competitor: "A", platform: "youtube"))
        #expect(s.value(.followers, 0) == 3425)
        #expect(s.value(.views, 0) == 1_234_567)
    }

    @Test func englishGroupingAndDecimalPoint() throws {
        let text = "profile,network,date,followers,response time (min)\nA,Instagram,2026-10-01,\"3,425\",12.5\n"
        let data = try BenchmarkImporter.csv(text: text)
        let s = try #require(data.series(competitor: "A", platform: "instagram"))
        #expect(s.value(.followers, 0) == 3425)
        #expect(s.value(.responseMinutes, 0) == 12.5)
    }

    @Test func conflictingNotationsAreAnError() throws {
        let text = "profile,network,date,followers,response time (min)\nA,Instagram,2026-10-01,\"1.234,5\",12.5\n"
        let message = Self.error { try BenchmarkImporter.csv(text: text, fileName: "mixed.csv") }
        #expect(message.contains("mixed.csv:2:"))
        #expect(message.contains("numbers are written two ways"))
    }

    @Test func fractionalCountsAreAnError() throws {
        let text = "profile,network,date,followers,likes,response time (min)\nA,Instagram,2026-10-01,3.425,4,1.5\n"
        let message = Self.error { try BenchmarkImporter.csv(text: text, fileName: "frac.csv") }
        #expect(message.contains("frac.csv:2:24: followers is a count and must be a whole number, found '3.425'"))
        #expect(message.contains("--decimal , --thousands ."))
    }

    @Test func percentInACountColumnIsAnError() throws {
        let text = "profile;network;date;followers;likes\nA;Instagram;2026-10-01;1,84%;4\nA;Instagram;2026-10-02;12;2,5\n"
        let message = Self.error { try BenchmarkImporter.csv(text: text, fileName: "pct.csv") }
        #expect(message.contains("pct.csv:2:24: invalid number '1,84%' in column 'followers' (a percentage"))
    }

    // MARK: Encodings

    /// Excel's "Unicode text": UTF-16 LE with a BOM, tab-separated.
    @Test func utf16ExcelUnicodeText() throws {
        let text = "Profil\tNetzwerk\tDatum\tFans\r\nBäckerei Sonnenschein\tInstagram\t01.10.2026\t4.208\r\nKrume\tInstagram\t01.10.2026\t12,5\r\n"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let path = try Self.write("unicode.txt", bytes)
        let message = Self.error { try BenchmarkImporter.csv(path: path) }
        // 12,5 fans is a decimal comma, so 4.208 is 4208, and 12.5 fans is not a count.
        #expect(message.contains("\(path):3:"))
        #expect(message.contains("followers is a count and must be a whole number, found '12,5'"))
        let fixed = text.replacingOccurrences(of: "12,5", with: "1.250")
        bytes = [0xFF, 0xFE]
        for unit in (fixed + "Krume\tInstagram\t02.10.2026\t1.251,0\r\n").utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let data = try BenchmarkImporter.csv(path: try Self.write("unicode2.txt", bytes))
        #expect(data.series(competitor: "Bäckerei Sonnenschein", platform: "instagram")?.value(.followers, 0) == 4208)
        #expect(data.series(competitor: "Krume", platform: "instagram")?.value(.followers, 1) == 1251)
        #expect(data.report.notices.contains { $0.code == "encoding" && $0.en.contains("UTF-16 LE") })
    }

    @Test func windows1252IsReadWithAWarning() throws {
        // "Bäckerei" and "Müller" in Windows-1252: ä = 0xE4, ü = 0xFC.
        var bytes = Array("Profil;Netzwerk;Datum;Fans\r\nB".utf8) + [0xE4] + Array("ckerei;Facebook;01.10.2026;12\r\nM".utf8)
        bytes += [0xFC] + Array("ller;Facebook;01.10.2026;7\r\n".utf8)
        let data = try BenchmarkImporter.csv(path: try Self.write("ansi.csv", bytes))
        #expect(data.competitors.sorted() == ["Bäckerei", "Müller"])
        #expect(data.report.notices.contains { $0.code == "encoding" && $0.en.hasPrefix("warning: the file is not UTF-8") })
    }

    // MARK: Layout

    /// LinkedIn page exports put a description line above the header.
    @Test func descriptionLineAboveTheHeader() throws {
        let path = try Self.excelFile("linkedin.csv", [
            "Aggregated metrics for all posts, 2026-10-01 to 2026-10-02",
            "Date,Impressions (total),Reactions (total),Comments (total),Reposts (total),Clicks (total)",
            "10/01/2026,1200,31,4,2,17",
            "10/02/2026,980,20,1,0,9",
            "10/15/2026,1010,22,3,1,12",
        ], bom: false)
        let data = try BenchmarkImporter.csv(path: path, options: ImportOptions(competitor: "Kanzlei Muster", platform: "LinkedIn"))
        let s = try #require(data.series(competitor: "Kanzlei Muster", platform: "linkedin"))
        #expect(s.value(.impressions, 0) == 1200)
        #expect(s.value(.likes, 0) == 31)
        #expect(s.value(.comments, 0) == 4)
        #expect(s.value(.shares, 0) == 2)
        #expect(s.days == [Self.day(2026, 10, 1), Self.day(2026, 10, 2), Self.day(2026, 10, 15)])
        #expect(data.report.notices.contains { $0.code == "header" && $0.en.contains("the header is line 2") })
        #expect(data.report.ignoredColumns == ["Clicks (total)"])
        // --header-row names it too.
        let given = try BenchmarkImporter.csv(path: path, options: ImportOptions(headerRow: 2, competitor: "K", platform: "linkedin"))
        #expect(given.report.rowsImported == 3)
    }

    /// LinkedIn's "10/01/2026" alone cannot tell day and month apart.
    @Test func ambiguousSlashDatesNeedADateFormat() throws {
        let text = "Date,Impressions (total)\n10/01/2026,1200\n10/02/2026,980\n"
        let message = Self.error {
            try BenchmarkImporter.csv(text: text, fileName: "li.csv", options: ImportOptions(competitor: "K", platform: "linkedin"))
        }
        #expect(message.contains("li.csv:2:1: ambiguous date '10/01/2026' in column 'Date'"))
        #expect(message.contains("--date-format MM/DD/YYYY"))
        let data = try BenchmarkImporter.csv(text: text, options: ImportOptions(dateFormat: .monthDayYearSlashes,
                                                                                competitor: "K", platform: "linkedin"))
        #expect(data.series(competitor: "K", platform: "linkedin")?.days == [Self.day(2026, 10, 1), Self.day(2026, 10, 2)])
    }

    /// Meta page insights: a second header row of descriptions and MM/DD/YYYY dates.
    @Test func metaPageInsightsDescriptionRowAndUSDates() throws {
        let path = try Self.excelFile("page-insights.csv", [
            "Date,Lifetime Total Likes,Daily Page Engaged Users,Daily Total Reach",
            ",Lifetime: The total number of people who have liked your Page. (Unique Users),Daily: The number of people who engaged with your Page. (Unique Users),Daily: The number of people who had any content from your Page enter their screen. (Unique Users)",
            "09/30/2026,3425,12,410",
            "10/01/2026,3431,7,388",
        ], bom: false)
        let data = try BenchmarkImporter.csv(path: path, options: ImportOptions(competitor: "Kanzlei Muster", platform: "facebook"))
        let s = try #require(data.series(competitor: "Kanzlei Muster", platform: "facebook"))
        #expect(s.days == [Self.day(2026, 9, 30), Self.day(2026, 10, 1)])
        #expect(s.value(.followers, 0) == 3425)
        #expect(s.value(.reach, 1) == 388)
        #expect(data.report.notices.contains { $0.code == "description-rows" && $0.en.contains("line(s) 2") })
        #expect(data.report.notices.contains { $0.code == "dates" && $0.en.contains("MM/DD/YYYY") })
    }

    /// Meta Business Suite content export: "Lifetime" in Date, the day is the publish time.
    @Test func lifetimeRowsAreDatedByPublishTime() throws {
        let path = try Self.excelFile("content.csv", [
            "Post ID,Page name,Title,Publish time,Permalink,Post type,Date,Reach,Reactions,Comments,Shares",
            "1_1,Kanzlei Muster,Fristen,09/30/2026 09:15,https://example.org/1,Photo,Lifetime,510,12,3,1",
            "1_2,Kanzlei Muster,Grundsteuer,09/30/2026 17:40,https://example.org/2,Link,Lifetime,300,4,0,0",
            "1_3,Kanzlei Muster,Team,10/01/2026 08:00,https://example.org/3,Photo,Lifetime,820,40,6,2",
        ], bom: false)
        let data = try BenchmarkImporter.csv(path: path, options: ImportOptions(platform: "facebook"))
        let s = try #require(data.series(competitor: "Kanzlei Muster", platform: "facebook"))
        #expect(s.days == [Self.day(2026, 9, 30), Self.day(2026, 10, 1)])
        #expect(s.value(.posts, 0) == 2)
        #expect(s.value(.likes, 0) == 16)
        #expect(s.value(.reach, 1) == 820)
        #expect(data.report.notices.contains { $0.code == "posts-per-row" })
    }

    @Test func lifetimeWithoutPublishTimeIsAnError() throws {
        let text = "Page name,Date,Reach\nKanzlei Muster,Lifetime,510\n"
        let message = Self.error { try BenchmarkImporter.csv(text: text, fileName: "c.csv", options: ImportOptions(platform: "facebook")) }
        #expect(message.contains("c.csv:2:16: column 'Date' says 'Lifetime'"))
    }

    /// LinkedIn's competitors tab has no dates: one day, as given.
    @Test func snapshotWithoutDatesLoadsAsOneDay() throws {
        let text = "Page,Total Followers,New Followers,Total post engagements,Total posts\nKanzlei Muster,576,4,80,3\nSteuerbüro Beispiel,3425,20,410,9\n"
        let message = Self.error { try BenchmarkImporter.csv(text: text, fileName: "comp.csv", options: ImportOptions(platform: "linkedin")) }
        #expect(message.contains("missing required column 'date'"))
        #expect(message.contains("--as-of YYYY-MM-DD"))
        let data = try BenchmarkImporter.csv(text: text, options: ImportOptions(platform: "linkedin", asOf: "2026-12-01"))
        let s = try #require(data.series(competitor: "Steuerbüro Beispiel", platform: "linkedin"))
        #expect(s.days == [Self.day(2026, 12, 1)])
        #expect(s.value(.followers, 0) == 3425)
        #expect(s.value(.posts, 0) == 9)
        #expect(data.report.notices.contains { $0.code == "snapshot" && $0.en.contains("2026-12-01") })
    }

    @Test func excelSeparatorLine() throws {
        let text = "sep=;\nProfil;Netzwerk;Datum;Fans\nA;X;2026-10-01;12\n"
        let data = try BenchmarkImporter.csv(text: text)
        #expect(data.series(competitor: "A", platform: "x")?.value(.followers, 0) == 12)
    }

    @Test func germanDatesWithTwoDigitYearsAndTimes() throws {
        let text = "Profil;Netzwerk;Datum;Fans\nA;X;1.3.26;12\nA;X;02.03.2026 14:30;13\n"
        let data = try BenchmarkImporter.csv(text: text)
        #expect(data.series(competitor: "A", platform: "x")?.days == [Self.day(2026, 3, 1), Self.day(2026, 3, 2)])
    }

    @Test func excelSerialDays() {
        #expect(ExcelDate.day(serial: 1) == Self.day(1900, 1, 1))
        #expect(ExcelDate.day(serial: 59) == Self.day(1900, 2, 28))
        #expect(ExcelDate.day(serial: 60) == nil)  // 29 Feb 1900, Lotus' leap-year bug
        #expect(ExcelDate.day(serial: 61) == Self.day(1900, 3, 1))
        #expect(ExcelDate.day(serial: 46296) == Self.day(2026, 10, 1))
        #expect(ExcelDate.serial(day: Self.day(2026, 10, 1)) == 46296)
    }
}

@Suite struct XLSXImportTests {
    static func path(_ name: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("smkit-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent(name).path
    }

    /// A LinkedIn-style workbook: a description row above the header, dates as serial numbers.
    @Test func linkedInWorkbookWithDescriptionAndSerialDates() throws {
        let file = try Self.path("linkedin.xlsx")
        try XLSXTestFile.write(file, sheets: [
            ("Metrics", [
                [.text("Aggregated metrics for all posts, updates and sponsored content")],
                [.text("Date"), .text("Impressions (total)"), .text("Reactions (total)"), .text("Comments (total)"),
                 .text("Reposts (total)"), .text("Engagement rate (total)")],
                [.date(46296), .number(1200), .number(31), .number(4), .number(2), .number(0.0308)],
                [.date(46297), .number(980), .number(20), .empty, .number(0), .number(0.0214)],
            ]),
            ("Followers", [[.text("Date"), .text("Total followers")], [.date(46296), .number(3425)]]),
        ])
        let data = try BenchmarkImporter.load(path: file, options: ImportOptions(competitor: "Kanzlei Muster", platform: "linkedin"))
        let s = try #require(data.series(competitor: "Kanzlei Muster", platform: "linkedin"))
        #expect(s.days == [ExportShapeTests.day(2026, 10, 1), ExportShapeTests.day(2026, 10, 2)])
        #expect(s.value(.impressions, 0) == 1200)
        #expect(s.value(.likes, 1) == 20)
        #expect(s.value(.comments, 1) == nil)
        #expect(data.report.notices.contains { $0.code == "header" && $0.en.contains("the header is line 2") })
        #expect(data.report.ignoredColumns == ["Engagement rate (total)"])
        // --sheet picks another worksheet.
        let followers = try BenchmarkImporter.load(path: file, options: ImportOptions(competitor: "K", platform: "linkedin", sheet: "followers"))
        #expect(followers.series(competitor: "K", platform: "linkedin")?.value(.followers, 0) == 3425)
        let missing = ExportShapeTests.error { try BenchmarkImporter.load(path: file, options: ImportOptions(sheet: "Nope")) }
        #expect(missing.contains("no sheet 'Nope' (sheets: 'Metrics', 'Followers')"))
    }

    /// Text cells follow the same rules as CSV; errors point at file:sheet:row:column.
    @Test func textCellsAndErrorsWithSheetPositions() throws {
        let file = try Self.path("fk.xlsx")
        try XLSXTestFile.write(file, sheets: [("Tabelle1", [
            [.text("Profil"), .text("Netzwerk"), .text("Datum"), .text("Fans"), .text("Post-Interaktion")],
            [.text("Kanzlei Muster"), .text("Facebook"), .text("01.10.2026"), .text("3.425"), .inline("0,84%")],
            [.text("Kanzlei Muster"), .text("Facebook"), .date(46297), .number(3431), .inline("1,1%")],
            [.text("Kanzlei Muster"), .text("Facebook"), .number(46298), .text("viele"), .empty],
        ])])
        let message = ExportShapeTests.error { try BenchmarkImporter.load(path: file) }
        #expect(message.contains("\(file):Tabelle1:4:4: invalid number 'viele' in column 'Fans'"))
        let data = try BenchmarkImporter.load(path: file, options: ImportOptions(skipInvalidRows: true))
        let s = try #require(data.series(competitor: "Kanzlei Muster", platform: "facebook"))
        #expect(s.value(.followers, 0) == 3425)
        #expect(s.value(.followers, 1) == 3431)
        #expect(s.days == [ExportShapeTests.day(2026, 10, 1), ExportShapeTests.day(2026, 10, 2)])
    }

    @Test func notAWorkbookIsAClearError() throws {
        let file = try Self.path("broken.xlsx")
        try Data("Profil;Netzwerk\n".utf8).write(to: URL(fileURLWithPath: file))
        let message = ExportShapeTests.error { try BenchmarkImporter.load(path: file) }
        #expect(message.contains("not an .xlsx file"))
    }
}
