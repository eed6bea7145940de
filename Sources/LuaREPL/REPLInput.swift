public import LuaHost

/// What a piece of typed input turned out to be.
public enum REPLInput {
    /// Nothing but whitespace.
    case empty
    /// A REPL command (never valid Lua).
    case command(REPLCommand)
    /// Unfinished Lua: Lua's parser stopped at `<eof>`, so more lines may complete it.
    case incomplete
    /// Compiled Lua ready to run; `isExpression` when it was compiled as `return <input>`.
    case chunk(LuaFunction, isExpression: Bool)
    /// Lua that can never compile, whatever follows.
    case syntaxError(LuaError)
}
