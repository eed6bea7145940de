-- TikTok: promotions, fake engagement, branded content, caption length. Platform rules only.
local smkit = require "smkit"
local text = smkit.text

local plugin = smkit.plugin { id = "tiktok", api = 1 }

local ADS = "https://www.promoveritas.com/tiktok-promotions/"
local READ = "2026-11-22"
local ONLY = { "tiktok" }

plugin:check {
  id = "TT-01", subject = "contest", severity = "error", consequence = "platform",
  source = ADS, read = READ, platforms = ONLY,
  summary = { de = "Offizielle Teilnahmebedingungen müssen veröffentlicht und erreichbar sein",
              en = "Official rules must be posted and reachable" },
  run = function(contest, report)
    local placement = contest.terms.placement
    if placement == nil or placement == "none" or placement == "elsewhere" then report:fail { field = "terms.placement" } end
  end,
}

plugin:check {
  id = "TT-03", subject = "contest", severity = "warning", consequence = "platform",
  source = "https://www.trustsafetyinstitute.com/policies/tiktok/e5a9687a-7ab6-4362-9b96-acfd7024c203", read = READ,
  platforms = ONLY,
  summary = { de = "Massenhaftes Freunde-Markieren kann als künstliche Interaktion gelten",
              en = "Mass tagging of friends can count as artificial engagement" },
  run = function(contest, report)
    local found = smkit.entry_required(contest, { "tag_friends" })
    if found then report:fail(found) end
  end,
}

plugin:check {
  id = "TT-04", subject = "contest", severity = "warning", consequence = "platform",
  source = "https://seller-vn.tiktok.com/university/essay?knowledge_id=775807677351696&lang=en", read = READ,
  platforms = ONLY,
  summary = { de = "Anzahl der Gewinner und Auswahlverfahren angeben", en = "State the number of winners and how they are chosen" },
  run = function(contest, report)
    if contest.prize.winners == nil then return report:fail { field = "prize.winners" } end
    if contest.winner.selection == nil then report:fail { field = "winner.selection" } end
  end,
}

plugin:check {
  id = "TT-05", subject = "contest", severity = "warning", consequence = "best_practice",
  source = "https://www.mardenkane.com/articles/how-to-run-a-legal-tiktok-contest-or-sweepstakes.html", read = READ,
  platforms = ONLY,
  summary = { de = "Erklären, dass TikTok das Gewinnspiel nicht unterstützt und nicht damit verbunden ist",
              en = "State that TikTok does not endorse and is not associated with the promotion" },
  run = function(contest, report)
    if not contest.terms.includes:has("non_affiliation") then report:fail { field = "terms.includes" } end
  end,
}

plugin:check {
  id = "TT-02", subject = "post", severity = "error", consequence = "platform",
  source = ADS, read = READ, platforms = ONLY,
  summary = { de = "Werbliche Inhalte brauchen TikToks Branded-Content-Kennzeichnung",
              en = "Commercial content needs TikTok's branded content setting" },
  run = function(post, report)
    if post.ad_disclosure.commercial and not post.ad_disclosure.platform_label then
      report:fail { field = "ad_disclosure.platform_label" }
    end
  end,
}

plugin:check {
  id = "TT-POST-01", subject = "post", severity = "warning", consequence = "platform",
  source = "https://socialk.it/fr/tools/tiktok-character-counter", read = READ, platforms = ONLY,
  summary = { de = "Die Beschreibung ist länger als 2.200 Zeichen (Grenze beim Posten über Tools und API)",
              en = "The caption is longer than 2,200 characters (the limit when posting through tools and the API)" },
  run = function(post, report)
    if text.length(post.text) > 2200 then report:fail { field = "text" } end
  end,
}

return plugin
