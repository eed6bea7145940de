public import LuaHost

/// Decides whether input is a command, finished Lua, unfinished Lua, or an error.
///
/// This is lua.c's algorithm: compile `return <input>` first, so an
/// expression prints its value; otherwise compile the input as statements;
/// a syntax error whose message ends in `<eof>` means the input is not
/// finished yet. One extension: a multi-line expression such as `{1,` then
/// `2}` continues too, because the `return` form is also checked for `<eof>`.
public struct InputClassifier {
    /// The chunk name compiled code gets (`=stdin` shows as `stdin:1:` in messages).
    public var chunkName: String

    public init(chunkName: String = "=stdin") { self.chunkName = chunkName }

    /// Classifies `buffer`; `continuing` is true when it already spans more than one line,
    /// where commands are not recognised.
    public func classify(_ buffer: String, continuing: Bool = false, in lua: LuaState) -> REPLInput {
        if !continuing {
            if buffer.trimmingWhitespace().isEmpty { return .empty }
            if let command = REPLCommand.parse(buffer) { return .command(command) }
        }
        // The newline makes an unclosed short string an error now ("unfinished
        // string near '"abc'") instead of an <eof> that could never be completed.
        var source = buffer + "\n"
        var shorthand = false
        if let first = source.firstIndex(where: { !$0.isWhitespace }), source[first] == "=" {
            // Lua 5.1's `=expr` shorthand, which lua.c still accepts.
            source = String(source[source.index(after: first)...])
            shorthand = true
        }
        let asExpression = compile("return " + source, in: lua)
        if case .success(let function) = asExpression { return .chunk(function, isExpression: true) }
        if shorthand, case .failure(let error) = asExpression {
            // After `=` only an expression is allowed.
            return Self.endsAtEOF(error) ? .incomplete : .syntaxError(error)
        }
        let asStatements = compile(source, in: lua)
        switch asStatements {
        case .success(let function):
            return .chunk(function, isExpression: false)
        case .failure(let error):
            if Self.endsAtEOF(error) { return .incomplete }
            if case .failure(let expressionError) = asExpression, Self.endsAtEOF(expressionError) { return .incomplete }
            return .syntaxError(error)
        }
    }

    /// lua.c's test: the message ends with `<eof>` (a suffix, not a substring).
    public static func endsAtEOF(_ error: LuaError) -> Bool {
        error.kind == .syntax && error.message.hasSuffix("<eof>")
    }

    private func compile(_ source: String, in lua: LuaState) -> Result<LuaFunction, LuaError> {
        do {
            return .success(try lua.load(source, chunkName: chunkName))
        } catch {
            return .failure(error)
        }
    }
}
