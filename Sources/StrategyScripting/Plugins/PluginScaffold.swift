import Foundation
public import StrategyKit

/// The files `smkit plugin new` writes: a manifest, one check, cases that pass, and what an
/// author needs outside this repository: `.luacheckrc` (the sandbox std CI uses),
/// `types/smkit.d.lua` (what `smkit types` writes), `.luarc.json` pointing at it, a README.
public enum PluginScaffold {
    /// Relative paths and contents for a new plugin `id`.
    public static func files(id: String, date: CalendarDate) -> [(String, String)] {
        let rule = id.uppercased().prefix(8).replacingOccurrences(of: "-", with: "") + "-01"
        return [
            ("plugin.yaml", """
            # Manifest: read and checked without running any code (smkit plugin validate).
            id: \(id)
            name: \(id) rules
            version: 0.1.0
            api: \(PluginAPI.apiLevel)
            author: Your Name
            licence: Apache-2.0
            description:
              de: Was dieses Plugin prüft.
              en: What this plugin checks.
            platforms:
              extends: []
            rules_date: \(date)
            sources:
              - url: https://example.org/the-rule-text
                title: Replace with the page your rules come from
                read: \(date)

            """),
            ("init.lua", """
            -- \(id): registers checks with smkit. Run `smkit plugin test .` after each change.
            local smkit = require "smkit"

            -- What every rule shares; `read` is the manifest's rules_date unless a rule says otherwise.
            local plugin = smkit.plugin { id = "\(id)", api = \(PluginAPI.apiLevel), defaults = {
              subject = "contest", consequence = "best_practice",
              source = "https://example.org/the-rule-text",  -- the URL of the rule text
            } }

            plugin:check {
              id = "\(rule)", severity = "warning",
              summary = { de = "Der Beitrag nennt das Gewinnspiel nicht beim Namen",
                          en = "The post does not call the contest a contest" },
              run = function(contest, report)
                if not smkit.text.find_any(contest.text, { "gewinnspiel", "verlosung", "giveaway", "contest" }) then
                  report:fail { field = "text" }
                end
              end,
            }

            return plugin

            """),
            ("tests/cases.yaml", """
            # Each case: an input and the rule ids that must (expect) or must not (absent) be reported.
            base:
              kind: contest
              platforms: [instagram]
              text: "Gewinnspiel! Kommentiere und gewinne."
              entry: [comment]
            cases:
              - name: names the contest
                contest: {}
                absent: [\(rule)]
              - name: does not name the contest
                contest: { text: "Kommentiere und gewinne." }
                expect: [\(rule)]

            """),
            (".luarc.json", """
            {
              "runtime.version": "Lua 5.4",
              "runtime.builtin": { "io": "disable", "debug": "disable", "package": "disable" },
              "diagnostics.globals": ["smkit"],
              "workspace.library": ["types"]
            }

            """),
            (".luacheckrc", LuaCheckConfig.pluginConfig()),
            ("types/smkit.d.lua", LuaTypesGenerator.definitions()),
            ("README.md", readme(id: id, rule: String(rule))),
        ]
    }

    /// The plugin author's README: the files, the commands, where to read on.
    static func readme(id: String, rule: String) -> String {
        """
        # \(id)

        An smkit plugin. Output about rules is information, not legal advice.

        ## Files

        - `plugin.yaml`: the manifest (id, version, API level, `rules_date`: the day the rule texts were read).
        - `init.lua`: registers the rules. `smkit.plugin { defaults = ... }` holds what all rules share;
          `plugin:check` takes a `run` function, and `plugin:requires_terms`, `requires_field`,
          `forbids_entry`, `requires_intent`, `forbids_intent` write the common rules in one line.
        - `tests/cases.yaml`: cases with the rule ids each must (`expect`) or must not (`absent`) report.
        - `types/smkit.d.lua`: LuaCATS definitions for your editor (lua-language-server reads them via
          `.luarc.json`). Regenerate after updating smkit: `smkit types -o types/smkit.d.lua --force`.
        - `.luacheckrc`: the globals smkit's sandbox offers (no `io`, `debug`, `package`; `os` only
          time/date/clock/difftime), the same std smkit's own plugins are checked with.

        ## Commands

        ```sh
        smkit plugin test .        # run the cases: "N passed, N failed"
        smkit plugin validate .    # manifest, API level, and whether the code registers
        smkit plugin lint .        # luacheck with the sandbox std (apt-get install lua-check)
        smkit plugin install .     # use it everywhere (~/.local/share/smkit/plugins)
        ```

        Every rule needs a primary `source` (the platform's policy page, the statute) and should
        quote the words it rests on (`quote`). Add a case that triggers each rule and a close case
        that stays quiet; `smkit plugin test` warns about rules without them. \(rule) is the
        example rule: replace it with yours. The whole API: docs/plugins.md in smkit.

        """
    }

    /// Today's date in UTC.
    public static func today() -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDate(year: 2000, month: 1, day: 1)!
    }
}
