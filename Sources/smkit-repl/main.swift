// smkit-repl: the REPL binary. The engine is LuaREPL; this file only wires
// the command line, the terminal and the configuration together.
import LuaREPL
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
    Output.write("smkit-repl: error: \(error)\n\(REPLOptions.usage)\n", to: .standardError)
    exit(64)
}
if options.showHelp {
    print(REPLOptions.usage)
    exit(0)
}
if options.showVersion {
    print("smkit-repl \(version)")
    exit(0)
}

let configuration = REPLSetup.configuration(options: options, version: version)
let session: REPLSession
do {
    let style = TerminalStyle.decide(outputIsTerminal: isatty(1) != 0, environment: environment)
    session = try REPLSession(configuration: configuration, style: style)
} catch {
    Output.write("smkit-repl: cannot start Lua: \(error)\n", to: .standardError)
    exit(1)
}
let notes = REPLSetup.applyStartOptions(options, to: session)
exit(REPLDriver(session: session, environment: environment).run(startupNotes: notes))
