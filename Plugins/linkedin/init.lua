-- LinkedIn: contests, engagement bait and post length. Platform rules only.
-- Sources: LinkedIn's Professional Community Policies with the help pages they link (read in
-- Open Terms Archive's recorded copy of them) and LinkedIn's brand guidelines. The 3,000
-- character limit has no primary source yet: that rule carries no quote.
local smkit = require "smkit"
local text = smkit.text

-- The day the copies below were read: the manifest's rules_date, which every rule's `read` defaults to.
local READ = "2026-12-07"
local SPAM = "https://www.linkedin.com/help/linkedin/answer/137372"
local PCP_COPY = {
  { url = "https://github.com/OpenTermsArchive/pga-versions/blob/main/LinkedIn/Community%20Guidelines.md",
    title = "Open Terms Archive: recorded copy of the Professional Community Policies and linked pages (read here)",
    read = READ },
}

-- Most rules rest on the Professional Community Policies; a rule with another source says so.
local plugin = smkit.plugin { id = "linkedin", api = 1, defaults = {
  subject = "contest", consequence = "platform", platforms = { "linkedin" },
  source = "https://www.linkedin.com/legal/professional-community-policies", secondary = PCP_COPY,
} }
-- Asking for these is engagement bait on LinkedIn.
local BAIT = { "like", "share", "repost", "comment", "tag_friends" }

plugin:check {
  id = "LI-01", severity = "error",
  source_title = "LinkedIn Professional Community Policies — Restricted goods and services",
  quote = "Sweepstakes, giveaways, lotteries, and contests",
  summary = { de = "LinkedIns Community-Richtlinien zählen Gewinnspiele, Verlosungen und Lotterien zu den nicht erlaubten Inhalten",
              en = "LinkedIn's Professional Community Policies list sweepstakes, giveaways, lotteries and contests as restricted content" },
  run = function(_, report) report:fail { field = "platforms" } end,
}

local PLATFORM_ACTIONS = { "follow", "share", "repost", "tag_friends", "like", "comment" }

plugin:forbids_entry {
  id = "LI-02", severity = "error", actions = PLATFORM_ACTIONS,
  source_title = "LinkedIn Professional Community Policies — Do not spam members or the platform",
  quote = "Don't do things to artificially increase engagement with your content.",
  secondary = { PCP_COPY[1], { url = "https://www.smprotips.com/can-you-run-a-sweepstakes-on-linkedin/",
    title = "SM Pro Tips: older User Agreement and LinkedIn actions as entry", read = "2026-11-22" } },
  summary = { de = "Keine Teilnahme über LinkedIn-Aktionen (folgen, teilen, markieren, reagieren)",
              en = "No entry through LinkedIn actions (follow, share, tag, react)" },
}

plugin:forbids_intent {
  id = "LI-03", severity = "warning", intent = BAIT, source = SPAM, secondary = PCP_COPY,
  source_title = "LinkedIn Help: Spam (part of the Professional Community Policies)",
  quote = "Widely circulated “chain letter”-type content, requesting likes, reactions, and shares",
  summary = { de = "Engagement-Köder: um Likes, Reaktionen oder Teilen bitten kann die Reichweite kosten",
              en = "Engagement bait: asking for likes, reactions or shares can get visibility limited" },
}

plugin:requires_terms {
  id = "LI-04", severity = "warning", consequence = "best_practice", include = "non_affiliation",
  source = "https://brand.linkedin.com/policies",
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
}

plugin:check {
  id = "LI-POST-01", subject = "post", severity = "error", source = "https://www.linkedin.com/help/linkedin",
  source_title = "LinkedIn Help (limit not found in a primary text)",
  secondary = { { url = "https://bulkpublish.com/blog/linkedin-character-limit/",
    title = "BulkPublish: LinkedIn post limit 3,000 characters", read = READ } },
  summary = { de = "Der Beitrag ist länger als 3.000 Zeichen", en = "The post is longer than 3,000 characters" },
  run = function(post, report)
    if text.length(post.text) > 3000 then report:fail { field = "text" } end
  end,
}

plugin:forbids_intent {
  id = "LI-POST-02", subject = "post", severity = "warning", intent = BAIT, source = SPAM, secondary = PCP_COPY,
  source_title = "LinkedIn Help: Spam (part of the Professional Community Policies)",
  quote = "Widely circulated “chain letter”-type content, requesting likes, reactions, and shares",
  summary = { de = "Engagement-Köder: um Likes, Reaktionen oder Teilen bitten kann die Reichweite kosten",
              en = "Engagement bait: asking for likes, reactions or shares can get visibility limited" },
}

return plugin
