import BenchmarkKit
import Foundation
import Testing
@testable import StrategyDocuments

private struct Inner: Codable {
    var name: String
    var values: [Double?]
}

private struct Outer: Codable {
    var id: Int
    var title: String
    var ratio: Double
    var flag: Bool
    var missing: String?
    var inners: [Inner]
    var map: [String: Int]
    var nan: Double
}

/// The streaming encoder writes the same JSON values as Foundation's encoder.
@Suite struct StreamingJSONEncoderTests {
    func parsed(_ data: Data) throws -> NSObject {
        try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as! NSObject
    }

    func foundation(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try encoder.encode(value)
    }

    @Test func sameValuesAsFoundation() throws {
        let value = Outer(id: 7, title: "Bäckerei \"Sonnenschein\"\n\ttab \u{1}", ratio: 0.125, flag: true, missing: nil,
                          inners: [Inner(name: "a", values: [1, nil, 2.5]), Inner(name: "b", values: [])],
                          map: ["x": 1, "y": 2], nan: .nan)
        let streamed = try StreamingJSONEncoder().encode(value)
        #expect(try parsed(streamed) == parsed(foundation(value)))
        #expect(!String(decoding: streamed, as: UTF8.self).contains("missing"))
    }

    @Test func benchmarkResultsMatch() throws {
        let csv = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples/baeckerei-sonnenschein/competitors.csv").path
        let result = try runDefaultBenchmark(csvPath: csv, organization: "Bäckerei Sonnenschein")
        #expect(try parsed(StreamingJSONEncoder().encode(result)) == parsed(foundation(result)))
    }
}
