import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `smkit repl`: replaces this process with the `smkit-repl` binary installed next to it.
///
/// Exec rather than a child process, so the REPL owns the terminal, its
/// signals (Ctrl-C) and the exit status directly.
struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Interactive Lua with the smkit module and the plugins loaded (runs smkit-repl).",
        discussion: """
            Options go to smkit-repl: --workspace DIR, --lang de|en, --no-plugins, --help.
            With standard input not a terminal it runs the input line by line without prompts.
            """
    )

    @Argument(parsing: .captureForPassthrough, help: "Options for smkit-repl.")
    var arguments: [String] = []

    func run() throws {
        let path = Self.siblingPath()
        var argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) }
        argv.append(nil)
        execv(path, argv)
        // Only reached when exec failed.
        let reason = String(cString: strerror(errno))
        StandardError.write("smkit: cannot start \(path): \(reason)")
        throw ExitCode(127)
    }

    /// `smkit-repl` in the folder of the running executable.
    static func siblingPath() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        var executable = length > 0 ? String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            : CommandLine.arguments[0]
        if let slash = executable.lastIndex(of: "/") {
            executable = String(executable[...slash])
        } else {
            executable = "./"
        }
        return executable + "smkit-repl"
    }
}
