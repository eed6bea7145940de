// A scratch folder per fuzz process for loaders that read files (so they see raw bytes).
import Foundation

enum FuzzFiles {
    nonisolated(unsafe) static let directory: URL = {
        let base = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
        let url = URL(fileURLWithPath: base).appendingPathComponent("smkit-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: FuzzFiles.directory) }
        return url
    }()

    /// Writes `bytes` to `name` in the scratch folder (or removes it for `nil`); returns the path.
    @discardableResult
    static func write(_ name: String, _ bytes: [UInt8]?) -> String {
        let url = directory.appendingPathComponent(name)
        if let bytes {
            FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
        } else {
            try? FileManager.default.removeItem(at: url)
        }
        return url.path
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Splits at the first line `marker` (the line itself dropped): what precedes and what follows.
    func split(atLine marker: String) -> ([UInt8], [UInt8]?) {
        let all = Array(self)
        let needle = Array(("\n" + marker + "\n").utf8)
        guard all.count >= needle.count else { return (all, nil) }
        for i in 0...(all.count - needle.count) where all[i] == needle[0] && Array(all[i..<i + needle.count]) == needle {
            return (Array(all[..<(i + 1)]), Array(all[(i + needle.count)...]))
        }
        return (all, nil)
    }
}
