import Foundation
import Testing

/// Issue #11 item 1: memory corruption from deep, wide or shared values crossing into the host,
/// many arguments, and host functions called inside coroutines.
extension HostileHost {
    @Suite struct StackTests {
        // 1: `error(t)` with t nested 64/200/10,000 levels, `smkit run --profile plugin`.
        @Test(.timeLimit(.minutes(1)), arguments: [64, 200, 10_000])
        func nestedErrorObjectInPluginProfile(depth: Int) throws {
            let run = try Hostile.script("\(Hostile.nested(depth)) error(t)", plugin: true)
            #expect(run.exited(1) && !run.stderr.isEmpty && run.noCorruption, "\(run)")
        }

        // 1: `error(t)` with t nested 64/200/10,000 levels, trusted `smkit run`.
        @Test(.timeLimit(.minutes(1)), arguments: [64, 200, 10_000])
        func nestedErrorObjectInTrustedRun(depth: Int) throws {
            let run = try Hostile.script("\(Hostile.nested(depth)) error(t)", plugin: false)
            #expect(run.exited(1) && !run.stderr.isEmpty && run.noCorruption, "\(run)")
        }

        // 1: `error(t)` with t nested 64/200/10,000 levels inside a plugin check's run.
        @Test(.timeLimit(.minutes(1)), arguments: [64, 200, 10_000])
        func nestedErrorObjectInCheck(depth: Int) throws {
            let run = try Hostile.check(body: "\(Hostile.nested(depth)) error(t)")
            #expect(run.pluginFailedOthersReported() && run.noCorruption, "\(run)")
        }

        // 1: `error(t)` with t nested 200 levels at the top level of init.lua (load time).
        @Test(.timeLimit(.minutes(1)))
        func nestedErrorObjectAtLoad() throws {
            let run = try Hostile.check(prelude: "\(Hostile.nested(200)) error(t)")
            #expect(run.pluginFailedOthersReported() && run.noCorruption, "\(run)")
        }

        static let deepPlatform = """
            local d = {} for _ = 1, 150 do d = { d } end \
            plugin:platform { id = "deep", name = "Deep", kind = "other", fit = { b2b = 1, b2c = 1 }, extra = d }
            """

        // 1: plugin:platform{...} with a field nested 150 levels: `smkit check` reports the plugin, others fine.
        @Test(.timeLimit(.minutes(1)))
        func deepPlatformDataInCheck() throws {
            let run = try Hostile.check(prelude: Self.deepPlatform)
            #expect(run.pluginFailedOthersReported() && run.noCorruption, "\(run)")
        }

        // 1: plugin:platform{...} nested 150 levels: `smkit plugin list` lists it as FAILED (exit 3, like any failed load).
        @Test(.timeLimit(.minutes(1)))
        func deepPlatformDataInPluginList() throws {
            let parent = try TemporaryDirectory()
            try Hostile.plugin("hostile", in: parent.url, prelude: Self.deepPlatform)
            let run = try Hostile.smkit(["plugin", "list"], pluginPath: parent.url.path)
            #expect(run.exited(3) && run.stdout.contains("FAILED") && run.stdout.contains("plugin 'hostile' failed")
                        && run.stdout.contains("facebook\t") && run.noCorruption, "\(run)")
        }

        // 1: plugin:platform{...} nested 150 levels: `smkit plugin validate DIR` fails with a message (exit 1).
        @Test(.timeLimit(.minutes(1)))
        func deepPlatformDataInPluginValidate() throws {
            let parent = try TemporaryDirectory()
            let folder = try Hostile.plugin("hostile", in: parent.url, prelude: Self.deepPlatform)
            let run = try Hostile.smkit(["plugin", "validate", folder.path])
            #expect(run.exited(1) && run.stderr.contains("plugin 'hostile' failed") && run.noCorruption, "\(run)")
        }

        // 1: `smkit run args.lua $(seq 200)` and with 10,000 arguments prints select('#', ...).
        @Test(.timeLimit(.minutes(1)), arguments: [200, 10_000])
        func manyArguments(count: Int) throws {
            let run = try Hostile.script("print(select('#', ...), #arg)", plugin: false,
                                         arguments: (1...count).map(String.init))
            #expect(run.exited(0) && run.stdout == "\(count)\t\(count)\n", "\(run)")
        }

        // 1: smkit.check{kind = "contest", ..., deep = <100 levels>} in a trusted script: an error or a result, no crash.
        @Test(.timeLimit(.minutes(1)))
        func checkTableWithDeepField() throws {
            let run = try Hostile.script("""
                local smkit = require "smkit"
                \(Hostile.nested(100, "d"))
                local ok, r = pcall(smkit.check, { kind = "contest", platforms = { "facebook" },
                  text = "Gewinnspiel! Kommentiere.", entry = { "comment" }, deep = d })
                print("done", ok, type(r))
                """, plugin: false)
            #expect(run.exited(0) && run.stdout.hasPrefix("done\t") && run.noCorruption, "\(run)")
        }

        static let dag = "local t = {} for _ = 1, 14 do t = { t, t, t, t } end"

        // 1: error(DAG of 15 tables, 4^14 paths) in `smkit run --profile plugin` and trusted: fast and small.
        @Test(.timeLimit(.minutes(1)), arguments: [true, false])
        func sharedTablesErrorObjectInRun(plugin: Bool) throws {
            let run = try Hostile.script("\(Self.dag) error(t)", plugin: plugin, deadline: 20)
            #expect(run.exited(1) && run.noCorruption, "\(run)")
            #expect(run.seconds < 10 && run.maxRSSBytes < HostileRun.memoryBound, "\(run)")
        }

        // 1: error(DAG of 15 tables) inside a plugin check: the plugin fails, fast and small.
        @Test(.timeLimit(.minutes(1)))
        func sharedTablesErrorObjectInCheck() throws {
            let run = try Hostile.check(body: "\(Self.dag) error(t)", deadline: 20)
            #expect(run.pluginFailedOthersReported() && run.noCorruption, "\(run)")
            #expect(run.seconds < 10 && run.maxRSSBytes < HostileRun.memoryBound, "\(run)")
        }

        // 1: a DAG of 15 tables as registration data (plugin:platform), fast and small.
        @Test(.timeLimit(.minutes(1)))
        func sharedTablesAsPlatformData() throws {
            let run = try Hostile.check(prelude: """
                \(Self.dag) plugin:platform { id = "dag", name = "Dag", kind = "other", fit = { b2b = 1, b2c = 1 }, extra = t }
                """, deadline: 20)
            #expect(run.noCorruption && run.signal == nil && !run.killedAtDeadline, "\(run)")
            #expect(run.seconds < 10 && run.maxRSSBytes < HostileRun.memoryBound, "\(run)")
        }

        // 1: host functions inside coroutine.wrap return their results (smkit.language, smkit.platform).
        @Test(.timeLimit(.minutes(1)))
        func hostFunctionsInsideCoroutines() throws {
            let run = try Hostile.script("""
                local smkit = require "smkit"
                print(coroutine.wrap(function() return smkit.language() end)())
                print(coroutine.wrap(function() return smkit.platform("facebook") end)() ~= nil)
                """, plugin: false)
            #expect(run.exited(0) && ["de\ntrue\n", "en\ntrue\n"].contains(run.stdout), "\(run)")
        }

        // 1: 5,000 host calls inside nested coroutines (10 levels) do not crash.
        @Test(.timeLimit(.minutes(1)))
        func manyHostCallsInsideNestedCoroutines() throws {
            let run = try Hostile.script("""
                local smkit = require "smkit"
                local function deep(n)
                  if n == 0 then
                    local last
                    for _ = 1, 5000 do last = smkit.language() end
                    return last
                  end
                  return coroutine.wrap(function() return deep(n - 1) end)()
                end
                print(deep(10))
                """, plugin: false)
            #expect(run.exited(0) && ["de\n", "en\n"].contains(run.stdout) && run.noCorruption, "\(run)")
        }

        // 1: coroutine.wrap(function() for i = 1, 5000 do pcall(require, "x") end end)() in a check, and at load.
        @Test(.timeLimit(.minutes(1)), arguments: [true, false])
        func failingRequireInsideCoroutineInPlugin(atLoad: Bool) throws {
            let code = #"coroutine.wrap(function() for i = 1, 5000 do pcall(require, "x") end end)()"#
            let run = try Hostile.check(["Examples/contests/adventsverlosung.yaml"],
                                        prelude: atLoad ? code : "", body: atLoad ? "" : code)
            #expect(run.exited(0) && run.stdout.contains("0 plugin failures") && run.noCorruption, "\(run)")
        }
    }
}
