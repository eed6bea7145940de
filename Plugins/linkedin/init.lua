-- LinkedIn: contests, engagement bait and post length. Platform rules only.
-- Sources: LinkedIn's Professional Community Policies with the help pages they link (read in
-- Open Terms Archive's recorded copy of them) and LinkedIn's brand guidelines. The 3,000
-- character limit has no primary source yet: that rule carries no quote.
local smkit = require "smkit"
local text = smkit.text

local plugin = smkit.plugin { id = "linkedin", api = 1 }

local READ = "2026-12-07"
local PCP = "https://www.linkedin.com/legal/professional-community-policies"
local SPAM = "https://www.linkedin.com/help/linkedin/answer/137372"
local PCP_COPY = {
  { url = "https://github.com/OpenTermsArchive/pga-versions/blob/main/LinkedIn/Community%20Guidelines.md",
    title = "Open Terms Archive: recorded copy of the Professional Community Policies and linked pages (read here)",
    read = READ },
}
local ONLY = { "linkedin" }
-- Asking for these is engagement bait on LinkedIn.
local BAIT = { "like", "share", "repost", "comment", "tag_friends" }

plugin:check {
  id = "LI-01", subject = "contest", severity = "error", consequence = "platform",
  source = PCP, read = READ, platforms = ONLY, secondary = PCP_COPY,
  source_title = "LinkedIn Professional Community Policies — Restricted goods and services",
  quote = "Sweepstakes, giveaways, lotteries, and contests",
  summary = { de = "LinkedIns Community-Richtlinien zählen Gewinnspiele, Verlosungen und Lotterien zu den nicht erlaubten Inhalten",
              en = "LinkedIn's Professional Community Policies list sweepstakes, giveaways, lotteries and contests as restricted content" },
  run = function(_, report) report:fail { field = "platforms" } end,
}

local PLATFORM_ACTIONS = { "follow", "share", "repost", "tag_friends", "like", "comment" }

plugin:check {
  id = "LI-02", subject = "contest", severity = "error", consequence = "platform",
  source = PCP, read = READ, platforms = ONLY,
  source_title = "LinkedIn Professional Community Policies — Do not spam members or the platform",
  quote = "Don't do things to artificially increase engagement with your content.",
  secondary = { PCP_COPY[1], { url = "https://www.smprotips.com/can-you-run-a-sweepstakes-on-linkedin/",
    title = "SM Pro Tips: older User Agreement and LinkedIn actions as entry", read = "2026-11-22" } },
  summary = { de = "Keine Teilnahme über LinkedIn-Aktionen (folgen, teilen, markieren, reagieren)",
              en = "No entry through LinkedIn actions (follow, share, tag, react)" },
  run = function(contest, report)
    local found = smkit.entry_required(contest, PLATFORM_ACTIONS)
    if found then report:fail(found) end
  end,
}

plugin:check {
  id = "LI-03", subject = "contest", severity = "warning", consequence = "platform",
  source = SPAM, read = READ, platforms = ONLY, secondary = PCP_COPY,
  source_title = "LinkedIn Help: Spam (part of the Professional Community Policies)",
  quote = "Widely circulated “chain letter”-type content, requesting likes, reactions, and shares",
  summary = { de = "Engagement-Köder: um Likes, Reaktionen oder Teilen bitten kann die Reichweite kosten",
              en = "Engagement bait: asking for likes, reactions or shares can get visibility limited" },
  run = function(contest, report)
    local found = contest.analysis:asks_any(BAIT)
    if found then report:fail { field = "text", at = found } end
  end,
}

plugin:check {
  id = "LI-04", subject = "contest", severity = "warning", consequence = "best_practice",
  source = "https://brand.linkedin.com/policies", read = READ, platforms = ONLY,
  source_title = "LinkedIn Brand Guidelines (no promotion-specific statement is required by LinkedIn)",
  quote = "you should ensure that you do not use our Brand in a manner that might create the impression that your use "
    .. "is sponsored by LinkedIn",
  secondary = {
    { url = "https://github.com/OpenTermsArchive/pga-versions/blob/main/LinkedIn/Brand%20Guidelines.md",
      title = "Open Terms Archive: recorded copy of LinkedIn's brand guidelines (read here)", read = READ },
    { url = "https://www.sweeppeasweeps.com/official-rules-center/tips-for-contest-rules-on-linkedin/",
      title = "SweepPea: practice of a non-affiliation statement on LinkedIn", read = "2026-11-22" },
  },
  summary = { de = "Erklären, dass LinkedIn das Gewinnspiel nicht sponsert oder unterstützt",
              en = "State that the promotion is not sponsored or endorsed by LinkedIn" },
  run = function(contest, report)
    if not contest.terms.includes:has("non_affiliation") then report:fail { field = "terms.includes" } end
  end,
}

plugin:check {
  id = "LI-POST-01", subject = "post", severity = "error", consequence = "platform",
  source = "https://www.linkedin.com/help/linkedin", read = READ, platforms = ONLY,
  source_title = "LinkedIn Help (limit not found in a primary text)",
  secondary = { { url = "https://bulkpublish.com/blog/linkedin-character-limit/",
    title = "BulkPublish: LinkedIn post limit 3,000 characters", read = READ } },
  summary = { de = "Der Beitrag ist länger als 3.000 Zeichen", en = "The post is longer than 3,000 characters" },
  run = function(post, report)
    if text.length(post.text) > 3000 then report:fail { field = "text" } end
  end,
}

plugin:check {
  id = "LI-POST-02", subject = "post", severity = "warning", consequence = "platform",
  source = SPAM, read = READ, platforms = ONLY, secondary = PCP_COPY,
  source_title = "LinkedIn Help: Spam (part of the Professional Community Policies)",
  quote = "Widely circulated “chain letter”-type content, requesting likes, reactions, and shares",
  summary = { de = "Engagement-Köder: um Likes, Reaktionen oder Teilen bitten kann die Reichweite kosten",
              en = "Engagement bait: asking for likes, reactions or shares can get visibility limited" },
  run = function(post, report)
    local found = post.analysis:asks_any(BAIT)
    if found then report:fail { field = "text", at = found } end
  end,
}

return plugin
