// Check throughput: 100,000 contests and posts through every built-in check, against a
// plain Lua loop that calls the same check functions on ready-made tables in the same
// state; then one state per core on two threads. Run:
//   swift run -c release smkit-check-bench [subjects]
import Dispatch
import Foundation
import LuaHost
import StrategyKit
import StrategyScripting

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let total = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 100_000 : 100_000

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

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

let subjects = try variants()
let host = try makeHost()
let clock = ContinuousClock()
print("subjects: \(total) (\(subjects.count) variants cycled), checks registered: \(host.checks.count)")

// Warm up both paths once.
_ = machinery(host, subjects, count: subjects.count * 10)
let baseline = try host.prepareBaseline(subjects)
_ = try host.runBaseline(baseline, rounds: 10)

var machineryFindings = 0
let machineryTime = seconds(clock.measure { machineryFindings = machinery(host, subjects, count: total) })

// The plain loop runs in chunks so every call stays inside the plugin limits, like the machinery.
let chunkRounds = 100
var loopReports = 0
let rounds = total / subjects.count
let loopTime = try seconds(clock.measure {
    var done = 0
    while done < rounds {
        let n = min(chunkRounds, rounds - done)
        loopReports += try host.runBaseline(baseline, rounds: n)
        done += n
    }
})
let loopSubjects = rounds * subjects.count

print(String(format: "machinery:  %.3f s  %.2f µs/subject  %.0f subjects/s  (%d findings)",
             machineryTime, machineryTime / Double(total) * 1e6, Double(total) / machineryTime, machineryFindings))
print(String(format: "plain loop: %.3f s  %.2f µs/subject  %.0f subjects/s  (%d reports)",
             loopTime, loopTime / Double(loopSubjects) * 1e6, Double(loopSubjects) / loopTime, loopReports))
print(String(format: "machinery / loop: %.2fx (goal <= 2x)", (machineryTime / Double(total)) / (loopTime / Double(loopSubjects))))
if loopSubjects == total && loopReports != machineryFindings {
    print("warning: the loop reported \(loopReports) times, the machinery found \(machineryFindings)")
}

// Where the machinery's time goes: converting subjects, and pushing them into the state.
let stageCount = min(total, 20_000)
var sink = 0
let convertTime = seconds(clock.measure {
    for i in 0..<stageCount { if case .table(let e) = SubjectData.subject(subjects[i % subjects.count]) { sink &+= e.count } }
})
let pushTime = seconds(clock.measure {
    for i in 0..<stageCount { if case .table = host.lua.value(SubjectData.subject(subjects[i % subjects.count])) { sink &+= 1 } }
})
print(String(format: "stages per subject: convert %.2f µs, convert+push %.2f µs (of %.2f µs)", convertTime / Double(stageCount) * 1e6,
             pushTime / Double(stageCount) * 1e6, machineryTime / Double(total) * 1e6))

// One state per core: the same total on two threads, each with its own host.
let threads = 2
let share = total / threads
let parallelTime = seconds(clock.measure {
    DispatchQueue.concurrentPerform(iterations: threads) { _ in
        do {
            let own = try makeHost()
            _ = machinery(own, try variants(), count: share)
        } catch {
            fatalError("\(error)")
        }
    }
})
let single = machineryTime
print(String(format: "%d threads, one state each: %.3f s for %d subjects; speed-up %.2fx (goal >= 1.7x; includes loading plugins per thread)",
             threads, parallelTime, share * threads, single / parallelTime * Double(share * threads) / Double(total)))
