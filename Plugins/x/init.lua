-- X: Guidelines for Promotions on X, and the weighted 280-character limit. Platform rules only.
local smkit = require "smkit"
local weighted_length = require "weighted_length"

-- Every rule was read on the manifest's rules_date; most rest on the promotion guidelines.
local plugin = smkit.plugin { id = "x", api = 1, defaults = {
  subject = "contest", consequence = "platform", platforms = { "x" },
  source = "https://help.x.com/en/rules-and-policies/x-contest-rules",
  source_title = "X Help Center: Guidelines for Promotions on X",
} }

plugin:requires_terms {
  id = "X-01", severity = "warning", include = "multiple_accounts",
  quote = "Please be sure to include a rule stating that anyone found to use multiple accounts to enter will be ineligible.",
  summary = { de = "Die Bedingungen sollen Teilnahmen über mehrere Konten ausschließen (sonst droht die Sperrung aller Konten)",
              en = "The rules should make entries from multiple accounts ineligible (all such accounts risk suspension)" },
}

plugin:check {
  id = "X-02", severity = "error",
  quote = "Please don’t set rules to encourage lots of duplicate updates (e.g., “whoever Reposts this the most wins”).",
  summary = { de = "Keine Regeln, die zum wiederholten Posten desselben Inhalts anregen (z. B. „wer am meisten repostet, gewinnt“)",
              en = "No rules that encourage posting the same update repeatedly (e.g. \"whoever reposts the most wins\")" },
  run = function(contest, report)
    if contest.winner.selection == "most_reposts" then return report:fail { field = "winner.selection" } end
    -- Rewarding the most reposts, or counting every repeated post or reply as another entry.
    local found = contest.analysis:asks_any { "winner_by_engagement", "multiple_entries" }
    if found then report:fail { field = "text", at = found } end
  end,
}

plugin:check {
  id = "X-03", severity = "info", consequence = "best_practice",
  quote = "If the updates mention you, you’ll be able to see all the updates in your Notifications timeline",
  summary = { de = "Teilnehmende sollen den Veranstalter @erwähnen, damit alle Teilnahmen sichtbar sind",
              en = "Ask entrants to @mention you so that you see every entry" },
  run = function(contest, report)
    local posts = contest.entry:has("hashtag") or contest.entry:has("repost") or contest.entry:has("upload")
    if posts and not contest.entry:has("mention") then report:fail { field = "entry" } end
  end,
}

plugin:check {
  id = "X-POST-01", subject = "post", severity = "error", source = "https://docs.x.com/fundamentals/counting-characters",
  source_title = "X Developer Platform: Counting Characters",
  quote = "Posts on X can contain up to 280 characters. However, not all characters count equally—emojis, URLs, and "
    .. "certain Unicode ranges have special counting rules.",
  summary = { de = "Der Post ist länger als 280 gewichtete Zeichen", en = "The post is longer than 280 weighted characters" },
  run = function(post, report)
    local n = weighted_length(post.text, post.links)
    if n > 280 then
      report:fail { field = "text", message = {
        de = ("Der Post hat %d gewichtete Zeichen (Links zählen 23, Emojis 2); X erlaubt 280"):format(n),
        en = ("The post has %d weighted characters (links count 23, emoji 2); X allows 280"):format(n) } }
    end
  end,
}

return plugin
