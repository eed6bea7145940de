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

    /// The exit status when standard output cannot be written (1 says a line failed).
    static let outputFailureStatus: Int32 = 2

    /// Runs until end of input or `.exit`; returns the exit status.
    ///
    /// When standard output cannot be written (results, or Lua's `print`), the REPL stops
    /// with one line on standard error and ``outputFailureStatus``: later lines could have
    /// effects whose results nobody would see.
    func run(startupNotes: [String]) -> Int32 {
        do {
            return try isatty(0) != 0 ? interactive(startupNotes: startupNotes) : piped(startupNotes: startupNotes)
        } catch {
            try? Output.write(error.message + "\n", to: .standardError)
            return Self.outputFailureStatus
        }
    }

    private func interactive(startupNotes: [String]) throws(Output.Failure) -> Int32 {
        try write(session.banner(), to: .standardOutput)
        for note in startupNotes { try write(note, to: .standardOutput) }
        let historyPath = HistoryLocation.path(environment: environment)
        let usableHistory = historyPath.flatMap { HistoryLocation.prepareDirectory(of: $0) ? $0 : nil }
        LineEditor.complete = { [session] word in session.completions(for: word) }
        LineEditor.start(historyPath: usableHistory)
        InterruptSignal.install()
        while true {
            InterruptSignal.handle = session.interruptHandle
            _ = InterruptSignal.take()
            let read = LineEditor.read(prompt: session.prompt)
            // A Ctrl-C while editing must not stop the next evaluation (the runtime keeps an
            // interrupt that arrives between calls for the next one).
            session.interruptHandle.clear()
            guard let line = read else {
                if InterruptSignal.take() {
                    // Ctrl-C while editing: drop the line (and unfinished input), prompt again.
                    session.cancelInput()
                    try write("", to: .standardOutput)
                    continue
                }
                try show(session.finishInput())
                try write("", to: .standardOutput)
                return 0
            }
            let response = session.handle(line: line)
            if let entry = response.historyEntry { LineEditor.remember(entry) }
            try show(response)
            if response.shouldExit { return 0 }
        }
    }

    private func piped(startupNotes: [String]) throws(Output.Failure) -> Int32 {
        for note in startupNotes { try write(note, to: .standardError) }
        var failed = false
        while let line = readLine(strippingNewline: true) {
            let response = session.handle(line: line)
            try show(response)
            failed = failed || response.failed
            if response.shouldExit { return failed ? 1 : 0 }
        }
        let last = session.finishInput()
        try show(last)
        return failed || last.failed ? 1 : 0
    }

    /// Writes a response; also reports a failed `print` of the code that produced it.
    private func show(_ response: REPLResponse) throws(Output.Failure) {
        try Output.write(response.output, to: .standardOutput)
        if !response.errorOutput.isEmpty { try Output.write(response.errorOutput, to: .standardError) }
    }

    private func write(_ text: String, to stream: Output.Stream) throws(Output.Failure) {
        try Output.write(text.hasSuffix("\n") ? text : text + "\n", to: stream)
    }
}
