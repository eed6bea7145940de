import CEditLine
import LuaREPL
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Connects a `REPLSession` to the process: a terminal with line editing, or
/// piped input read line by line without prompts.
struct REPLDriver {
    let session: REPLSession
    let environment: [String: String]

    /// Runs until end of input or `.exit`; returns the exit status.
    func run(startupNotes: [String]) -> Int32 {
        isatty(0) != 0 ? interactive(startupNotes: startupNotes) : piped(startupNotes: startupNotes)
    }

    private func interactive(startupNotes: [String]) -> Int32 {
        write(session.banner(), to: .standardOutput)
        for note in startupNotes { write(note, to: .standardOutput) }
        let historyPath = HistoryLocation.path(environment: environment)
        let usableHistory = historyPath.flatMap { HistoryLocation.prepareDirectory(of: $0) ? $0 : nil }
        LineEditor.complete = { [session] word in session.completions(for: word) }
        LineEditor.start(historyPath: usableHistory)
        InterruptSignal.install()
        while true {
            InterruptSignal.handle = session.interruptHandle
            _ = InterruptSignal.take()
            guard let line = LineEditor.read(prompt: session.prompt) else {
                if InterruptSignal.take() {
                    // Ctrl-C while editing: drop the line (and unfinished input), prompt again.
                    session.cancelInput()
                    write("", to: .standardOutput)
                    continue
                }
                show(session.finishInput())
                write("", to: .standardOutput)
                return 0
            }
            let response = session.handle(line: line)
            if let entry = response.historyEntry { LineEditor.remember(entry) }
            show(response)
            if response.shouldExit { return 0 }
        }
    }

    private func piped(startupNotes: [String]) -> Int32 {
        for note in startupNotes { write(note, to: .standardError) }
        var failed = false
        while let line = readLine(strippingNewline: true) {
            let response = session.handle(line: line)
            show(response)
            failed = failed || response.failed
            if response.shouldExit { return failed ? 1 : 0 }
        }
        let last = session.finishInput()
        show(last)
        return failed || last.failed ? 1 : 0
    }

    private func show(_ response: REPLResponse) {
        Output.write(response.output, to: .standardOutput)
        Output.write(response.errorOutput, to: .standardError)
    }

    private func write(_ text: String, to stream: Output.Stream) {
        Output.write(text.hasSuffix("\n") ? text : text + "\n", to: stream)
    }
}
