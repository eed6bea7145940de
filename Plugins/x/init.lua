-- X: Guidelines for Promotions on X, and the weighted 280-character limit. Platform rules only.
local smkit = require "smkit"
local weighted_length = require "weighted_length"

local plugin = smkit.plugin { id = "x", api = 1 }

local GUIDE = "https://help.x.com/en/rules-and-policies/x-contest-rules"
local GUIDE_TITLE = "X Help Center: Guidelines for Promotions on X"
local READ = "2026-12-07"
local ONLY = { "x" }

plugin:check {
  id = "X-01", subject = "contest", severity = "warning", consequence = "platform",
  source = GUIDE, source_title = GUIDE_TITLE, read = READ, platforms = ONLY,
  quote = "Please be sure to include a rule stating that anyone found to use multiple accounts to enter will be ineligible.",
  summary = { de = "Die Bedingungen sollen Teilnahmen über mehrere Konten ausschließen (sonst droht die Sperrung aller Konten)",
              en = "The rules should make entries from multiple accounts ineligible (all such accounts risk suspension)" },
  run = function(contest, report)
    if not contest.terms.includes:has("multiple_accounts") then report:fail { field = "terms.includes" } end
  end,
}

plugin:check {
  id = "X-02", subject = "contest", severity = "error", consequence = "platform",
  source = GUIDE, source_title = GUIDE_TITLE, read = READ, platforms = ONLY,
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
  id = "X-03", subject = "contest", severity = "info", consequence = "best_practice",
  source = GUIDE, source_title = GUIDE_TITLE, read = READ, platforms = ONLY,
  quote = "If the updates mention you, you’ll be able to see all the updates in your Notifications timeline",
  summary = { de = "Teilnehmende sollen den Veranstalter @erwähnen, damit alle Teilnahmen sichtbar sind",
              en = "Ask entrants to @mention you so that you see every entry" },
  run = function(contest, report)
    local posts = contest.entry:has("hashtag") or contest.entry:has("repost") or contest.entry:has("upload")
    if posts and not contest.entry:has("mention") then report:fail { field = "entry" } end
  end,
}

plugin:check {
  id = "X-POST-01", subject = "post", severity = "error", consequence = "platform",
  source = "https://docs.x.com/fundamentals/counting-characters", read = READ, platforms = ONLY,
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
