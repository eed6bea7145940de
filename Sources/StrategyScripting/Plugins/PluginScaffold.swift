import Foundation
public import StrategyKit

/// The files `smkit plugin new` writes: a manifest, one check, and cases that pass.
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

            local plugin = smkit.plugin { id = "\(id)", api = \(PluginAPI.apiLevel) }

            plugin:check {
              id = "\(rule)", subject = "contest", severity = "warning", consequence = "best_practice",
              source = "https://example.org/the-rule-text",  -- the URL of the rule text
              read = "\(date)",                              -- the day you read it
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
        ]
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
