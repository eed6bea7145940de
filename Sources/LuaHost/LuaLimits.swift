/// Resource limits for a Lua state; `nil` means unlimited.
///
/// Limits apply to each outermost call from the host into Lua and only while
/// Lua code runs: host functions called from Lua are not limited.
public struct LuaLimits: Sendable, Equatable {
    /// Bytes the state may hold in total while Lua runs.
    public var memoryBytes: Int?
    /// VM instructions per outermost call (checked every `checkInterval` instructions).
    public var instructions: Int?
    /// Wall-clock seconds per outermost call.
    public var seconds: Double?
    /// When set, the process aborts if a call overruns its time limit by this many
    /// seconds: the last resort against C code that never returns to the VM.
    public var killGraceSeconds: Double?
    /// Instructions between two checks of the budget and the clock.
    public var checkInterval: Int

    public init(
        memoryBytes: Int? = nil, instructions: Int? = nil, seconds: Double? = nil,
        killGraceSeconds: Double? = nil, checkInterval: Int = 1000
    ) {
        self.memoryBytes = memoryBytes
        self.instructions = instructions
        self.seconds = seconds
        self.killGraceSeconds = killGraceSeconds
        self.checkInterval = checkInterval
    }

    /// No limits at all, as the `lua5.4` interpreter runs.
    public static let none = LuaLimits()

    /// The defaults for plugin code: 64 MiB per plugin, 50 million instructions and 5 seconds
    /// per call, and a kill grace of 2 seconds past the deadline for C code that never returns.
    public static let pluginDefault = LuaLimits(
        memoryBytes: 64 << 20, instructions: 50_000_000, seconds: 5, killGraceSeconds: 2)

    /// True when any limit needs the count hook.
    var needsHook: Bool { instructions != nil || seconds != nil }

    /// "64 MiB", "1.5 KiB", "900 bytes".
    static func describeBytes(_ bytes: Int) -> String {
        let units = ["bytes", "KiB", "MiB", "GiB", "TiB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        if unit == 0 { return "\(bytes) bytes" }
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? "\(Int(rounded)) \(units[unit])" : "\(rounded) \(units[unit])"
    }

    /// "5 s", "0.5 s".
    static func describeSeconds(_ seconds: Double) -> String {
        seconds == seconds.rounded() && seconds < 1e15 ? "\(Int(seconds)) s" : "\(seconds) s"
    }
}
