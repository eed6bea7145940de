import Foundation
import Testing

/// Issue #11 items 3, 4 and 6: the memory limit blames the plugin that used the memory, counts live
/// data rather than garbage, stops a call for good, words its errors one way with a location, and a
/// real out-of-memory at state creation or plugin load is an error, never a host panic.
extension HostileHost {
    @Suite struct BlameTests {
        static let drafts = ["Examples/contests/teilen-und-markieren.yaml", "Examples/contests/influencer-gewinnspiel.yaml",
                             "Examples/contests/x-retweet.yaml", "Examples/contests/adventsverlosung.yaml"]

        /// Fills the state up to the 64 MiB default limit, swallowing the failing allocation, and keeps it (HOG).
        static let fillToTheLimit = "pcall(function() while true do HOG[#HOG + 1] = ('x'):rep(1000) .. #HOG end end) "
            + "HOG[#HOG] = nil"
        /// Fills the state to 16 KiB under the 64 MiB default limit with garbage, without hitting it.
        static let garbageUnderTheLimit = "local junk = {} for size = 65536, 64, -64 do "
            + "while collectgarbage('count') * 1024 + size + 16384 < 64 * 1024 * 1024 do "
            + "junk[#junk + 1] = ('x'):rep(size - 40) .. #junk end end junk = nil"

        /// `smkit check --format json` of the drafts: the error findings of the built-in plugins, and the failures.
        static func checkJSON(prelude: String = "", body: String = "", hog: Bool) throws
            -> (errors: [String], failures: [[String: Any]], run: HostileRun) {
            let parent = try TemporaryDirectory()
            if hog { try Hostile.plugin("hog", in: parent.url, prelude: "HOG = {} " + prelude, body: body) }
            let run = try Hostile.smkit(["check"] + drafts + ["--format", "json"], pluginPath: parent.url.path)
            let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
            let findings = object?["findings"] as? [[String: Any]] ?? []
            let errors = findings.filter { $0["severity"] as? String == "error" && $0["plugin_id"] as? String != "hog" }
                .map { "\($0["location"] ?? "") \($0["plugin_id"] ?? "") \($0["rule_id"] ?? "") \($0["platform"] ?? "")" }
                .sorted()
            return (errors, object?["failures"] as? [[String: Any]] ?? [], run)
        }

        /// Keeps 16 KiB under the 64 MiB default limit live (HOG), without hitting it.
        static let keepUnderTheLimit = "for size = 65536, 64, -64 do "
            + "while collectgarbage('count') * 1024 + size + 16384 < 64 * 1024 * 1024 do "
            + "HOG[#HOG + 1] = ('x'):rep(size - 40) .. #HOG end end"

        /// name: (top level, check body, the hog must be reported).
        static let hogs: [String: (prelude: String, body: String, reported: Bool)] = [
            "fill to the limit in a check": ("", fillToTheLimit, true),
            "fill to the limit at load": (fillToTheLimit, "", true),
            "keep 16 KiB under the limit in a check": ("", keepUnderTheLimit, false),
            "leave garbage 16 KiB under the limit in a check": ("", garbageUnderTheLimit, false),
        ]

        // 3: a plugin that allocates up to (or just under) the memory limit is the one blamed: every failure
        // names it, and the built-in plugins' error findings on four drafts are the same as without it.
        @Test(.timeLimit(.minutes(1)), arguments: hogs.keys.sorted())
        func hogIsBlamedAndOthersUnchanged(name: String) throws {
            let hog = Self.hogs[name]!
            let clean = try Self.checkJSON(hog: false)
            let hogged = try Self.checkJSON(prelude: hog.prelude, body: hog.body, hog: true)
            #expect(clean.errors.count > 10 && hogged.errors == clean.errors, "\(hogged.run)")
            #expect(hogged.failures.allSatisfy { $0["plugin_id"] as? String == "hog" }, "\(hogged.failures)")
            if hog.reported { #expect(!hogged.failures.isEmpty, "\(hogged.run)") }
        }

        /// Holds 10 MB live, then builds and drops a 1 MB string 500 times.
        static let garbageScript = """
            local live = {} for i = 1, 10 do live[i] = string.rep(string.char(64 + i), 1000000) end
            for i = 1, 500 do local s = string.rep("y", 1000000 - i) .. i end
            print("survived", #live)
            """

        // 3: live data under --memory-limit 20000000 with heavy garbage succeeds (plugin profile and trusted).
        @Test(.timeLimit(.minutes(1)), arguments: [true, false])
        func garbageUnderTheLimitSucceeds(plugin: Bool) throws {
            let run = try Hostile.script(Self.garbageScript, plugin: plugin, options: ["--memory-limit", "20000000"])
            #expect(run.exited(0) && run.stdout == "survived\t10\n", "\(run)")
        }

        // 3: live data over --memory-limit 20000000 (30 MB held) fails with "memory limit" in the message.
        @Test(.timeLimit(.minutes(1)), arguments: [true, false])
        func liveDataOverTheLimitFails(plugin: Bool) throws {
            let run = try Hostile.script("""
                local live = {} for i = 1, 30 do live[i] = string.rep(string.char(64 + i), 1000000) end
                print("survived", #live)
                """, plugin: plugin, options: ["--memory-limit", "20000000"])
            #expect(run.exited(1) && run.stderr.contains("memory limit") && !run.stdout.contains("survived"), "\(run)")
        }

        // 3: "once a limit is exceeded in a call, the rest of that call stops at once, whatever pcall, coroutines
        // or __close do": 50 swallowed memory errors must not reach print("after").
        @Test(.timeLimit(.minutes(1)), arguments: [true, false])
        func swallowedMemoryErrorsStopTheCall(plugin: Bool) throws {
            let run = try Hostile.script(#"for i = 1, 50 do pcall(string.rep, "x", 1e9) end print("after")"#,
                                         plugin: plugin, options: ["--memory-limit", "20000000"])
            #expect(run.exited(1) && run.stderr.contains("memory limit") && !run.stdout.contains("after"), "\(run)")
        }

        static let bigString = "local s = ('x'):rep(70 * 1024 * 1024)"

        // 4: a memory failure at load time and one at check time both say "memory limit" and name init.lua's line.
        @Test(.timeLimit(.minutes(1)), arguments: [true, false])
        func loadAndCheckMemoryFailuresShareWording(atLoad: Bool) throws {
            let run = try Hostile.check(prelude: atLoad ? Self.bigString : "", body: atLoad ? "" : Self.bigString)
            let failure = run.stdout.split(separator: "\n").first { $0.contains("plugin 'hostile' failed") } ?? ""
            #expect(run.pluginFailedOthersReported(), "\(run)")
            #expect(failure.contains("memory limit") && failure.contains(atLoad ? "init.lua:3:" : "init.lua:6:"), "\(run)")
        }

        // 4: `smkit run --profile plugin` memory errors name the location (file:line) in the message itself.
        @Test(.timeLimit(.minutes(1)), arguments: [
            "local s = ('x'):rep(70 * 1024 * 1024)",
            "local t = {} for i = 1, 1e9 do t[i] = ('x'):rep(100) .. i end",
        ])
        func pluginRunMemoryErrorNamesTheLocation(code: String) throws {
            let run = try Hostile.script(code, plugin: true)
            let message = run.stderr.split(separator: "\n").first ?? ""
            #expect(run.exited(1) && message.contains("memory limit") && message.contains("hostile.lua:1:"), "\(run)")
        }

        // 6: out of memory at state creation (`smkit run --memory-limit N`): "hi" or a memory-limit error,
        // never a signal or "unprotected Lua error (a host bug)".
        @Test(.timeLimit(.minutes(1)), arguments: [1000, 20_000, 60_000, 90_000, 100_000, 120_000, 200_000])
        func tinyMemoryLimitAtStateCreation(limit: Int) throws {
            for plugin in [true, false] {
                let run = try Hostile.script("print('hi')", plugin: plugin, options: ["--memory-limit", "\(limit)"])
                // Item 6: no signal, no host panic.
                #expect((run.exited(0) || run.exited(1)) && run.noCorruption, "plugin \(plugin): \(run)")
                // Item 4: one wording for every memory failure.
                #expect(run.stdout == "hi\n" || run.stderr.contains("memory limit"), "plugin \(plugin): \(run)")
            }
        }

        // 6: a plugin whose top level allocates past the limit: its failure ("memory limit"), no panic, others fine.
        @Test(.timeLimit(.minutes(1)))
        func pluginLoadPastTheLimit() throws {
            let run = try Hostile.check(prelude: "HOG = {} for i = 1, 1e9 do HOG[i] = ('x'):rep(100) .. i end")
            #expect(run.pluginFailedOthersReported() && run.stdout.contains("memory limit") && run.noCorruption, "\(run)")
        }

        // 6: the same plugin under `smkit plugin validate DIR`: exit 1 with a memory-limit error, no panic.
        @Test(.timeLimit(.minutes(1)))
        func pluginValidatePastTheLimit() throws {
            let parent = try TemporaryDirectory()
            let folder = try Hostile.plugin("hostile", in: parent.url,
                                            prelude: "HOG = {} for i = 1, 1e9 do HOG[i] = ('x'):rep(100) .. i end")
            let run = try Hostile.smkit(["plugin", "validate", folder.path])
            #expect(run.exited(1) && run.stderr.contains("memory limit") && run.noCorruption, "\(run)")
        }
    }
}
