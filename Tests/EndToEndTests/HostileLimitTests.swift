import Foundation
import Testing

/// Issue #11 item 2: code that hangs inside C functions or in `__close` despite the time and
/// instruction limits, and host work that must not count as Lua time.
extension HostileHost {
    @Suite struct LimitTests {
        /// The hostile snippets, by name (each hangs for hours, or for ever, without a working limit).
        static let hangs: [String: String] = [
            "table.move": "table.move({}, 1, math.maxinteger // 2, 2)",
            "table.insert": "local t = setmetatable({}, { __len = function() return math.maxinteger // 2 end }) "
                + "table.insert(t, 1, 'x')",
            "table.remove": "local t = setmetatable({}, { __len = function() return math.maxinteger // 2 end }) "
                + "table.remove(t, 1)",
            // An empty string repeated returns at once; the loop after it still meets the limit.
            "string.rep": "assert(string.rep('', math.maxinteger) == '') while true do end",
            // Lua 5.4.4: a __close that loops, in a coroutine whose body the instruction limit stopped.
            "close": "local co = coroutine.wrap(function() "
                + "local x <close> = setmetatable({}, { __close = function() while true do end end }) "
                + "while true do end end) co()",
            "close-pcall": "local co = coroutine.wrap(function() "
                + "local x <close> = setmetatable({}, { __close = function() while true do end end }) "
                + "while true do end end) print(pcall(co)) print('after')",
        ]

        static let names = ["table.move", "table.insert", "table.remove", "string.rep", "close", "close-pcall"]

        /// The stop names the limit: instructions or time.
        static func namesALimit(_ text: String) -> Bool {
            text.contains("instruction limit exceeded") || text.contains("time limit exceeded")
        }

        // 2: each hang under `smkit run --profile plugin --time-limit 1` ends within ~3 s with exit 1 and a limit error.
        @Test(.timeLimit(.minutes(1)), arguments: names)
        func hangInPluginRunStopsWithALimitError(name: String) throws {
            let run = try Hostile.script(Self.hangs[name]!, plugin: true, options: ["--time-limit", "1"], deadline: 15)
            #expect(run.exited(1) && Self.namesALimit(run.stderr) && !run.stderr.contains("stuck"), "\(run)")
            #expect(!run.stdout.contains("after"), "\(run)")
            #expect(run.seconds < 4, "\(run)")
        }

        // 2: each hang inside a check's run: exit 3 with the plugin's limit failure, built-in findings printed.
        // The default limit is 5 s per call, and a stopped batch runs again check by check: at most ~2 x 5 s.
        @Test(.timeLimit(.minutes(1)), arguments: names)
        func hangInCheckFailsThePluginOnly(name: String) throws {
            let run = try Hostile.check(body: Self.hangs[name]!, deadline: 25)
            #expect(run.pluginFailedOthersReported() && Self.namesALimit(run.stdout), "\(run)")
            #expect(run.seconds < 16, "\(run)")
        }

        // 2: hangs at the top level of init.lua (load time): exit 3 with the plugin's limit failure, others printed.
        @Test(.timeLimit(.minutes(1)), arguments: ["table.move", "string.rep", "close"])
        func hangAtLoadFailsThePluginOnly(name: String) throws {
            let run = try Hostile.check(prelude: Self.hangs[name]!, deadline: 25)
            #expect(run.pluginFailedOthersReported() && Self.namesALimit(run.stdout), "\(run)")
            #expect(run.seconds < 16, "\(run)")
        }

        // 2: `smkit run --time-limit 0.5` of a trusted script whose smkit.benchmark of a 300k-row CSV takes
        // seconds in the host: host work is not Lua time, so the watchdog must not abort it ("stuck ...").
        @Test(.timeLimit(.minutes(1)))
        func hostWorkIsNotLuaTime() throws {
            let dir = try TemporaryDirectory()
            var csv = "competitor,platform,date,followers,posts,likes,comments,shares\n"
            csv.reserveCapacity(20 << 20)
            let start = Date(timeIntervalSince1970: 1_577_836_800)  // 2020-01-01
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withFullDate]
            let days = (0..<3750).map { formatter.string(from: start.addingTimeInterval(Double($0) * 86_400)) }
            for competitor in 0..<40 {
                for platform in ["instagram", "facebook"] {
                    for (day, date) in days.enumerated() {
                        csv += "Comp \(competitor),\(platform),\(date),\(1000 + day),\(day % 3),\(day % 50),\(day % 7),\(day % 5)\n"
                    }
                }
            }
            let data = try dir.file("competitors.csv", csv)
            let run = try Hostile.script("""
                local smkit = require "smkit"
                local result = smkit.benchmark(arg[1], { organization = "Comp 0" })
                print("ok", type(result))
                """, plugin: false, options: ["--time-limit", "0.5"], arguments: [data], deadline: 40)
            #expect(run.exited(0) && run.stdout == "ok\ttable\n" && !run.stderr.contains("stuck"), "\(run)")
        }
    }
}
