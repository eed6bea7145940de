// Target `json`: the input is a competitor export as a JSON array of row objects, written to a
// scratch file and read by BenchmarkImporter.json(path:) (raw bytes) with options from a hash
// of the input; whatever imports goes through the benchmark engine.
import BenchmarkKit
import Foundation

enum JSONFuzz {
    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let path = FuzzFiles.write("competitors.json", Array(bytes))
        var h: UInt32 = 2166136261
        for b in bytes.prefix(64) { h = (h ^ UInt32(b)) &* 16777619 }
        let options = ImportOptions(skipInvalidRows: h & 1 == 1, maxDiagnostics: Int(h >> 1 & 7))
        if let data = try? BenchmarkImporter.json(path: path, options: options) {
            _ = BenchmarkEngine.run(data)
        }
    }
}
