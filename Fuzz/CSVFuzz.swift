// Target `csv`: the input is a competitor export in long CSV form. The fast byte parser reads
// it from a file (raw bytes, BOM, CRLF, any delimiter) with options taken from a hash of the
// input (delimiter, German decimal comma, skipping invalid rows); the CSV.swift reference
// parser reads the same text; whatever imports goes through the benchmark engine.
import BenchmarkKit
import Foundation

enum CSVFuzz {
    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let path = FuzzFiles.write("competitors.csv", Array(bytes))
        var h: UInt32 = 2166136261
        for b in bytes.prefix(64) { h = (h ^ UInt32(b)) &* 16777619 }
        var options = ImportOptions(skipInvalidRows: h & 1 == 1, maxDiagnostics: Int(h >> 1 & 7))
        switch h >> 4 & 3 {
        case 1: options.delimiter = UInt8(ascii: ";"); options.decimalSeparator = UInt8(ascii: ",")
            options.groupingSeparator = UInt8(ascii: ".")
        case 2: options.delimiter = UInt8(ascii: "\t")
        case 3: options.delimiter = UInt8(ascii: ",")
        default: break
        }
        if let data = try? BenchmarkImporter.csv(path: path, options: options) {
            _ = BenchmarkEngine.run(data)
        }
        options.parser = .csvSwift
        if let data = try? BenchmarkImporter.csv(text: String(decoding: UnsafeBufferPointer(rebasing: bytes[...]), as: UTF8.self),
                                                 options: options) {
            _ = BenchmarkEngine.run(data)
        }
    }
}
