// smkit-repl: the REPL binary. The engine is LuaREPL; this file only wires
// the command line, the terminal and the configuration together.
import LuaREPL
import StrategyScripting
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let version = "0.1.0"
let environment = ProcessEnvironment.current

let options: REPLOptions
do {
    options = try REPLOptions(arguments: Array(CommandLine.arguments.dropFirst()))
} catch {
    try? Output.write("smkit-repl: error: \(error)\n\(REPLOptions.usage)\n", to: .standardError)
    exit(64)
}
if options.showHelp || options.showVersion {
    do {
        try Output.write((options.showHelp ? REPLOptions.usage : "smkit-repl \(version)") + "\n", to: .standardOutput)
    } catch {
        try? Output.write(error.message + "\n", to: .standardError)
        exit(REPLDriver.outputFailureStatus)
    }
    exit(0)
}

let strategy = REPLEnvironment(language: options.language == "en" ? .en : .de, loadPlugins: options.loadPlugins)
// Plugins load at start, piped or not, so they are ready (and failures known) before the first line.
_ = strategy.plugins()
let configuration = REPLSetup.configuration(options: options, version: version, environment: strategy)
let session: REPLSession
do {
    let style = TerminalStyle.decide(outputIsTerminal: isatty(1) != 0, environment: environment)
    session = try REPLSession(configuration: configuration, style: style)
} catch {
    try? Output.write("smkit-repl: cannot start Lua: \(error)\n", to: .standardError)
    exit(1)
}
let notes = REPLSetup.applyStartOptions(options, to: session)
exit(REPLDriver(session: session, environment: environment).run(startupNotes: notes))
