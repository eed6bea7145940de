-- Facebook promotion rules (Pages, groups, events). Platform rules only: breaking them
-- risks removal of the post or restrictions of the Page, not a fine.
-- Sources: Meta's Pages, Groups and Events Policies (the promotions section; its text was read
-- in an archived copy and in a verbatim quote, the current page was not at hand) and Meta's
-- Community Standards on spam (read in Open Terms Archive's copy of transparency.fb.com).
local smkit = require "smkit"

local POLICY = "https://www.facebook.com/policies_center/pages_groups_events"
local SPAM = "https://transparency.fb.com/policies/community-standards/spam/"
local SPAM_TITLE = "Meta Community Standards — Spam"
-- The day the copies below were read: the manifest's rules_date, which every rule's `read` defaults to.
local READ = "2026-12-07"
-- Where the policy text was read: an archive of the policy page and a verbatim quote of it.
local POLICY_COPIES = {
  { url = "https://www.paranoidpaul.com/compare.php?site=1&doc=31&view=3360",
    title = "Archived copy of Facebook's Pages, Groups and Events Policies", read = READ },
  { url = "https://deniseloris.com/august-2019-facebook-promotion-competition-rules/",
    title = "Denise Loris: verbatim quote of the promotions section (2019)", read = READ },
}

-- Most rules rest on the promotions section of the Pages policy; a rule with another source says so.
local plugin = smkit.plugin { id = "facebook", api = 1, defaults = {
  subject = "contest", consequence = "platform", platforms = { "facebook" },
  source = POLICY, source_title = "Meta: Pages, Groups and Events Policies — Promotions", secondary = POLICY_COPIES,
} }
local SPAM_COPY = {
  { url = "https://github.com/OpenTermsArchive/pga-versions/blob/main/Facebook/Community%20Guidelines.md",
    title = "Open Terms Archive: recorded copy of Meta's Community Standards (read here)", read = READ },
  { url = "https://www.just-jolly.com/legal/spam", title = "Copy of the Meta spam policy (secondary)", read = "2026-11-22" },
}

-- Entry actions from the `entry` list or asked for in the text (negations, questions and
-- quotes do not count; see docs/text-analysis.md).
local required = smkit.entry_required

local function has_terms(contest)
  local terms = contest.terms
  return terms.url ~= nil or terms.placement == "in_post"
end

plugin:check {
  id = "FB-01", severity = "warning",
  quote = "If you use Facebook to communicate or administer a promotion (ex: a contest or sweepstakes), you are "
    .. "responsible for the lawful operation of that promotion, including: The official rules;",
  summary = { de = "Offizielle Teilnahmebedingungen fehlen (der Seitenbetreiber ist für den rechtmäßigen Ablauf verantwortlich)",
              en = "Official rules are missing (the Page admin is responsible for running the promotion lawfully)" },
  run = function(contest, report)
    if not has_terms(contest) then report:fail { field = "terms" } end
  end,
}

plugin:requires_terms {
  id = "FB-02", severity = "error", include = "platform_release",
  quote = "A complete release of Facebook by each entrant or participant",
  summary = { de = "Die Bedingungen müssen Facebook vollständig von der Haftung freistellen",
              en = "The rules must include a complete release of Facebook by each entrant" },
}

plugin:requires_terms {
  id = "FB-03", severity = "error", include = "non_affiliation",
  quote = "Acknowledgement that the promotion is in no way sponsored, endorsed, administered by or associated with Facebook",
  summary = { de = "Die Bedingungen müssen erklären, dass Facebook das Gewinnspiel nicht sponsert, unterstützt oder durchführt",
              en = "The rules must state that the promotion is not sponsored, endorsed or administered by Facebook" },
}

plugin:check {
  id = "FB-04", severity = "error",
  quote = "Personal timelines and friend connections must not be used to administer promotions",
  summary = { de = "Keine Teilnahme über private Chroniken: kein Teilen und kein Markieren von Freunden",
              en = "No entry via personal timelines: no sharing and no tagging of friends" },
  run = function(contest, report)
    local found = required(contest, { "share", "story_share", "tag_friends" })
    if found == nil then return end
    if found.at then
      local quote = found.at.text
      report:fail { field = "text", at = found.at, message = {
        de = "Der Beitrag verlangt Teilen oder Freunde-Markieren („" .. quote .. "“); das ist auf Facebook verboten",
        en = "The post asks to share or to tag friends (\"" .. quote .. "\"); Facebook forbids this" } }
    else
      report:fail { field = "entry" }
    end
  end,
}

plugin:forbids_entry {
  id = "FB-06", severity = "error", actions = { "tag_self" },
  source_title = "Meta: Pages, Groups and Events Policies — Inaccurately Tagged Content",
  quote = "Pages, Groups, and Events must not inaccurately tag content or encourage users to inaccurately tag content.",
  secondary = { POLICY_COPIES[1],
    { url = "https://olshanlaw.com/Advertising-Law-Blog/Facebook-Eases-Promotion-Guidelines",
      title = "Olshan: the 2013 change of Facebook's promotion rules", read = "2026-11-22" } },
  summary = { de = "Nicht zum falschen Markieren auffordern (z. B. sich auf einem Bild markieren, auf dem man nicht ist)",
              en = "Do not ask people to tag content inaccurately (e.g. to tag themselves in a photo they are not in)" },
}

plugin:forbids_entry {
  id = "FB-09", severity = "warning", actions = { "follow" }, source = SPAM, source_title = SPAM_TITLE,
  quote = "Attempting to or successfully selling, buying, or exchanging for engagement, such as likes, shares, views, "
    .. "follows, clicks, use of specific hashtags, etc.",
  secondary = { SPAM_COPY[1],
    { url = "https://www.loeb.com/en/insights/publications/2014/08/facebook-updates-platform-policy-to-prohibit-lik__",
      title = "Loeb & Loeb on the 2014 like-gating ban for apps", read = "2026-11-22" } },
  summary = { de = "„Seite liken oder folgen, um teilzunehmen“ kann als Tausch gegen Interaktion gelten (Meta-Spam-Richtlinie)",
              en = "\"Like or follow our Page to enter\" can count as exchanging something for engagement (Meta spam policy)" },
}

local ENGAGEMENT = { "like", "comment", "share", "story_share", "follow", "tag_friends", "repost" }

plugin:check {
  id = "FB-10", severity = "error", source = SPAM, source_title = SPAM_TITLE, secondary = SPAM_COPY,
  quote = "Offering giveaways (i.e., offering others a chance to win) of cash or cash equivalents in exchange for engagement.",
  summary = { de = "Kein Bargeld oder Gutschein als Gegenleistung für Interaktionen (Meta-Spam-Richtlinie)",
              en = "No cash or cash equivalents in exchange for engagement (Meta spam policy)" },
  run = function(contest, report)
    local prize = contest.prize
    if not (prize.cash or prize.cash_equivalent) then return end
    if required(contest, ENGAGEMENT) then report:fail { field = "prize" } end
  end,
}

plugin:check {
  id = "FB-11", severity = "error", source_title = "Meta: Pages, Groups and Events Policies — Gambling",
  quote = "Pages, Groups, and Events must not promote online gambling, or gaming where anything of monetary value "
    .. "(including digital currencies) is required to play and anything of monetary value forms part of the prize, "
    .. "without our prior written permission.",
  secondary = {
    { url = "https://medioq.com/ZA/Durban/112510097126024/Radio-of-Colour---ROC",
      title = "Copy of the Pages, Groups and Events Policies on a business listing (read here)", read = READ },
    { url = "https://transparency.fb.com/policies/community-standards/regulated-goods/",
      title = "Meta Community Standards — Restricted Goods and Services: paid-entry sweepstakes are shown to adults only",
      read = READ },
  },
  summary = { de = "Kein Glücksspiel: keine Teilnahme gegen Geld ohne schriftliche Erlaubnis von Meta",
              en = "No gambling: no paid entry without Meta's prior written permission" },
  run = function(contest, report)
    if (contest.entry_fee_eur or 0) > 0 then report:fail { field = "entry_fee_eur" } end
  end,
}

plugin:check {
  id = "FB-13", severity = "info", consequence = "best_practice",
  source = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679",
  source_title = "GDPR Article 13(1)(a) (Facebook's own clause was dropped from the Page terms in 2013)",
  quote = "the identity and the contact details of the controller and, where applicable, of the controller's representative",
  secondary = {
    { url = "https://gdprhub.eu/Article_13_GDPR", title = "GDPRhub: Article 13 GDPR (verbatim text, read here)", read = READ },
    { url = "https://olshanlaw.com/Advertising-Law-Blog/Facebook-Eases-Promotion-Guidelines",
      title = "Olshan: the 2013 revision dropped the data-collection disclosure", read = "2026-11-22" },
  },
  summary = { de = "Sagen, dass die Daten vom Veranstalter erhoben werden, nicht von Facebook",
              en = "Say that the data is collected by the organiser, not by Facebook" },
  run = function(contest, report)
    if #contest.data_collected > 0 and contest.privacy_notice_url == nil then
      report:fail { field = "data_collected" }
    end
  end,
}


plugin:check {
  id = "FB-14", severity = "error",
  quote = "Personal timelines and friend connections must not be used to administer promotions",
  summary = { de = "Gewinnspiele nur über Seiten, Gruppen, Veranstaltungen oder Apps, nicht über ein privates Profil",
              en = "Promotions only from Pages, groups, events or apps, not from a personal profile" },
  run = function(contest, report)
    if contest.account_type == "personal_profile" then
      report:fail { field = "account_type", message = {
        de = "Das Gewinnspiel läuft über ein privates Profil; Facebook erlaubt Gewinnspiele nur auf Seiten, in Gruppen und Veranstaltungen",
        en = "The contest runs from a personal profile; Facebook allows promotions only on Pages, groups and events" } }
    end
  end,
}

return plugin
