public import LuaHost

/// What a `REPLSession` needs from its host: how to make the Lua state, what
/// to show at start-up, where documentation comes from, and the handlers of
/// the domain commands.
///
/// Everything domain-specific enters here, so the engine depends only on
/// `LuaHost`. The defaults give a plain trusted Lua state with a minimal
/// `smkit` table; a host such as `smkit-repl` replaces them with the real
/// module and its plugins.
public struct REPLConfiguration {
    /// Creates a fresh Lua state; called at start and by the default `.reload`.
    public var makeState: () throws -> LuaState
    /// The text shown when the REPL starts (versions, what was loaded, what failed).
    public var banner: (REPLSession) -> String
    /// Documentation for a dotted name such as `smkit.platforms`, or `nil` when there is none.
    public var documentation: (String, REPLSession) -> String?
    /// Field names of userdata types by their `__name`, for completion.
    ///
    /// Host types answer fields from a Swift closure that completion must
    /// not run, so their names have to come from the host.
    public var fieldNames: (String) -> [String]
    /// `.plugins`: what was loaded and what failed, with reasons.
    public var plugins: (REPLSession) -> String
    /// `.reload`: re-reads plugins and workspace; returns a short report.
    public var reload: (REPLSession) throws -> String
    /// `.workspace DIR`: loads a workspace; returns a short report.
    public var workspace: (String, REPLSession) throws -> String
    /// `.lang de|en`: switches the language of domain output; returns a short report.
    public var language: (String, REPLSession) throws -> String
    /// Limits applied to every state the session uses.
    ///
    /// The default sets no real limit but installs the count hook, which is
    /// what lets Ctrl-C (`LuaState.interruptHandle`) stop running code.
    public var limits: LuaLimits
    /// How results are printed.
    public var printOptions: ValuePrinter.Options
    /// Chunk name for typed input, as Lua shows it in messages.
    public var chunkName: String
    /// The first prompt and the prompt of continuation lines.
    public var prompts: (primary: String, continuation: String)

    /// A configuration with the defaults for everything not given.
    public init(
        makeState: (() throws -> LuaState)? = nil,
        banner: ((REPLSession) -> String)? = nil,
        documentation: ((String, REPLSession) -> String?)? = nil,
        fieldNames: ((String) -> [String])? = nil,
        plugins: ((REPLSession) -> String)? = nil,
        reload: ((REPLSession) throws -> String)? = nil,
        workspace: ((String, REPLSession) throws -> String)? = nil,
        language: ((String, REPLSession) throws -> String)? = nil,
        limits: LuaLimits = REPLConfiguration.interruptibleLimits,
        printOptions: ValuePrinter.Options = ValuePrinter.Options(),
        chunkName: String = "=stdin",
        prompts: (primary: String, continuation: String) = ("> ", ">> ")
    ) {
        self.makeState = makeState ?? REPLConfiguration.minimalState
        self.banner = banner ?? REPLConfiguration.defaultBanner
        self.documentation = documentation ?? { _, _ in nil }
        self.fieldNames = fieldNames ?? { _ in [] }
        self.plugins = plugins ?? { _ in "No plugins: this REPL was started without the plugin loader." }
        self.reload = reload ?? REPLConfiguration.defaultReload
        self.workspace = workspace ?? { _, _ in
            throw REPLCommandError("workspaces are not available in this REPL (no workspace handler)")
        }
        self.language = language ?? REPLConfiguration.defaultLanguage
        self.limits = limits
        self.printOptions = printOptions
        self.chunkName = chunkName
        self.prompts = prompts
    }

    /// No limit, but with the count hook installed so an interrupt can stop a running call.
    public static let interruptibleLimits = LuaLimits(instructions: Int.max)

    /// A trusted state (the full standard library, like `lua5.4`) with a minimal `smkit` table.
    public static func minimalState() throws -> LuaState {
        let lua = try LuaState(profile: .trusted, limits: interruptibleLimits)
        let smkit = lua.newTable()
        smkit.rawSet("lang", "en")
        lua[global: "smkit"] = .table(smkit)
        return lua
    }

    /// One line: the Lua version and how to get help.
    public static func defaultBanner(_ session: REPLSession) -> String {
        let version = session.lua[global: "_VERSION"].stringValue ?? "Lua"
        return "\(version) REPL. Type .help for commands, Ctrl-D to exit."
    }

    /// Replaces the state with a fresh one from the factory.
    public static func defaultReload(_ session: REPLSession) throws -> String {
        try session.replaceState()
        return "Reloaded: a fresh Lua state (globals you defined are gone)."
    }

    /// Accepts `de` or `en` and records it as `smkit.lang`.
    public static func defaultLanguage(_ code: String, _ session: REPLSession) throws -> String {
        guard code == "de" || code == "en" else {
            throw REPLCommandError("unknown language '\(code)' (use de or en)")
        }
        if case .table(let smkit) = session.lua[global: "smkit"] { smkit.rawSet("lang", .string(LuaString(code))) }
        return code == "de" ? "Sprache: Deutsch" : "Language: English"
    }
}
