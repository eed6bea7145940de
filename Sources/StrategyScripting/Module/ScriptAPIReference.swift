/// The registry of what the `smkit` module offers scripts (beyond the plugin API), with
/// documentation: `smkit types` writes it as LuaCATS, the REPL answers `name?` from it,
/// and a test compares it with a live state so it cannot drift from the code.
public enum ScriptAPIReference {
    public static let fields: [(name: String, type: String, summary: String)] = [
        ("smkit.version", "string", "The smkit version."),
    ]

    public static let functions: [LuaAPIFunction] = [
        LuaAPIFunction("smkit.load_workspace", "Loads a workspace folder (strategy.yaml, kpis.csv, competitors.csv); errors list every file:line:column problem.",
                       parameters: [("dir", "string", "the workspace folder")], returns: [("smkit.Workspace", "the workspace")]),
        LuaAPIFunction("smkit.workspace", "A workspace from a table, e.g. a changed `ws:totable()` (what-if analyses); unknown keys and platforms are errors naming the field.",
                       parameters: [("t", "table", "the workspace as a table")], returns: [("smkit.Workspace", "the workspace")]),
        LuaAPIFunction("smkit.platforms", "Every registered platform with its data (audience, fit, effort, response time, sources).",
                       returns: [("table[]", "platform tables")]),
        LuaAPIFunction("smkit.platform", "One platform's data.", parameters: [("id", "string", "platform id")],
                       returns: [("table?", "the platform, or nil")]),
        LuaAPIFunction("smkit.benefits", "The business-benefit catalogue with the KPIs that measure each benefit.",
                       returns: [("table[]", "benefit tables")]),
        LuaAPIFunction("smkit.language", "The language of texts (`de` or `en`).", returns: [("string", "the language code")]),
        LuaAPIFunction("smkit.set_language", "Sets the language of texts.", parameters: [("code", "string", "`de` or `en`")]),
        LuaAPIFunction("smkit.text", "A localized text `{de = ..., en = ...}` in the current language.",
                       parameters: [("t", "table|string", "the text")], returns: [("string", "the text")]),
        LuaAPIFunction("smkit.check", "Runs every plugin's checks over a contest or post (a YAML file or a table with `kind`, checked as a file is; problems name the field, e.g. `platforms[1]`).",
                       parameters: [("subject", "string|table", "file name or subject table"),
                                    ("options", "table?", "`platforms` (ids), `workspace` (folder whose plugins/ count too)")],
                       returns: [("table", "`findings` and plugin `failures`")]),
        LuaAPIFunction("smkit.check_workspace", "Runs every plugin's presence and strategy checks over a loaded workspace.",
                       parameters: [("ws", "smkit.Workspace", "from `smkit.load_workspace`; its plugins/ count too")],
                       returns: [("table", "`findings` (with `strategy.yaml` locations) and plugin `failures`")]),
        LuaAPIFunction("smkit.plugins", "The loaded plugins (with their scorers), the ones that failed, with reasons, and notices (a plugin found twice).",
                       returns: [("table", "`loaded`, `failed` and `notices`")]),
        LuaAPIFunction("smkit.benchmark", "Competitor metrics from an export: definitions, ranks, percentiles, gaps, trends.",
                       parameters: [("file", "string", "long CSV or JSON"),
                                    ("options", "table?", "`organization`, `metrics` (ids), `skip_invalid`")],
                       returns: [("table", "the benchmark result")]),
        LuaAPIFunction("smkit.metric", "Defines a custom benchmark metric; it appears in tables beside the built-in ones.",
                       parameters: [("spec", "table", "`id`, `name`, `definition`, `numerator`, `denominator`, `aggregation`, `unit`, `direction`, `compute(series, info)`")]),
        LuaAPIFunction("smkit.guidelines", "Employee social media guidelines for a workspace, as sections to edit before rendering.",
                       parameters: [("ws", "smkit.Workspace", "the workspace"), ("options", "table?", "`lang`")],
                       returns: [("smkit.Guidelines", "the document")]),
        LuaAPIFunction("Workspace:totable", "The whole workspace as a table (snake_case keys).", returns: [("table", "the workspace")]),
        LuaAPIFunction("Workspace:goal", "One goal as a table.", parameters: [("id", "string", "goal id")], returns: [("table?", "the goal")]),
        LuaAPIFunction("Workspace:check_goals", "SMART letters with reasons and the feasibility of every goal.",
                       returns: [("table[]", "one result per goal")]),
        LuaAPIFunction("Workspace:check_goal", "SMART check of a goal table that need not be in the workspace.",
                       parameters: [("goal", "table", "the goal")], returns: [("table", "the result")]),
        LuaAPIFunction("Workspace:rank_platforms", "Platforms ranked for the organisation, each score with its terms, and the channel count the hours carry.",
                       parameters: [("options", "table?", "`weights = {reach, benefit, business_fit, effort}`, `scorer` (a platform scorer id; default `platform-fit`)")],
                       returns: [("table", "the ranking, with `scorer = {id, subject, plugin_id, source}`")]),
        LuaAPIFunction("Workspace:evaluate_drafts", "pbsm evaluation of every draft (company benefit, resource fit, risk, competitive quality), or the scores of another draft scorer.",
                       parameters: [("options", "table?", "`scorer` (a draft scorer id; default `pbsm`)")],
                       returns: [("table[]", "evaluations, or `{draft_id, draft_name, score}` per draft and `scorer`")]),
        LuaAPIFunction("Workspace:compare_drafts", "The decision matrix of the drafts with the reasons behind each number.",
                       parameters: [("weights", "table?", "`company_benefit`, `resource_fit`, `risk`, `competitive_quality`")],
                       returns: [("table", "rows, columns and ranking")]),
        LuaAPIFunction("Workspace:progress", "KPI progress of every goal (achieved, on track, behind, missed, no data).",
                       returns: [("table[]", "progress per goal")]),
        LuaAPIFunction("Workspace:assumptions", "Draft assumptions checked against their monitored KPIs.",
                       returns: [("table[]", "one entry per monitored assumption")]),
        LuaAPIFunction("Workspace:with_hours", "The same workspace with other weekly hours per role (what-if).",
                       parameters: [("hours", "table", "`{role = hours}`")], returns: [("smkit.Workspace", "the changed workspace")]),
        LuaAPIFunction("Guidelines:section", "One section as `{id, title, body}`.", parameters: [("id", "string", "section id")],
                       returns: [("table?", "the section")]),
        LuaAPIFunction("Guidelines:add", "Adds a section.", parameters: [("spec", "table", "`id`, `title`, `body` (Markdown), optional `after`")]),
        LuaAPIFunction("Guidelines:remove", "Removes a section.", parameters: [("id", "string", "section id")]),
        LuaAPIFunction("Guidelines:rewrite", "Replaces a section's body, or rewrites it with a function of the old body.",
                       parameters: [("id", "string", "section id"), ("body", "string|function", "new body, or `function(body, title) return new end`")]),
        LuaAPIFunction("Guidelines:retitle", "Changes a section's title.",
                       parameters: [("id", "string", "section id"), ("title", "string", "the new title")]),
        LuaAPIFunction("Guidelines:move", "Moves a section to a position (1 = first).",
                       parameters: [("id", "string", "section id"), ("position", "integer", "the new position")]),
        LuaAPIFunction("Guidelines:render", "The document as Markdown or a printable HTML page.",
                       parameters: [("format", "string?", "`markdown` (default) or `html`")], returns: [("string", "the document")]),
        LuaAPIFunction("Series:sum", "Sum of a measure's known values.", parameters: [("measure", "string", "e.g. `likes`, `posts`")],
                       returns: [("number?", "the sum, nil when all are missing")]),
        LuaAPIFunction("Series:values", "A measure's known values in day order.", parameters: [("measure", "string", "the measure")],
                       returns: [("number[]", "the values")]),
        LuaAPIFunction("Series:first", "The first known value and its date.", parameters: [("measure", "string", "the measure")],
                       returns: [("number?", "the value"), ("string?", "the date")]),
        LuaAPIFunction("Series:last", "The last known value and its date.", parameters: [("measure", "string", "the measure")],
                       returns: [("number?", "the value"), ("string?", "the date")]),
        LuaAPIFunction("Series:days", "The dates of the rows.", returns: [("string[]", "ISO dates")]),
    ]

    /// Fields of the module's userdata types, for completion and the definitions.
    public static let typeFields: [String: [(name: String, type: String, summary: String)]] = [
        "smkit.Workspace": [("name", "string", "the organisation's name"), ("directory", "string", "the folder"),
                            ("as_of", "string", "the day the current state describes"), ("organization", "table", "the organisation"),
                            ("goals", "table[]", "the goals"), ("drafts", "table[]", "the strategy drafts"),
                            ("kpis", "table[]", "the KPI series"), ("warnings", "string[]", "loading warnings")],
        "smkit.Guidelines": [("language", "string", "`de` or `en`"), ("ids", "string[]", "section ids in order"),
                             ("omitted", "table[]", "left-out sections with reasons")],
        "smkit.Series": [("competitor", "string", "the competitor"), ("platform", "string", "the platform"),
                         ("count", "integer", "rows (days)")],
    ]

    /// Every documented function name.
    public static var functionNames: [String] { functions.map(\.name) }

    /// The documentation of a dotted or `Type:method` name, for the REPL's `name?`.
    public static func documentation(_ name: String) -> String? {
        let all = functions + PluginAPIReference.functions
        if let function = all.first(where: { $0.name == name || $0.name.split(separator: ":").last.map(String.init) == name }) {
            var lines = ["\(function.name)(\(function.parameters.map(\.name).joined(separator: ", ")))", "  \(function.summary)"]
            for parameter in function.parameters { lines.append("  \(parameter.name): \(parameter.type) — \(parameter.summary)") }
            for result in function.returns { lines.append("  returns \(result.type) — \(result.summary)") }
            return lines.joined(separator: "\n")
        }
        if let field = (fields + PluginAPIReference.fields).first(where: { $0.name == name }) {
            return "\(field.name): \(field.type)\n  \(field.summary)"
        }
        if name == "smkit" {
            return "smkit — the strategy module. Functions: "
                + all.filter { $0.name.hasPrefix("smkit.") }.map(\.name).joined(separator: ", ")
        }
        return nil
    }
}
