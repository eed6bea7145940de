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
                       parameters: [("spec", "smkit.ContestCheckSpec|smkit.PostCheckSpec|smkit.PresenceCheckSpec|smkit.StrategyCheckSpec",
                                     "the rule; `run` receives the subject named by `subject`")]),
        LuaAPIFunction("Plugin:requires_terms",
                       "A contest rule in one line: the terms (`terms.includes`) must list every item of `include`; the finding is on `terms.includes`.",
                       parameters: [("spec", "smkit.RequiresTermsSpec", "the rule")]),
        LuaAPIFunction("Plugin:requires_field",
                       "A rule in one line: the (dotted) field must be present; the finding is on `report_field`, default `field`.",
                       parameters: [("spec", "smkit.RequiresFieldSpec", "the rule")]),
        LuaAPIFunction("Plugin:forbids_entry",
                       "A contest rule in one line: a finding when the `entry` list names one of the actions or the text asks for one (`smkit.entry_required`).",
                       parameters: [("spec", "smkit.ForbidsEntrySpec", "the rule")]),
        LuaAPIFunction("Plugin:requires_intent",
                       "A rule in one line: a finding on `text` unless the text asks for the intent (or one of them): not negated, not a question, not quoted.",
                       parameters: [("spec", "smkit.IntentSpec", "the rule")]),
        LuaAPIFunction("Plugin:forbids_intent",
                       "A rule in one line: a finding at the first words of the text that ask for the intent (or one of them).",
                       parameters: [("spec", "smkit.IntentSpec", "the rule")]),
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
        LuaAPIFunction("smkit.text.analyze",
                       "The text analysis of a text: tokens with stems, negation scope, and the evidence of every entry intent "
                        + "(docs/text-analysis.md). A subject's own is `subject.analysis`.",
                       parameters: [("s", "string", "the text"), ("language", "\"de\"|\"en\"|nil", "one lexicon; nil reads both")],
                       returns: [("smkit.TextAnalysis", "the analysis")]),
        LuaAPIFunction("smkit.entry_required",
                       "The first of the actions a contest requires: from its `entry` list, else asked for in its text.",
                       parameters: [("contest", "table", "the contest"), ("actions", "string[]", "entry intents, e.g. `{ \"share\", \"tag_friends\" }`")],
                       returns: [("smkit.FailSpec?", "`{ field = \"entry\" }` or `{ field = \"text\", at = evidence }`, for report:fail"),
                                 ("string?", "the action")]),
        LuaAPIFunction("TextAnalysis:asks",
                       "The first evidence that the text asks for the intent: not negated, not a question, not quoted.",
                       parameters: [("intent", "string", "an intent id such as `share` (docs/text-analysis.md)")],
                       returns: [("smkit.Evidence?", "the evidence, or nil")]),
        LuaAPIFunction("TextAnalysis:asks_any", "The first evidence in text order that the text asks for any of the intents.",
                       parameters: [("intents", "string[]", "intent ids")], returns: [("smkit.Evidence?", "the evidence, or nil")]),
        LuaAPIFunction("TextAnalysis:intent", "All evidence of the intent, negated, questions and quotes included.",
                       parameters: [("intent", "string", "an intent id")], returns: [("smkit.Evidence[]", "in text order")]),
        LuaAPIFunction("TextAnalysis:mentions", "Whether the text mentions the intent at all (asked, negated, asked about or quoted).",
                       parameters: [("intent", "string", "an intent id")], returns: [("boolean", "true when mentioned")]),
        LuaAPIFunction("TextAnalysis:intents", "Every piece of evidence, in text order.",
                       returns: [("smkit.Evidence[]", "the evidence")]),
        LuaAPIFunction("TextAnalysis:tokens", "The tokens of the text.", returns: [("smkit.Token[]", "in text order")]),
    ]

    /// Tables passed to the API, as LuaCATS classes: name, fields `(name, type, summary)`.
    public static let specClasses: [(name: String, summary: String, fields: [(String, String, String)])] = [
        ("smkit.PluginSpec", "The argument of `smkit.plugin`.", [
            ("id", "string", "the id from plugin.yaml"),
            ("api", "integer", "the API level the plugin was written for"),
            ("defaults", "smkit.RuleDefaults?", "fields every rule of the plugin gets unless it gives them itself"),
        ]),
        ("smkit.RuleDefaults", "`smkit.plugin { defaults = ... }`: what every rule of the plugin has unless it says otherwise; "
            + "a rule's `platforms = false`, `secondary = false` or `when = false` removes a default. "
            + "`read` defaults to the manifest's `rules_date`.", [
            ("subject", "\"contest\"|\"post\"|\"presence\"|\"strategy\"|nil", "what the rules look at"),
            ("severity", "\"error\"|\"warning\"|\"info\"|nil", "how serious a violation is"),
            ("consequence", "\"platform\"|\"legal\"|\"best_practice\"|nil", "what a violation risks"),
            ("source", "string?", "the http(s) URL of the rule text most rules rest on"),
            ("source_title", "string?", "what that source is; only rules with the default source get it"),
            ("read", "string?", "the day the rule texts were read, YYYY-MM-DD (default: `rules_date` of plugin.yaml)"),
            ("secondary", "smkit.RuleSource[]?", "sources beside the default source; only rules with the default source get them"),
            ("platforms", "string[]?", "the platforms the rules belong to"),
            ("when", "(fun(subject: table, context: smkit.Context): boolean)?", "the rules run only on subjects this accepts"),
        ]),
        ("smkit.Localized", "A text in German and English.", [
            ("de", "string?", "German"), ("en", "string?", "English"),
        ]),
        ("smkit.RuleFields", "What every rule has: the fields of `plugin:check` but `run` (each may come from the plugin's defaults).", [
            ("id", "string", "the rule id, e.g. `FB-04`"),
            ("subject", "\"contest\"|\"post\"|\"presence\"|\"strategy\"|nil", "what the check looks at"),
            ("severity", "\"error\"|\"warning\"|\"info\"|nil", "how serious a violation is (required here or in the defaults)"),
            ("consequence", "\"platform\"|\"legal\"|\"best_practice\"|nil", "what a violation risks (required here or in the defaults)"),
            ("source", "string?", "the http(s) URL of the rule text: the platform's own policy page, the statute or the decision"),
            ("read", "string?", "the day the rule text was read, YYYY-MM-DD; default: the manifest's `rules_date`"),
            ("quote", "string?", "the words of the source the rule rests on, verbatim (`smkit rules freshness` looks for them)"),
            ("source_title", "string?", "what the source is, e.g. `Meta: Pages, Groups and Events Policies`"),
            ("secondary", "smkit.RuleSource[]?", "commentaries or summaries beside the primary source, never instead of it"),
            ("platforms", "string[]?", "platform ids the rule belongs to; nil for every platform (law)"),
            ("summary", "smkit.Localized|string", "the rule in one line; also the default message"),
            ("message", "smkit.Localized|string|nil", "the default message when it differs from the summary"),
            ("when", "fun(subject: table, context: smkit.Context): boolean|false|nil",
             "the rule runs only on subjects this accepts (Nmap's portrule); `false` removes the plugin's default"),
        ]),
        ("smkit.RequiresTermsSpec: smkit.RuleFields", "The argument of `plugin:requires_terms`: the fields of a check without `run`, and `include`.", [
            ("id", "string", "the rule id"),
            ("include", "string|string[]", "terms items that must be listed in `terms.includes` (docs/contests.md)"),
        ]),
        ("smkit.RequiresFieldSpec: smkit.RuleFields", "The argument of `plugin:requires_field`: the fields of a check without `run`, and `field`.", [
            ("id", "string", "the rule id"),
            ("field", "string", "the dotted field that must be present, e.g. `organiser.imprint_url` (checked against `smkit types` for contests and posts)"),
            ("report_field", "string?", "the field the finding points at, when it is not `field`"),
        ]),
        ("smkit.ForbidsEntrySpec: smkit.RuleFields", "The argument of `plugin:forbids_entry`: the fields of a check without `run`, and `actions`.", [
            ("id", "string", "the rule id"),
            ("actions", "string|string[]", "entry actions (intent ids), e.g. `{ \"share\", \"tag_friends\" }`"),
        ]),
        ("smkit.IntentSpec: smkit.RuleFields", "The argument of `plugin:requires_intent` and `plugin:forbids_intent`: the fields of a check without `run`, and `intent`.", [
            ("id", "string", "the rule id"),
            ("intent", "string|string[]", "an intent id or several (any of them counts), e.g. `random_draw`"),
            ("subject", "\"contest\"|\"post\"|nil", "default: the plugin's default subject, else `contest`"),
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
            ("at", "smkit.Evidence|integer|nil", "where in the field's text (evidence, or a byte position); the field defaults to `text`"),
        ]),
        ("smkit.Evidence", "One place where a text speaks of an intent.", [
            ("intent", "string", "the intent id, e.g. `share`"), ("text", "string", "the words, as written"),
            ("trigger", "string", "the word that triggered it"),
            ("offset", "integer", "byte position of the first byte (`s:sub(e.offset, e.last)` is the span)"),
            ("last", "integer", "byte position of the last byte"),
            ("line", "integer", "line within the text, from 1"), ("column", "integer", "column within the line, in characters, from 1"),
            ("negated", "boolean", "negated: \"Teilen ist nicht nötig\", \"no need to share\""),
            ("question", "boolean", "asked about: \"Muss ich teilen?\""),
            ("quoted", "boolean", "inside quotation marks, e.g. a rule quoted from elsewhere"),
        ]),
        ("smkit.Token", "A word, number, hashtag, emoji or sign of a text.", [
            ("text", "string", "as written"), ("folded", "string", "case-folded, umlauts and diacritics folded"),
            ("stem", "string", "the Snowball stem"), ("kind", "string", "word, number, hashtag, mention, url, emoji, symbol, punctuation, lineBreak"),
            ("offset", "integer", "byte position of the first byte"), ("last", "integer", "byte position of the last byte"),
            ("line", "integer", "line within the text"), ("column", "integer", "column within the line"),
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
