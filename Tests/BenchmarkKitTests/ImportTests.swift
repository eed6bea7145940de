import Testing
@testable import BenchmarkKit

/// Imports `text` and returns the error, failing the test if the import succeeds.
func importError(_ text: String, options: ImportOptions = ImportOptions()) -> ImportError? {
    do {
        _ = try BenchmarkImporter.csv(text: text, options: options)
        Issue.record("import should have failed")
        return nil
    } catch let error as ImportError {
        return error
    } catch {
        Issue.record("unexpected error \(error)")
        return nil
    }
}

let badCSV = """
    competitor,platform,date,likes
    A,instagram,2024-03-01,12
    B,instagram,2024-13-01,5
    "Müller, Brot",instagram,2024-03-02,abc
    C,instagram,2024-03-03,-4
    "Line
    Break",instagram,2024-03-04,x
    D,instagram,2024-03-05

    """

@Suite struct CSVImportTests {
    @Test func reportsEveryErrorWithLineAndColumn() throws {
        let error = try #require(importError(badCSV))
        #expect(error.totalCount == 5)
        #expect(error.diagnostics.map(\.description) == [
            "<memory>:3:13: invalid date '2024-13-01' in column 'date': no such date (month 13, day 1, year 2024)",
            "<memory>:4:37: invalid number 'abc' in column 'likes' (expected digits with '.' as decimal separator, or an empty cell for missing)",
            "<memory>:5:24: negative value -4 in column 'likes' (likes cannot be negative)",
            "<memory>:7:29: invalid number 'x' in column 'likes' (expected digits with '.' as decimal separator, or an empty cell for missing)",
            "<memory>:8:23: row has 3 field(s), the header has 4 (missing: likes)",
        ])
        #expect(error.diagnostics.map(\.code) == [.invalidDate, .invalidNumber, .negativeValue, .invalidNumber, .fieldCount])
        #expect(error.diagnostics[1].field == "likes")
    }

    @Test func referenceParserFindsTheSameLines() throws {
        let error = try #require(importError(badCSV, options: ImportOptions(parser: .csvSwift)))
        #expect(error.totalCount == 5)
        #expect(error.diagnostics.map(\.line) == [3, 4, 5, 7, 8])
        // Columns are reconstructed assuming minimal quoting, which this file uses.
        #expect(error.diagnostics.map(\.column) == [13, 37, 24, 29, 23])
        #expect(error.diagnostics.map(\.code) == [.invalidDate, .invalidNumber, .negativeValue, .invalidNumber, .fieldCount])
    }

    @Test func skipModeCountsSkippedRowsByReason() throws {
        let data = try BenchmarkImporter.csv(text: badCSV, options: ImportOptions(skipInvalidRows: true))
        #expect(data.report.rowsRead == 6)
        #expect(data.report.rowsImported == 1)
        #expect(data.report.rowsSkipped == 5)
        #expect(data.report.skippedByReason == ["invalid-date": 1, "invalid-number": 2, "negative-value": 1, "field-count": 1])
        #expect(data.report.diagnostics.count == 5)
        #expect(data.competitors == ["A"])
        #expect(data.rowCount == 1)
    }

    @Test func diagnosticsAreCappedButCounted() throws {
        var text = "competitor,platform,date,posts\n"
        for i in 0..<120 { text += "A,instagram,2024-01-01,\(i).5\n" }
        let error = try #require(importError(text, options: ImportOptions(maxDiagnostics: 50)))
        #expect(error.diagnostics.count == 50)
        #expect(error.totalCount == 120)
        #expect(error.diagnostics[0].code == .fractionalCount)
        #expect(error.description.hasSuffix("… and 70 more problem(s) not shown"))
    }

    @Test func quotingProblems() throws {
        let unterminated = try #require(importError("competitor,platform,date,likes\nA,instagram,\"2024-03-01,5\n"))
        #expect(unterminated.diagnostics.map(\.description) == ["<memory>:2:13: quoted field is not closed (missing \")"])
        let stray = try #require(importError("competitor,platform,date,likes\n\"A\"x,instagram,2024-03-01,5\n"))
        #expect(stray.diagnostics.first?.code == .characterAfterQuote)
        #expect(stray.diagnostics.first?.line == 2)
        #expect(stray.diagnostics.first?.column == 4)
    }

    @Test func quotedFieldsCRLFAndBOM() throws {
        let text = "\u{FEFF}competitor,platform,date,likes,comments\r\n"
            + "\"Kornkammer \"\"Zur Mühle\"\"\",instagram,2024-03-01,12,\"3\"\r\n"
            + "\"Müller, Brot & Co\",Instagram,2024-03-01,7,\r\n"
            + "\r\n"
            + "\"Multi\r\nLine\",IG,2024-03-01,1,1"
        for parser in [ImportOptions.Parser.fast, .csvSwift] {
            let data = try BenchmarkImporter.csv(text: text, options: ImportOptions(parser: parser))
            #expect(data.competitors == ["Kornkammer \"Zur Mühle\"", "Müller, Brot & Co", "Multi\r\nLine"])
            #expect(data.platforms == ["instagram"])
            let k = try #require(data.series(competitor: "Kornkammer \"Zur Mühle\"", platform: "instagram"))
            #expect(k.value(.likes, 0) == 12)
            #expect(k.value(.comments, 0) == 3)
            let m = try #require(data.series(competitor: "Müller, Brot & Co", platform: "instagram"))
            #expect(m.value(.comments, 0) == nil)  // empty = missing, not zero
            #expect(m.value(.likes, 0) == 7)
        }
    }

    @Test func fastParserAgreesWithCSVSwiftOnTrickyInput() throws {
        var text = "competitor,platform,date,followers,posts,likes,comments,shares\n"
        let names = ["Plain", "\"With, comma\"", "\"With \"\"quotes\"\"\"", "\"Line\nbreak\"", "Ümlaut Bäckerei", "\"\""]
        for (i, name) in names.enumerated() {
            let competitor = name == "\"\"" ? "\"Quoted empty likes\"" : name
            text += "\(competitor),instagram,2024-02-0\(i + 1),\(1000 + i),\(i % 3),\(i * 7),,\(name == "\"\"" ? "\"\"" : "2")\r\n"
        }
        let fast = try BenchmarkImporter.csv(text: text)
        let reference = try BenchmarkImporter.csv(text: text, options: ImportOptions(parser: .csvSwift))
        #expect(fast.competitors == reference.competitors)
        #expect(fast.rowCount == 6)
        for (a, b) in zip(fast.allSeries, reference.allSeries) {
            #expect(a.days == b.days)
            for m in Measure.allCases {
                #expect(a.column(m).map { $0.isNaN ? -1 : $0 } == b.column(m).map { $0.isNaN ? -1 : $0 })
            }
        }
    }

    @Test func largeInputCrossesChunkBoundaries() throws {
        // Longer than the 1 MiB read buffer, with a quoted field spanning a boundary somewhere.
        var text = "competitor,platform,date,likes\n"
        var expected = 0.0
        for i in 0..<40_000 {
            text += "\"Comp, \(i % 7)\",facebook,2024-01-\(String(format: "%02d", i % 29 + 1)),\(i)\n"
            expected += Double(i)
        }
        let data = try BenchmarkImporter.csv(text: text)
        #expect(data.report.rowsRead == 40_000)
        var total = 0.0
        for s in data.allSeries { total += s.sum(.likes) ?? 0 }
        #expect(total == expected)
        #expect(data.competitors.count == 7)
        // 40,000 rows on 7 × 29 (competitor, day) pairs: duplicates are merged.
        #expect(data.rowCount == 7 * 29)
        #expect(data.report.duplicatesMerged == 40_000 - 7 * 29)
    }

    @Test func missingRequiredColumnFailsEvenWhenSkipping() throws {
        let error = try #require(importError("competitor,platform,likes\nA,instagram,3\n",
                                             options: ImportOptions(skipInvalidRows: true)))
        #expect(error.diagnostics.count == 1)
        #expect(error.diagnostics[0].code == .missingColumn)
        #expect(error.diagnostics[0].line == 1 && error.diagnostics[0].column == 1)
        #expect(error.diagnostics[0].message.contains("'date'"))
    }

    @Test func emptyNamesAreErrors() throws {
        let error = try #require(importError("competitor,platform,date\n  ,instagram,2024-03-01\nA,\"\",2024-03-01\n"))
        #expect(error.diagnostics.map(\.description) == [
            "<memory>:2:1: empty competitor name in column 'competitor'",
            "<memory>:3:3: empty platform name in column 'platform'",
        ])
    }

    @Test func linesOfEmptyCellsAreBlank() throws {
        let text = "competitor,platform,date,likes\nA,x,2024-03-01,1\n,,,\n\n,,\nB,x,2024-03-01,2\n,,,\n"
        for parser in [ImportOptions.Parser.fast, .csvSwift] {
            let data = try BenchmarkImporter.csv(text: text, options: ImportOptions(parser: parser))
            #expect(data.report.rowsRead == 2)
            #expect(data.competitors == ["A", "B"])
        }
        // A quoted empty cell is content, not a blank line.
        let error = try #require(importError("competitor,platform,date\n\"\",,\n"))
        #expect(error.diagnostics.first?.code == .emptyCompetitor)
    }

    @Test func headerOnlyGivesAnEmptyBenchmark() throws {
        let data = try BenchmarkImporter.csv(text: "competitor,platform,date,likes\n")
        #expect(data.rowCount == 0)
        #expect(data.dayRange == nil)
        let result = BenchmarkEngine.run(data)
        #expect(result.platforms.isEmpty)
        #expect(result.period == nil)
        let empty = try BenchmarkImporter.json(text: "[]")
        #expect(empty.rowCount == 0)
    }

    @Test func emptyFileIsAnError() throws {
        let error = try #require(importError(""))
        #expect(error.diagnostics.first?.code == .emptyFile)
    }

    @Test func missingFileIsAnError() throws {
        #expect(throws: ImportError.self) { try BenchmarkImporter.csv(path: "/nonexistent/competitors.csv") }
    }
}

@Suite struct ColumnMappingTests {
    @Test func germanExportWithAliasesSemicolonsAndDecimalComma() throws {
        let text = """
            Profil;Netzwerk;Datum;Fans;Beiträge;Reaktionen;Kommentare;Geteilt;Antwortzeit (h);Notiz
            Bäckerei Sonnenschein;Facebook;01.03.2024;1.234;1;10;2;1;1,5;egal
            Bäckerei Sonnenschein;Facebook;02.03.2024;1.240;0;;;;;
            """
        let data = try BenchmarkImporter.csv(text: text, options: ImportOptions(decimalSeparator: UInt8(ascii: ","),
                                                                                groupingSeparator: UInt8(ascii: ".")))
        #expect(data.report.columns["followers"] == "Fans")
        #expect(data.report.columns["posts"] == "Beiträge")
        #expect(data.report.columns["likes"] == "Reaktionen")
        #expect(data.report.columns["response_minutes"] == "Antwortzeit (h)")
        #expect(data.report.ignoredColumns == ["Notiz"])
        let s = try #require(data.series(competitor: "Bäckerei Sonnenschein", platform: "facebook"))
        #expect(s.days == [CivilDate.dayNumber(year: 2024, month: 3, day: 1)!, CivilDate.dayNumber(year: 2024, month: 3, day: 2)!])
        #expect(s.value(.followers, 0) == 1234)
        #expect(s.value(.responseMinutes, 0) == 90)  // 1.5 hours
        #expect(s.value(.shares, 0) == 1)
        #expect(s.value(.interactions, 1) == 0)  // zero-post day with empty cells
    }

    @Test func englishToolExportAliases() {
        let r = ColumnMapping.automatic.resolve(headers: ["Page", "Network", "Date", "Page Fans", "Reactions",
                                                          "Comments", "Retweets", "Video Views", "Response Time (min)"])
        #expect(r.fieldForColumn == [.competitor, .platform, .date, .followers, .likes, .comments, .shares, .views,
                                     .responseMinutes])
        #expect(r.missingRequired.isEmpty)
    }

    @Test func explicitMappingWinsOverAliases() throws {
        let text = "Wer,Wo,Wann,Anzahl,likes\nA,tiktok,2024-03-01,9,1\n"
        let mapping = ColumnMapping([.competitor: "Wer", .platform: "Wo", .date: "Wann", .likes: "Anzahl"])
        let data = try BenchmarkImporter.csv(text: text, options: ImportOptions(mapping: mapping))
        #expect(data.report.columns["likes"] == "Anzahl")
        #expect(data.report.ignoredColumns == ["likes"])
        #expect(data.series(competitor: "A", platform: "tiktok")?.value(.likes, 0) == 9)
    }

    @Test func withoutAliasesOnlyExplicitColumnsCount() {
        let mapping = ColumnMapping([.competitor: "Profile", .platform: "Network", .date: "Day"], useAliases: false)
        let r = mapping.resolve(headers: ["Profile", "Network", "Day", "Fans"])
        #expect(r.fieldForColumn == [.competitor, .platform, .date, nil])
    }

    @Test func platformNamesAreCanonical() {
        #expect(PlatformName.canonical("IG") == "instagram")
        #expect(PlatformName.canonical(" Instagram ") == "instagram")
        #expect(PlatformName.canonical("Twitter") == "x")
        #expect(PlatformName.canonical("X (formerly Twitter)") == "x")
        #expect(PlatformName.canonical("Mastodon") == "mastodon")
    }
}

@Suite struct JSONImportTests {
    @Test func importsRowObjectsWithAliasesAndNulls() throws {
        let text = """
            [
              {"Profile": "A", "Network": "Instagram", "Datum": "2024-03-01", "Fans": 100, "Reactions": 10, "extra": [1, 2]},
              {"Profile": "B", "Network": "IG", "Datum": "01.03.2024", "Fans": null, "Reactions": "7", "Comments": 1.5e1}
            ]
            """
        let data = try BenchmarkImporter.json(text: text)
        #expect(data.report.format == "json")
        #expect(data.competitors == ["A", "B"])
        #expect(data.platforms == ["instagram"])
        let b = try #require(data.series(competitor: "B", platform: "instagram"))
        #expect(b.value(.followers, 0) == nil)
        #expect(b.value(.likes, 0) == 7)
        #expect(b.value(.comments, 0) == 15)
        #expect(data.series(competitor: "A", platform: "instagram")?.value(.followers, 0) == 100)
    }

    @Test func badValuesAreReportedAtTheirPosition() throws {
        let text = """
            [
              {"competitor": "A", "platform": "x", "date": "2024-03-01", "likes": "many"},
              {"competitor": "B", "platform": "x", "date": "2024-02-30", "likes": true}
            ]
            """
        do {
            _ = try BenchmarkImporter.json(text: text)
            Issue.record("import should have failed")
        } catch let error as ImportError {
            #expect(error.diagnostics.map(\.description) == [
                "<memory>:2:71: invalid number 'many' in column 'likes' (expected digits with '.' as decimal separator, or an empty cell for missing)",
                "<memory>:3:71: value of 'likes' is a boolean; expected a number, a string or null",
            ])
        }
        let skipped = try BenchmarkImporter.json(text: text, options: ImportOptions(skipInvalidRows: true))
        #expect(skipped.report.rowsSkipped == 2)
        #expect(skipped.report.skippedByReason == ["invalid-number": 1, "invalid-value-type": 1])
    }

    @Test func syntaxErrorsHaveLineAndColumn() throws {
        let text = "[\n  {\"competitor\": \"A\",}\n]"
        do {
            _ = try BenchmarkImporter.json(text: text)
            Issue.record("import should have failed")
        } catch let error as ImportError {
            #expect(error.diagnostics.count == 1)
            #expect(error.diagnostics[0].code == .invalidJSON)
            #expect(error.diagnostics[0].line == 2)
            #expect(error.diagnostics[0].column == 22)
            #expect(error.diagnostics[0].message == "expected a key in quotes")
        }
    }
}

@Suite struct ParsingTests {
    func number(_ s: String, decimal: Character = ".", grouping: Character? = nil) -> ByteParsing.NumberResult {
        var bytes = Array(s.utf8)
        bytes.append(0)
        return bytes.withUnsafeBufferPointer {
            ByteParsing.parseNumber($0.baseAddress!, 0, $0.count - 1, decimal: decimal.asciiValue!,
                                    grouping: grouping?.asciiValue)
        }
    }

    @Test func numbers() {
        #expect(number("42") == .value(42))
        #expect(number(" 0.25 ") == .value(0.25))
        #expect(number("") == .missing)
        #expect(number("NA") == .missing)
        #expect(number("n/a") == .missing)
        #expect(number("1e3") == .value(1000))
        #expect(number("12345678901234567890123") == .value(1.2345678901234567e22))
        #expect(number("1.234,5", decimal: ",", grouping: ".") == .value(1234.5))
        #expect(number("1,5") == .invalid)
        #expect(number("abc") == .invalid)
        #expect(number("-") == .invalid)
        #expect(number("-3") == .value(-3))
    }

    @Test func dates() {
        #expect(CivilDate.parseISO("1970-01-01") == 0)
        #expect(CivilDate.parseISO("2024-02-29") == CivilDate.dayNumber(year: 2024, month: 2, day: 29))
        #expect(CivilDate.parseISO("2023-02-29") == nil)
        #expect(CivilDate.parseISO("2024-03-01T10:15:00Z") == CivilDate.dayNumber(year: 2024, month: 3, day: 1))
        #expect(CivilDate.parseISO("1.3.2024") == CivilDate.dayNumber(year: 2024, month: 3, day: 1))
        #expect(CivilDate.parseISO("") == nil)
        #expect(CivilDate.isoString(CivilDate.dayNumber(year: 2024, month: 12, day: 31)!) == "2024-12-31")
        // 2024-03-10 is a Sunday; its ISO week starts on Monday 2024-03-04.
        #expect(CivilDate.isoString(CivilDate.weekStart(CivilDate.parseISO("2024-03-10")!)) == "2024-03-04")
        #expect(CivilDate.isoString(CivilDate.weekStart(CivilDate.parseISO("2024-03-11")!)) == "2024-03-11")
        #expect(CivilDate.isoString(CivilDate.weekStart(CivilDate.parseISO("1969-12-31")!)) == "1969-12-29")
    }

    @Test func medianBySelectionMatchesSorting() {
        var rng = SystemRandomNumberGenerator()
        for n in [1, 2, 3, 4, 5, 10, 11, 100, 101, 1000] {
            for _ in 0..<20 {
                let values = (0..<n).map { _ in Double(Int.random(in: 0..<50, using: &rng)) }
                let s = values.sorted()
                let expected = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2
                #expect(Statistics.median(values) == expected)
            }
        }
        #expect(Statistics.median([]) == nil)
    }
}
