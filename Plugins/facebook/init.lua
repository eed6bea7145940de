-- Facebook promotion rules (Pages, groups, events). Platform rules only: breaking them
-- risks removal of the post or restrictions of the Page, not a fine.
local smkit = require "smkit"

local plugin = smkit.plugin { id = "facebook", api = 1 }

local POLICY = "https://deniseloris.com/august-2019-facebook-promotion-competition-rules/"
local READ = "2026-11-22"

-- Entry actions from the `entry` list or asked for in the text (negations, questions and
-- quotes do not count; see docs/text-analysis.md).
local required = smkit.entry_required

local function has_terms(contest)
  local terms = contest.terms
  return terms.url ~= nil or terms.placement == "in_post"
end

plugin:check {
  id = "FB-01", subject = "contest", severity = "warning", consequence = "platform",
  source = POLICY, read = READ, platforms = { "facebook" },
  summary = { de = "Offizielle Teilnahmebedingungen fehlen (der Seitenbetreiber ist für den rechtmäßigen Ablauf verantwortlich)",
              en = "Official rules are missing (the Page admin is responsible for running the promotion lawfully)" },
  run = function(contest, report)
    if not has_terms(contest) then report:fail { field = "terms" } end
  end,
}

plugin:check {
  id = "FB-02", subject = "contest", severity = "error", consequence = "platform",
  source = POLICY, read = READ, platforms = { "facebook" },
  summary = { de = "Die Bedingungen müssen Facebook vollständig von der Haftung freistellen",
              en = "The rules must include a complete release of Facebook by each entrant" },
  run = function(contest, report)
    if not contest.terms.includes:has("platform_release") then report:fail { field = "terms.includes" } end
  end,
}

plugin:check {
  id = "FB-03", subject = "contest", severity = "error", consequence = "platform",
  source = POLICY, read = READ, platforms = { "facebook" },
  summary = { de = "Die Bedingungen müssen erklären, dass Facebook das Gewinnspiel nicht sponsert, unterstützt oder durchführt",
              en = "The rules must state that the promotion is not sponsored, endorsed or administered by Facebook" },
  run = function(contest, report)
    if not contest.terms.includes:has("non_affiliation") then report:fail { field = "terms.includes" } end
  end,
}

plugin:check {
  id = "FB-04", subject = "contest", severity = "error", consequence = "platform",
  source = POLICY, read = READ, platforms = { "facebook" },
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

plugin:check {
  id = "FB-06", subject = "contest", severity = "error", consequence = "platform",
  source = "https://olshanlaw.com/Advertising-Law-Blog/Facebook-Eases-Promotion-Guidelines", read = READ,
  platforms = { "facebook" },
  summary = { de = "Nicht zum falschen Markieren auffordern (z. B. sich auf einem Bild markieren, auf dem man nicht ist)",
              en = "Do not ask people to tag content inaccurately (e.g. to tag themselves in a photo they are not in)" },
  run = function(contest, report)
    local found = required(contest, { "tag_self" })
    if found then report:fail { field = found.field, at = found.at } end
  end,
}

plugin:check {
  id = "FB-09", subject = "contest", severity = "warning", consequence = "platform",
  source = "https://www.loeb.com/en/insights/publications/2014/08/facebook-updates-platform-policy-to-prohibit-lik__",
  read = READ, platforms = { "facebook" },
  summary = { de = "„Seite liken, um teilzunehmen“ ist seit 2014 umstritten (Like-Gating-Verbot für Apps)",
              en = "\"Like our Page to enter\" is disputed since 2014 (like-gating ban for apps)" },
  run = function(contest, report)
    local found = required(contest, { "follow" })
    if found then report:fail { field = found.field, at = found.at } end
  end,
}

local ENGAGEMENT = { "like", "comment", "share", "story_share", "follow", "tag_friends", "repost" }

plugin:check {
  id = "FB-10", subject = "contest", severity = "error", consequence = "platform",
  source = "https://www.just-jolly.com/legal/spam", read = READ, platforms = { "facebook" },
  summary = { de = "Kein Bargeld oder Gutschein als Gegenleistung für Interaktionen (Meta-Spam-Richtlinie)",
              en = "No cash or cash equivalents in exchange for engagement (Meta spam policy)" },
  run = function(contest, report)
    local prize = contest.prize
    if not (prize.cash or prize.cash_equivalent) then return end
    if required(contest, ENGAGEMENT) then report:fail { field = "prize" } end
  end,
}

plugin:check {
  id = "FB-11", subject = "contest", severity = "error", consequence = "platform",
  source = "https://medioq.com/ZA/Durban/112510097126024/Radio-of-Colour---ROC", read = READ, platforms = { "facebook" },
  summary = { de = "Kein Glücksspiel: keine Teilnahme gegen Geld ohne schriftliche Erlaubnis von Meta",
              en = "No gambling: no paid entry without Meta's prior written permission" },
  run = function(contest, report)
    if (contest.entry_fee_eur or 0) > 0 then report:fail { field = "entry_fee_eur" } end
  end,
}

plugin:check {
  id = "FB-13", subject = "contest", severity = "info", consequence = "best_practice",
  source = "https://olshanlaw.com/Advertising-Law-Blog/Facebook-Eases-Promotion-Guidelines", read = READ,
  platforms = { "facebook" },
  summary = { de = "Sagen, dass die Daten vom Veranstalter erhoben werden, nicht von Facebook",
              en = "Say that the data is collected by the organiser, not by Facebook" },
  run = function(contest, report)
    if #contest.data_collected > 0 and contest.privacy_notice_url == nil then
      report:fail { field = "data_collected" }
    end
  end,
}


plugin:check {
  id = "FB-14", subject = "contest", severity = "error", consequence = "platform",
  quote = "Personal Timelines and friend connections must not be used to administer promotions",
  source = "https://transparency.meta.com/policies/other-policies/pages-groups-events-policies/",
  read = "2026-12-07", platforms = { "facebook" },
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
