/// A REPL command: input that can never be valid Lua, so it cannot shadow code.
///
/// Commands start with a dot and a letter (`.help`; `.5` is a number, `...`
/// is valid Lua), or are a dotted name followed by `?` (`smkit.platforms?`),
/// which Lua never accepts either.
public enum REPLCommand: Equatable, Sendable {
    case help
    case exit
    case plugins
    case reload
    case load(path: String)
    case workspace(path: String)
    case language(code: String)
    /// `name?`: documentation of a global or field.
    case documentation(name: String)
    /// A command word that is not known, or a known one with wrong arguments.
    case invalid(message: String)

    /// Parses `line` when it is a command; `nil` when it should be read as Lua.
    public static func parse(_ line: String) -> REPLCommand? {
        let text = line.trimmingWhitespace()
        if text == "?" { return .help }
        if text.hasSuffix("?") {
            let name = String(text.dropLast()).trimmingWhitespace()
            if isDottedName(name) { return .documentation(name: name) }
            return nil
        }
        guard text.first == ".", let second = text.dropFirst().first, second.isASCII, second.isLetter else {
            return nil
        }
        let body = text.dropFirst()
        let word = String(body.prefix { !$0.isWhitespace })
        let argument = String(body.dropFirst(word.count)).trimmingWhitespace()
        switch word {
        case "help": return .help
        case "exit", "quit": return .exit
        case "plugins": return .plugins
        case "reload": return .reload
        case "load":
            return argument.isEmpty ? .invalid(message: "usage: .load FILE") : .load(path: argument)
        case "workspace":
            return argument.isEmpty ? .invalid(message: "usage: .workspace DIR") : .workspace(path: argument)
        case "lang":
            return argument.isEmpty ? .invalid(message: "usage: .lang de|en") : .language(code: argument)
        default:
            return .invalid(message: "unknown command .\(word) (type .help)")
        }
    }

    /// True for `a`, `a.b`, `a.b:c`: identifiers joined by dots, at most one final colon part.
    static func isDottedName(_ text: String) -> Bool {
        guard !text.isEmpty else { return false }
        var parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if let last = parts.last, last.contains(":") {
            let methodParts = last.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard methodParts.count == 2 else { return false }
            parts.removeLast()
            parts += methodParts
        }
        return parts.allSatisfy(LuaSyntax.isIdentifier)
    }

    /// The text of `.help`.
    public static let helpText = """
        Lua 5.4 with the smkit module. Type an expression to see its value, or a statement to run it.
        Input that is not finished continues on the next line (>>).

        Commands:
          .help             this text (also ?)
          .plugins          plugins loaded and failed, with reasons
          .reload           re-read plugins and workspace after edits
          .load FILE        run a Lua file in this session
          .workspace DIR    load a strategy workspace
          .lang de|en       language of domain output
          .exit             leave (also Ctrl-D)
          name?             documentation of a global or field, e.g. smkit?

        Keys: Tab completes globals, fields and methods; Up/Down browse history;
        Ctrl-C stops running code or discards the line; Ctrl-D exits.
        """
}
