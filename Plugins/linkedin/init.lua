-- LinkedIn: contests, engagement bait and post length. Platform rules only.
local smkit = require "smkit"
local text = smkit.text

local plugin = smkit.plugin { id = "linkedin", api = 1 }

local READ = "2026-11-22"
local ONLY = { "linkedin" }
-- Asking for these is engagement bait on LinkedIn.
local BAIT = { "like", "share", "repost", "comment", "tag_friends" }

plugin:check {
  id = "LI-01", subject = "contest", severity = "error", consequence = "platform",
  source = "https://revup.pages.dev/blog/linkedin-contest-rules/", read = READ, platforms = ONLY,
  summary = { de = "LinkedIn untersagt laut Community-Richtlinien Gewinnspiele und Verlosungen ohne schriftliche Erlaubnis",
              en = "LinkedIn's community policies reportedly forbid contests and giveaways without written permission" },
  run = function(_, report) report:fail { field = "platforms" } end,
}

local PLATFORM_ACTIONS = { "follow", "share", "repost", "tag_friends", "like", "comment" }

plugin:check {
  id = "LI-02", subject = "contest", severity = "error", consequence = "platform",
  source = "https://www.smprotips.com/can-you-run-a-sweepstakes-on-linkedin/", read = READ, platforms = ONLY,
  summary = { de = "Keine Teilnahme über LinkedIn-Aktionen (folgen, teilen, markieren, reagieren)",
              en = "No entry through LinkedIn actions (follow, share, tag, react)" },
  run = function(contest, report)
    local found = smkit.entry_required(contest, PLATFORM_ACTIONS)
    if found then report:fail(found) end
  end,
}

plugin:check {
  id = "LI-03", subject = "contest", severity = "warning", consequence = "platform",
  source = "https://www.linkedin.com/legal/professional-community-policies", read = READ, platforms = ONLY,
  summary = { de = "Engagement-Köder: um Likes, Reaktionen oder Teilen bitten kann die Reichweite kosten",
              en = "Engagement bait: asking for likes, reactions or shares can get visibility limited" },
  run = function(contest, report)
    local found = contest.analysis:asks_any(BAIT)
    if found then report:fail { field = "text", at = found } end
  end,
}

plugin:check {
  id = "LI-04", subject = "contest", severity = "warning", consequence = "best_practice",
  source = "https://www.sweeppeasweeps.com/official-rules-center/tips-for-contest-rules-on-linkedin/", read = READ,
  platforms = ONLY,
  summary = { de = "Erklären, dass LinkedIn das Gewinnspiel nicht sponsert oder unterstützt",
              en = "State that the promotion is not sponsored or endorsed by LinkedIn" },
  run = function(contest, report)
    if not contest.terms.includes:has("non_affiliation") then report:fail { field = "terms.includes" } end
  end,
}

plugin:check {
  id = "LI-POST-01", subject = "post", severity = "error", consequence = "platform",
  source = "https://bulkpublish.com/blog/linkedin-character-limit/", read = READ, platforms = ONLY,
  summary = { de = "Der Beitrag ist länger als 3.000 Zeichen", en = "The post is longer than 3,000 characters" },
  run = function(post, report)
    if text.length(post.text) > 3000 then report:fail { field = "text" } end
  end,
}

plugin:check {
  id = "LI-POST-02", subject = "post", severity = "warning", consequence = "platform",
  source = "https://www.linkedin.com/legal/professional-community-policies", read = READ, platforms = ONLY,
  summary = { de = "Engagement-Köder: um Likes, Reaktionen oder Teilen bitten kann die Reichweite kosten",
              en = "Engagement bait: asking for likes, reactions or shares can get visibility limited" },
  run = function(post, report)
    local found = post.analysis:asks_any(BAIT)
    if found then report:fail { field = "text", at = found } end
  end,
}

return plugin
