public import ArgumentParser
public import LuaHost
import StrategyDocuments
import StrategyScripting

/// `smkit run`: a Lua file, as `lua5.4 FILE ARGS` runs it, optionally under the plugin sandbox.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a Lua script (like lua5.4 FILE ARGS).",
        discussion: """
            With --profile plugin the script runs under the same sandbox and limits as \
            third-party plugins (defaults: 64M memory, 50,000,000 instructions, 5 s).
            """
    )

    @Option(help: "Sandbox profile: trusted (full standard library) or plugin.")
    var profile: LuaSandboxProfile = .trusted

    @Option(name: .customLong("memory-limit"), help: "Memory limit in bytes (suffixes K, M, G allowed).")
    var memoryLimit: ByteCount?

    @Option(name: .customLong("time-limit"), help: "Wall-clock limit in seconds.")
    var timeLimit: Double?

    @Option(name: .customLong("instruction-limit"), help: "Limit of Lua VM instructions.")
    var instructionLimit: Int?

    @Argument(help: "The Lua file to run.")
    var file: String

    @Argument(parsing: .captureForPassthrough, help: "Arguments for the script (arg[1], ... and '...').")
    var arguments: [String] = []

    /// The script's arguments when `main` took them past the parser.
    nonisolated(unsafe) static var passthrough: [String] = []

    /// Where the script's own arguments begin in `smkit run [options] FILE ARGS...`: after
    /// the first word that is neither an option nor an option's value. `nil` for other commands.
    static func scriptArgumentsStart(in arguments: [String]) -> Int? {
        guard arguments.first == "run" else { return nil }
        let valued: Set<String> = ["--profile", "--memory-limit", "--time-limit", "--instruction-limit"]
        var i = 1
        while i < arguments.count {
            let word = arguments[i]
            if word == "--" { return i + 2 <= arguments.count ? i + 2 : nil }
            if valued.contains(word) { i += 2; continue }
            if word.hasPrefix("-") { i += 1; continue }
            return i + 1 < arguments.count ? i + 1 : nil
        }
        return nil
    }

    func run() throws {
        let arguments = self.arguments + Self.passthrough
        var limits = profile == .plugin ? LuaLimits.pluginDefault : LuaLimits.none
        if let memoryLimit { limits.memoryBytes = memoryLimit.bytes }
        if let timeLimit {
            limits.seconds = timeLimit
            // A C function that ignores the limit this long after it would end the whole process.
            limits.killGraceSeconds = max(2, timeLimit)
        }
        if let instructionLimit { limits.instructions = instructionLimit }
        let runner = ScriptRunner(profile: profile, limits: limits)
        do {
            try runner.run(path: file, arguments: arguments)
            // lua5.4 ignores failed writes of print and io.write and exits 0; smkit reports
            // them and exits 2 (1 is a script error). Scripts that end with os.exit are
            // covered by the exit check SmkitCommand.main installs.
            try StandardOutput.flush()
        } catch let error as OutputWriterError {
            StandardError.write(error.description)
            throw ExitCode(StandardOutput.exitCheckStatus)
        } catch let error as LuaError {
            var text = "smkit: \(error.description)"
            if let traceback = error.traceback, let rest = traceback.firstIndex(of: "\n") {
                text += traceback[rest...]
            }
            StandardError.write(text)
            throw ExitCode(1)
        } catch {
            StandardError.write("smkit: \(error)")
            throw ExitCode(1)
        }
    }
}

extension LuaSandboxProfile: ExpressibleByArgument {}

/// A byte count with an optional K, M or G suffix (powers of 1024).
struct ByteCount: ExpressibleByArgument {
    var bytes: Int

    init?(argument: String) {
        let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        var digits = argument.uppercased()
        var factor = 1
        if digits.hasSuffix("B") { digits.removeLast() }
        if let last = digits.last, let unit = units[last] {
            factor = unit
            digits.removeLast()
        }
        guard let value = Int(digits), value >= 0 else { return nil }
        let (product, overflow) = value.multipliedReportingOverflow(by: factor)
        guard !overflow else { return nil }
        bytes = product
    }
}
