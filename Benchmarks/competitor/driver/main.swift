// Timing driver for the competitor benchmark (product smkit-competitor-bench, used by run.sh):
//   driver CSV [--parser fast|csvSwift] [--organization NAME] [--values OUT.json] [--result OUT.json]
// It runs runDefaultBenchmark-equivalent work, prints phase timings to stderr and,
// with --values, writes the result in the flat form compare.py reads (FlatValues.swift).
import BenchmarkKit
import Foundation

nonisolated(unsafe) var args = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
    guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
    let v = args[i + 1]
    args.removeSubrange(i...(i + 1))
    return v
}
let parser = option("--parser") ?? "fast"
let organization = option("--organization")
let valuesOut = option("--values")
let resultOut = option("--result")
guard let path = args.first else {
    FileHandle.standardError.write("usage: driver CSV [--parser fast|csvSwift] [--organization NAME] [--values OUT] [--result OUT]\n".data(using: .utf8)!)
    exit(2)
}
let clock = ContinuousClock()
let t0 = clock.now
let data: BenchmarkData
do {
    data = try BenchmarkImporter.load(path: path, options: ImportOptions(parser: parser == "csvSwift" ? .csvSwift : .fast))
} catch {
    FileHandle.standardError.write("\(error)\n".data(using: .utf8)!)
    exit(1)
}
let t1 = clock.now
let result = BenchmarkEngine.run(data, options: BenchmarkOptions(organization: organization))
let t2 = clock.now
func ms(_ d: Duration) -> String { String(format: "%.1f", Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15) }
FileHandle.standardError.write("smkit: rows=\(data.rowCount) import_ms=\(ms(t1 - t0)) metrics_ms=\(ms(t2 - t1)) platforms=\(result.platforms.count) competitors=\(data.competitors.count)\n".data(using: .utf8)!)
if let valuesOut {
    let enc = JSONEncoder()
    enc.outputFormatting = [.sortedKeys]
    try! enc.encode(flatValues(result)).write(to: URL(fileURLWithPath: valuesOut))
}
if let resultOut {
    let enc = JSONEncoder()
    enc.outputFormatting = [.sortedKeys, .prettyPrinted]
    try! enc.encode(result).write(to: URL(fileURLWithPath: resultOut))
}
