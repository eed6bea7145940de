import Foundation

/// The local HTTP server of the freshness tests (Fixtures/freshness_server.py), on a port the
/// operating system picks: the script prints it as its first line, which is the handshake.
final class FreshnessServer {
    let process = Process()
    let port: Int
    /// The server's standard input: it exits when this closes, so it never outlives the test.
    private let input = Pipe()

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/freshness_server.py")

    init() throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-u", Self.script.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = input
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }  // the server ended before saying its port
            line.append(chunk)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            try? input.fileHandleForWriting.close()
            kill(process.processIdentifier, SIGKILL)
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "no port from the freshness server"])
        }
        self.port = port
    }

    /// `http://127.0.0.1:PORT/path`.
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Replaces the text of /changing (a POST, made by Python's standard library).
    func setChangingPage(_ text: String) throws {
        let post = Process()
        post.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        post.arguments = ["python3", "-c", """
            import sys, urllib.request
            urllib.request.urlopen(urllib.request.Request(sys.argv[1], data=sys.argv[2].encode(), method="POST"), timeout=10).read()
            """, url("/set"), text]
        try post.run()
        post.waitUntilExit()
        guard post.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    /// Ends the server. SIGKILL, because test runners may start children with SIGTERM blocked
    /// (a `terminate()` then waits for ever); closing its input ends it too.
    func stop() {
        try? input.fileHandleForWriting.close()
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    deinit { if process.isRunning { stop() } }
}
