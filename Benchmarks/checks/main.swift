// Check throughput: contests and posts through every built-in check, against a plain Lua
// loop that calls the same check functions on ready-made tables in the same state; then one
// state per core on two threads. The three runs take turns for several rounds and each is
// reported by its fastest round, since this machine is shared and its speed varies. Run:
//   swift run -c release smkit-check-bench [subjects] [rounds]
import Dispatch
import Foundation
import LuaHost
import StrategyKit
import StrategyScripting

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let total = arguments.first ?? 100_000
let rounds = max(1, arguments.dropFirst().first ?? 5)
let threads = 2

/// The example contests and post, plus posts for every platform: a mix with and without findings.
func variants() throws -> [CheckSubject] {
    var subjects: [CheckSubject] = []
    for name in ["adventsverlosung", "teilen-und-markieren", "influencer-gewinnspiel", "x-retweet", "instagram-post"] {
        subjects.append(try CheckDocumentLoader.load(path: root.appendingPathComponent("Examples/contests/\(name).yaml").path).subject)
    }
    let text = "Frisch aus dem Ofen: unser Dinkelbrot mit Sauerteig. Heute in allen Filialen! #brot #backstube @baeckerei https://example.de"
    for platform in ["x", "linkedin", "tiktok", "youtube", "facebook"] {
        subjects.append(.post(Post(id: "post-\(platform)", platform: platform, title: "Dinkelbrot", text: text,
                                   adDisclosure: AdDisclosure(commercial: platform == "tiktok"))))
    }
    return subjects
}

func makeHost() throws -> PluginHost {
    let found = PluginDiscovery.discover([PluginSearchPath(directory: root.appendingPathComponent("Plugins").path, origin: .builtIn)])
    let host = try PluginHost()
    host.load(found.plugins)
    precondition(host.loadFailures.isEmpty, "\(host.loadFailures)")
    return host
}

/// Runs `count` subjects through the full machinery; returns the number of findings.
func machinery(_ host: PluginHost, _ subjects: [CheckSubject], count: Int) -> Int {
    var findings = 0
    for i in 0..<count {
        let result = host.check(subjects[i % subjects.count])
        precondition(result.failures.isEmpty, "\(result.failures)")
        findings += result.findings.count
    }
    return findings
}

/// Runs the plain loop over `subjectRounds` rounds of all variants, in chunks so every call
/// stays inside the plugin limits like the machinery's calls; returns the number of reports.
func plainLoop(_ host: PluginHost, _ baseline: PluginHost.BaselineSubjects, subjectRounds: Int) throws -> Int {
    var reports = 0
    var done = 0
    while done < subjectRounds {
        let n = min(100, subjectRounds - done)
        reports += try host.runBaseline(baseline, rounds: n)
        done += n
    }
    return reports
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// One state per core: a thread that owns its host, made on that thread so that the state's
/// memory comes from the thread's own malloc arena, and checks `share` subjects per round.
final class Worker: @unchecked Sendable {
    private let start = DispatchSemaphore(value: 0)
    private let done = DispatchSemaphore(value: 0)
    private let count: Int

    init(count: Int) {
        self.count = count
        let thread = Thread { [self] in
            let host: PluginHost
            let subjects: [CheckSubject]
            do {
                (host, subjects) = (try makeHost(), try variants())
            } catch {
                fatalError("\(error)")
            }
            _ = machinery(host, subjects, count: subjects.count * 10)
            done.signal()
            while true {
                start.wait()
                _ = machinery(host, subjects, count: self.count)
                done.signal()
            }
        }
        thread.start()
        done.wait()
    }

    func begin() { start.signal() }
    func wait() { done.wait() }
}

let clock = ContinuousClock()
let subjects = try variants()
var host: PluginHost!
let loadTime = try seconds(clock.measure { host = try makeHost() })

print("subjects: \(total) per run (\(subjects.count) variants cycled), \(rounds) rounds, checks registered: \(host.checks.count)")

// Warm up both paths once.
_ = machinery(host, subjects, count: subjects.count * 10)
let baseline = try host.prepareBaseline(subjects)
_ = try host.runBaseline(baseline, rounds: 10)

let subjectRounds = max(1, total / subjects.count)
let loopSubjects = subjectRounds * subjects.count
let share = total / threads
let workers = (0..<threads).map { _ in Worker(count: share) }
var best = (machinery: Double.infinity, loop: Double.infinity, parallel: Double.infinity)
var ratios: [Double] = []
var counts = (findings: 0, reports: 0)
for _ in 0..<rounds {
    let m = seconds(clock.measure { counts.findings = machinery(host, subjects, count: total) }) / Double(total)
    let l = try seconds(clock.measure { counts.reports = try plainLoop(host, baseline, subjectRounds: subjectRounds) }) / Double(loopSubjects)
    let p = seconds(clock.measure {
        workers.forEach { $0.begin() }
        workers.forEach { $0.wait() }
    }) / Double(share * threads)
    best = (min(best.machinery, m), min(best.loop, l), min(best.parallel, p))
    ratios.append(m / l)
}

func line(_ name: String, _ perSubject: Double) -> String {
    String(format: "%@ %6.2f µs/subject  %6.0f subjects/s", name, perSubject * 1e6, 1 / perSubject)
}
print(line("machinery: ", best.machinery) + "  (\(counts.findings) findings)")
print(line("plain loop:", best.loop) + "  (\(counts.reports) reports)")
print(String(format: "machinery / loop: %.2fx fastest rounds, %.2fx median of rounds (goal <= 1.2x a plain Lua loop without any hook; this loop runs under the count hook)",
             best.machinery / best.loop, ratios.sorted()[ratios.count / 2]))
if loopSubjects == total && counts.reports != counts.findings {
    print("warning: the loop reported \(counts.reports) times, the machinery found \(counts.findings)")
}
print(line("\(threads) threads: ", best.parallel) + String(format: "  speed-up %.2fx over one thread (goal >= 1.9x)",
                                                         best.machinery / best.parallel))
print(String(format: "loading the built-in plugins into a state: %.1f ms", loadTime * 1e3))
// For counting instructions per subject (Benchmarks/checks/instructions.sh): every call made,
// warm-ups and worker threads included.
let warmUp = subjects.count * 10
print("calls: PluginHost.check \(warmUp + rounds * total + threads * (warmUp + rounds * share)), "
      + "loop subjects \(warmUp + rounds * loopSubjects)")
