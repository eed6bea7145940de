import Testing
@testable import BenchmarkKit

/// Inputs the `csv` and `json` fuzz targets (Fuzz/CSVFuzz.swift, Fuzz/JSONFuzz.swift) crashed on,
/// replayed through the plain importer API.
@Suite struct FuzzRegressionTests {
    /// fuzz csv, crash-b1dd7bdd: a German date whose year has 20+ digits overflowed `Int` while
    /// the digits were summed (ByteParsing.germanDate); now it is an invalid date.
    @Test func germanDateWithAHugeYearIsAnError() throws {
        let csv = "competitor;platform;date;followers\nA;IG;03.03.\(String(repeating: "2", count: 40));1\n"
        let error = importError(csv)
        #expect(error?.diagnostics.first?.message.contains("expected a date") == true)
        let skipped = try BenchmarkImporter.csv(text: csv, options: ImportOptions(skipInvalidRows: true))
        #expect(skipped.report.rowsSkipped == 1)
        var reference = ImportOptions()
        reference.parser = .csvSwift
        #expect(importError(csv, options: reference) != nil)
    }

    /// fuzz json, crash-7f1658f4: a `\u` high surrogate followed by a `\u` escape that is no low
    /// surrogate underflowed `UInt32` while the pair was combined (JSONImporter.Parser.string);
    /// now the lone half reads as U+FFFD and the second escape as its own character.
    @Test func highSurrogateWithoutItsLowHalfIsReplaced() throws {
        let json = #"[{"competitor": "A\ud83d\ud0e0", "platform": "x", "date": "2025-02-03", "followers": 1},"# +
            #" {"competitor": "B\ud83d\u0041\ud83d\ude00", "platform": "x", "date": "2025-02-03", "followers": 2}]"#
        let data = try BenchmarkImporter.json(text: json)
        #expect(data.competitors.sorted() == ["A\u{FFFD}\u{D0E0}", "B\u{FFFD}A\u{1F600}"])
    }
}
