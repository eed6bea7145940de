/// The registry of everything the plugin API exposes to Lua, with documentation.
///
/// `smkit types` and `.luacheckrc` are generated from it, and a test compares it with the
/// functions a live state really has, so the documentation cannot drift from the code.
public enum PluginAPIReference {
    /// Plain fields of the `smkit` module.
    public static let fields: [(name: String, type: String, summary: String)] = [
        ("smkit.api_level", "integer", "The host API level; plugins need `api` <= this (docs/plugins.md)."),
    ]

    /// Functions and methods.
    public static let functions: [LuaAPIFunction] = [
        LuaAPIFunction("smkit.plugin", "Declares the plugin; call once while smkit loads the plugin file.",
                       parameters: [("spec", "smkit.PluginSpec", "`id` from plugin.yaml and the `api` level the plugin was written for")],
                       returns: [("smkit.Plugin", "the object to register checks, scorers and platforms with")]),
        LuaAPIFunction("Plugin:check", "Registers a check: a rule with its source that runs on one kind of subject.",
                       parameters: [("spec", "smkit.CheckSpec", "the rule")]),
        LuaAPIFunction("Plugin:scorer", "Registers a scorer for platforms or strategy drafts that users pick by id.",
                       parameters: [("spec", "smkit.ScorerSpec", "the scorer")]),
        LuaAPIFunction("Plugin:platform", "Defines a platform (its data) or, with `extends`, adds to one.",
                       parameters: [("spec", "smkit.PlatformSpec", "the platform data")]),
        LuaAPIFunction("Report:fail", "Reports that the running check's rule is broken; without a message the check's own is used.",
                       parameters: [("spec", "smkit.FailSpec?", "the field concerned and an optional message")]),
        LuaAPIFunction("List:has", "Whether a list of the subject contains a value, e.g. `contest.entry:has(\"share\")`.",
                       parameters: [("value", "any", "the value to look for")], returns: [("boolean", "true when present")]),
        LuaAPIFunction("smkit.text.normalize", "Lower case, umlauts folded (ä -> ae, ß -> ss), white space runs as one space.",
                       parameters: [("s", "string", "the text")], returns: [("string", "the normalised text")]),
        LuaAPIFunction("smkit.text.find_any",
                       "The first phrase found in the text: case-insensitive, umlaut-tolerant, at a word start (the word may go on: teile -> teilen).",
                       parameters: [("s", "string?", "the text (nil finds nothing)"), ("phrases", "string[]", "plain phrases")],
                       returns: [("string?", "the phrase that was found, or nil")]),
        LuaAPIFunction("smkit.text.contains", "Whether the text contains the phrase (as `find_any` with one phrase).",
                       parameters: [("s", "string?", "the text"), ("phrase", "string", "a plain phrase")],
                       returns: [("boolean", "true when found")]),
        LuaAPIFunction("smkit.text.match_any", "The first match of any Lua pattern in the normalised text.",
                       parameters: [("s", "string?", "the text"), ("patterns", "string[]", "Lua patterns, written for normalised text")],
                       returns: [("string?", "the matched text"), ("string?", "the pattern that matched")]),
        LuaAPIFunction("smkit.text.length", "The number of characters (UTF-8 code points; bytes when the text is not UTF-8).",
                       parameters: [("s", "string", "the text")], returns: [("integer", "the length")]),
        LuaAPIFunction("smkit.text.hashtags", "The hashtags in the text, without '#'.",
                       parameters: [("s", "string", "the text")], returns: [("string[]", "the hashtags in order")]),
        LuaAPIFunction("smkit.text.mentions", "The @mentions in the text, without '@'.",
                       parameters: [("s", "string", "the text")], returns: [("string[]", "the handles in order")]),
    ]

    /// Tables passed to the API, as LuaCATS classes: name, fields `(name, type, summary)`.
    public static let specClasses: [(name: String, summary: String, fields: [(String, String, String)])] = [
        ("smkit.PluginSpec", "The argument of `smkit.plugin`.", [
            ("id", "string", "the id from plugin.yaml"),
            ("api", "integer", "the API level the plugin was written for"),
        ]),
        ("smkit.Localized", "A text in German and English.", [
            ("de", "string?", "German"), ("en", "string?", "English"),
        ]),
        ("smkit.CheckSpec", "The argument of `plugin:check`.", [
            ("id", "string", "the rule id, e.g. `FB-04`"),
            ("subject", "\"contest\"|\"post\"|\"presence\"|\"strategy\"", "what the check looks at"),
            ("severity", "\"error\"|\"warning\"|\"info\"", "how serious a violation is"),
            ("consequence", "\"platform\"|\"legal\"|\"best_practice\"", "what a violation risks"),
            ("source", "string", "the http(s) URL of the rule text: the platform's own policy page, the statute or the decision"),
            ("read", "string", "the day the rule text was read, YYYY-MM-DD"),
            ("quote", "string?", "the words of the source the rule rests on, verbatim (`smkit rules freshness` looks for them)"),
            ("source_title", "string?", "what the source is, e.g. `Meta: Pages, Groups and Events Policies`"),
            ("secondary", "smkit.RuleSource[]?", "commentaries or summaries beside the primary source, never instead of it"),
            ("platforms", "string[]?", "platform ids the rule belongs to; nil for every platform (law)"),
            ("summary", "smkit.Localized|string", "the rule in one line; also the default message"),
            ("message", "smkit.Localized|string|nil", "the default message when it differs from the summary"),
            ("run", "fun(subject: table, report: smkit.Report, context: smkit.Context)", "the check"),
        ]),
        ("smkit.RuleSource", "A source beside a rule's primary one.", [
            ("url", "string", "where the text is"), ("title", "string?", "what it is"),
            ("read", "string?", "the day it was read, YYYY-MM-DD"),
        ]),
        ("smkit.ScorerSpec", "The argument of `plugin:scorer`.", [
            ("id", "string", "the id users pick the scorer by"),
            ("subject", "\"platform\"|\"draft\"", "what it scores"),
            ("summary", "smkit.Localized|string", "what it measures"),
            ("score", "fun(item: table, context: table): smkit.ScoreResult", "the scoring function"),
        ]),
        ("smkit.ScoreResult", "What a scorer returns.", [
            ("value", "number", "the score, usually 0..1"),
            ("terms", "smkit.ScoreTerm[]?", "the parts it was computed from"),
        ]),
        ("smkit.ScoreTerm", "One explained part of a score.", [
            ("label", "smkit.Localized|string", "what was measured"), ("value", "number", "its value"),
            ("weight", "number?", "its weight (default 1)"), ("reason", "smkit.Localized|string|nil", "why it has this value"),
        ]),
        ("smkit.PlatformSpec", "The argument of `plugin:platform` (see docs/workspace.md for the platform fields).", [
            ("id", "string?", "the id of a new platform"), ("extends", "string?", "the id of a platform to add to"),
            ("name", "string?", "display name"), ("kind", "string?", "social_network, professional_network, microblog, visual, short_video, video or other"),
            ("fit", "{b2b: string, b2c: string}?", "fit levels none, low, medium, high"),
            ("effort_hours_per_week", "number?", "typical effort"), ("response_time_hours", "number?", "expected response time"),
            ("formats", "string[]?", "formats"), ("text_limits", "table[]?", "{ field, characters, source, note }"),
            ("risks", "smkit.Localized[]?", "risk notes"), ("notes", "smkit.Localized[]?", "notes"),
            ("sources", "table[]?", "{ url, title, read }"),
        ]),
        ("smkit.FailSpec", "The argument of `report:fail`.", [
            ("field", "string?", "the subject's field, dotted (`terms.includes`)"),
            ("message", "smkit.Localized|string|nil", "what is wrong; defaults to the check's message"),
        ]),
        ("smkit.Context", "What a check knows besides its subject.", [
            ("platform", "string?", "the platform the check runs for (nil for rules of every platform)"),
            ("platforms", "string[]", "all platforms being checked"),
            ("language", "string?", "the subject's language, `de` or `en`"),
        ]),
    ]

    /// Every function and method name, as the registry lists them.
    public static var functionNames: [String] { functions.map(\.name).sorted() }
}
