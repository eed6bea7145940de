// Host benchmarks: the cost of crossing between Lua and Swift, against C
// doing the same work in the same binary and the same run, and the cost of
// a plugin-profile state. Ratios, not absolute times, are the result: the
// machines are shared and noisy.
import CBenchSupport
import CLua
import LuaHost

#if canImport(Glibc)
import Glibc
#endif

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// The fastest of `rounds` runs of each body, in seconds; rounds alternate
/// between the bodies so load from other processes hits both alike.
func fastestInterleaved(rounds: Int = 9, _ bodies: [() throws -> Void]) throws -> [Double] {
    var best = [Double](repeating: .infinity, count: bodies.count)
    for _ in 0..<rounds {
        for (i, body) in bodies.enumerated() {
            let start = now()
            try body()
            best[i] = min(best[i], now() - start)
        }
    }
    return best
}

/// The fastest of `rounds` runs, in seconds.
func fastest(rounds: Int = 7, _ body: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<rounds {
        let start = now()
        try body()
        best = min(best, now() - start)
    }
    return best
}

func ns(_ seconds: Double, _ n: Int) -> String {
    String(format1: seconds / Double(n) * 1e9) + " ns"
}

extension String {
    init(format1 value: Double) {
        let scaled = (value * 100).rounded() / 100
        self = String(describing: scaled)
    }
}

let arguments = CommandLine.arguments
let n = arguments.count > 1 ? Int(arguments[1]) ?? 2_000_000 : 2_000_000
// An optional second argument runs one section only (for callgrind).
let section = arguments.count > 2 ? arguments[2] : nil
func runs(_ name: String) -> Bool { section == nil || section == name }

let lua = try LuaState()
lua.withUnsafeRawState { L in
    lua_pushcclosure(L, bench_c_add, 0)
    lua_setglobal(L, "c_add")
}
lua.register("swift_add") { call in
    call.push(try call.integer(1) + call.integer(2))
    return 1
}
let loop = try lua.load(
    "local add, n = ...; local s = 0; for i = 1, n do s = add(s, 1) end; return s", chunkName: "=loop")
let emptyLoop = try lua.load("local n = ...; local s = 0; for i = 1, n do s = s + 1 end; return s", chunkName: "=empty")

print("smkit host benchmarks (n = \(n) calls, fastest of 9 interleaved rounds)")
print("")

// Lua -> host function
let cAdd = lua[global: "c_add"]
let swiftAdd = lua[global: "swift_add"]
if runs("lua-to-host") {
let times = try fastestInterleaved([
    { _ = try emptyLoop.call(.integer(Int64(n))) },
    { _ = try loop.call(cAdd, .integer(Int64(n))) },
    { _ = try loop.call(swiftAdd, .integer(Int64(n))) },
])
let (tEmpty, tC, tSwift) = (times[0], times[1], times[2])
let callRatio = (tSwift - tEmpty) / (tC - tEmpty)
print("Lua -> C function      \(ns(tC, n)) per iteration")
print("Lua -> Swift function  \(ns(tSwift, n)) per iteration")
print("  loop body alone      \(ns(tEmpty, n)) per iteration")
print("  ratio Swift/C, whole loop:          \(String(format1: tSwift / tC * 100) )%  -> \(String(format1: tSwift / tC))x")
print("  ratio Swift/C, call cost only:      \(String(format1: callRatio))x   (goal <= 1.15x)")
print("")
}

// Swift -> Lua
var ref: Int32 = 0
try lua.run("bench_target = function(a, b) return a + b end")
lua.withUnsafeRawState { L in
    lua_getglobal(L, "bench_target")
    ref = luaL_ref(L, clua_registryindex())
}
if runs("c-to-lua") || runs("swift-to-lua") {
guard case .function(let swiftTarget) = lua[global: "bench_target"] else { fatalError() }
let cLoop = { _ = lua.withUnsafeRawState { L in bench_c_pcall_loop(L, ref, Int64(n)) } }
let swiftLoop = {
    var sum: Int64 = 0
    for i in 0..<n { sum &+= try swiftTarget.call(Int64(i), Int64(1), returning: Int64.self) ?? 0 }
    precondition(sum != 0)
}
let callTimes = try fastestInterleaved(
    section == "c-to-lua" ? [cLoop] : section == "swift-to-lua" ? [swiftLoop] : [cLoop, swiftLoop])
let tCCall = section == "swift-to-lua" ? 1 : callTimes[0]
let tSwiftCall = section == "c-to-lua" ? 1 : callTimes[callTimes.count - 1]
print("C -> Lua (lua_pcall loop)       \(ns(tCCall, n)) per call")
print("Swift -> Lua (call(_:_:returning:)) \(ns(tSwiftCall, n)) per call")
print("  ratio Swift/C: \(String(format1: tSwiftCall / tCCall))x   (goal <= 1.1x)")
print("")
}

// Plugin-profile state
if runs("states") {
let states = 200
var memory = 0
let tState = try fastest(rounds: 3) {
    for _ in 0..<states {
        let state = try LuaState(profile: .plugin, limits: .pluginDefault)
        memory = state.memoryUsed
    }
}
let trustedState = try fastest(rounds: 3) {
    for _ in 0..<states { _ = try LuaState(profile: .trusted) }
}
print("plugin-profile state: \(String(format1: tState / Double(states) * 1e6)) µs to create, \(memory / 1024) KiB")
print("trusted state:        \(String(format1: trustedState / Double(states) * 1e6)) µs to create")
}
