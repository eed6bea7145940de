public import LuaHost

/// One REPL session: a Lua state, the pending input, and the loop's logic
/// without any terminal.
///
/// A front end feeds it one line at a time with `handle(line:)` and shows the
/// returned response; it asks `prompt` what to show and `completions(for:)`
/// for Tab. Everything domain-specific comes from the `REPLConfiguration`.
///
/// ```swift
/// let session = try REPLSession(configuration: REPLConfiguration())
/// let response = session.handle(line: "1 + 1")   // response.output == "2\n"
/// ```
public final class REPLSession {
    public let configuration: REPLConfiguration
    /// The state code runs in; replaced by `.reload`.
    public private(set) var lua: LuaState
    /// Style of results and messages.
    public var style: TerminalStyle {
        didSet { printer.options.style = style }
    }

    private var classifier: InputClassifier
    private var pending: [String] = []
    private(set) var introspector: LuaIntrospector
    private(set) var printer: ValuePrinter
    private(set) var completer: Completer

    /// Creates the state with the configuration's factory and applies its limits.
    public init(configuration: REPLConfiguration, style: TerminalStyle = .plain) throws {
        self.configuration = configuration
        self.style = style
        let lua = try configuration.makeState()
        lua.setLimits(configuration.limits)
        self.lua = lua
        classifier = InputClassifier(chunkName: configuration.chunkName)
        introspector = LuaIntrospector(lua: lua)
        var options = configuration.printOptions
        options.style = style
        printer = ValuePrinter(introspector: introspector, options: options)
        completer = Completer(introspector: introspector, fieldNames: configuration.fieldNames)
    }

    /// True while the input so far is unfinished Lua.
    public var isContinuing: Bool { !pending.isEmpty }

    /// The prompt to show before the next line.
    public var prompt: String { isContinuing ? configuration.prompts.continuation : configuration.prompts.primary }

    /// The handle that stops running code (for a SIGINT handler); changes when the state is replaced.
    public var interruptHandle: LuaInterruptHandle { lua.interruptHandle }

    /// The start-up text from the configuration.
    public func banner() -> String { configuration.banner(self) }

    /// Replaces the state with a fresh one from the factory (what the default `.reload` does).
    public func replaceState() throws {
        let fresh = try configuration.makeState()
        fresh.setLimits(configuration.limits)
        lua = fresh
        introspector = LuaIntrospector(lua: fresh)
        printer = ValuePrinter(introspector: introspector, options: printer.options)
        completer = Completer(introspector: introspector, fieldNames: configuration.fieldNames)
    }

    /// Forgets unfinished input (Ctrl-C at a continuation prompt).
    public func cancelInput() { pending.removeAll() }

    /// Completions for the word before the cursor.
    public func completions(for word: String) -> [String] { completer.completions(for: word) }

    /// Shows values as results are shown.
    public func render(_ values: [LuaValue]) -> String { printer.render(results: values) }

    // MARK: The loop

    /// Takes one line of input: runs it, asks for more, or runs a command.
    public func handle(line: String) -> REPLResponse {
        let continuing = isContinuing
        pending.append(line)
        let buffer = pending.joined(separator: "\n")
        var response = REPLResponse()
        switch classifier.classify(buffer, continuing: continuing, in: lua) {
        case .empty:
            pending.removeAll()
        case .incomplete:
            break
        case .command(let command):
            pending.removeAll()
            response.historyEntry = line
            run(command, into: &response)
        case .chunk(let function, _):
            pending.removeAll()
            response.historyEntry = buffer
            evaluate(function, into: &response)
        case .syntaxError(let error):
            pending.removeAll()
            response.historyEntry = buffer
            response.fail(format(error))
        }
        return response
    }

    /// Ends the input: unfinished Lua is reported as the syntax error it is.
    public func finishInput() -> REPLResponse {
        var response = REPLResponse()
        guard isContinuing else { return response }
        let buffer = pending.joined(separator: "\n")
        pending.removeAll()
        do {
            _ = try lua.load(buffer, chunkName: configuration.chunkName)
        } catch {
            response.fail(format(error))
        }
        return response
    }

    private func evaluate(_ function: LuaFunction, into response: inout REPLResponse) {
        do {
            let results = try function.call()
            if !results.isEmpty { response.write(printer.render(results: results)) }
        } catch {
            response.fail(format(error))
        }
    }

    /// The message, then a short traceback without the REPL's own frames.
    public func format(_ error: LuaError) -> String {
        var text = style.paint(error.description, .error)
        let lines = (error.traceback ?? "").split(separator: "\n").map { String($0) }
        guard let start = lines.firstIndex(of: "stack traceback:") else { return text }
        var frames = Array(lines[(start + 1)...])
        while let last = frames.last, last.trimmingWhitespace() == "[C]: in ?" { frames.removeLast() }
        guard !frames.isEmpty else { return text }
        let limit = 10
        if frames.count > limit {
            let hidden = frames.count - limit
            frames = Array(frames.prefix(limit - 2)) + ["\t...(\(hidden) more)"] + Array(frames.suffix(2))
        }
        text += "\nstack traceback:\n" + frames.joined(separator: "\n")
        return text
    }

    // MARK: Commands

    private func run(_ command: REPLCommand, into response: inout REPLResponse) {
        do {
            switch command {
            case .help:
                response.write(REPLCommand.helpText)
            case .exit:
                response.shouldExit = true
            case .plugins:
                response.write(configuration.plugins(self))
            case .reload:
                response.write(try configuration.reload(self))
            case .load(let path):
                let results = try lua.loadFile(path).call()
                if !results.isEmpty { response.write(printer.render(results: results)) }
            case .workspace(let path):
                response.write(try configuration.workspace(path, self))
            case .language(let code):
                response.write(try configuration.language(code, self))
            case .documentation(let name):
                response.write(try documentation(for: name))
            case .invalid(let message):
                throw REPLCommandError(message)
            }
        } catch let error as LuaError {
            response.fail(format(error))
        } catch {
            response.fail(style.paint("error: \(error)", .error))
        }
    }

    /// The host's documentation of `name`, else what the value is and where it was defined.
    func documentation(for name: String) throws -> String {
        if let text = configuration.documentation(name, self) { return text }
        guard let value = completer.resolve(name.replacingColon()) else {
            throw REPLCommandError("\(name): no such global or field")
        }
        var lines = ["\(name): \(value.typeName) (no documentation)"]
        if case .function = value {
            lines.append(introspector.definition(of: value).map { "defined at \($0)" } ?? "a builtin function")
        } else {
            lines.append(printer.render(value))
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// `a.b:c` as the field path `a.b.c`.
    fileprivate func replacingColon() -> String { String(map { $0 == ":" ? "." : $0 }) }
}
