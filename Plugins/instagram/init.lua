-- Instagram: Meta's promotion rules for Instagram and post limits. Platform rules only.
local smkit = require "smkit"
local text = smkit.text

local plugin = smkit.plugin { id = "instagram", api = 1 }

local PROMO = "https://www.contestqueen.com/2024/conflicting-meta-promotional-guidelines/"
local READ = "2026-11-22"
local ONLY = { "instagram" }

plugin:check {
  id = "IG-01", subject = "contest", severity = "warning", consequence = "platform",
  source = PROMO, read = READ, platforms = ONLY,
  summary = { de = "Offizielle Teilnahmebedingungen fehlen (der Veranstalter ist für den rechtmäßigen Ablauf verantwortlich)",
              en = "Official rules are missing (the organiser is responsible for running the promotion lawfully)" },
  run = function(contest, report)
    if contest.terms.url == nil and contest.terms.placement ~= "in_post" then report:fail { field = "terms" } end
  end,
}

plugin:check {
  id = "IG-02", subject = "contest", severity = "error", consequence = "platform",
  source = PROMO, read = READ, platforms = ONLY,
  summary = { de = "Nicht zum falschen Markieren auffordern (z. B. sich auf einem Bild markieren, auf dem man nicht ist)",
              en = "Do not encourage inaccurate tagging (e.g. tagging yourself in a photo you are not in)" },
  run = function(contest, report)
    local found = smkit.entry_required(contest, { "tag_self" })
    if found then report:fail(found) end
  end,
}

plugin:check {
  id = "IG-03", subject = "contest", severity = "error", consequence = "platform",
  source = PROMO, read = READ, platforms = ONLY,
  summary = { de = "Die Bedingungen müssen Instagram vollständig von der Haftung freistellen",
              en = "The rules must include a complete release of Instagram by each entrant" },
  run = function(contest, report)
    if not contest.terms.includes:has("platform_release") then report:fail { field = "terms.includes" } end
  end,
}

plugin:check {
  id = "IG-04", subject = "contest", severity = "error", consequence = "platform",
  source = PROMO, read = READ, platforms = ONLY,
  summary = { de = "Die Bedingungen müssen erklären, dass Instagram das Gewinnspiel nicht sponsert, unterstützt oder durchführt",
              en = "The rules must state that the promotion is not sponsored, endorsed or administered by Instagram" },
  run = function(contest, report)
    if not contest.terms.includes:has("non_affiliation") then report:fail { field = "terms.includes" } end
  end,
}

plugin:check {
  id = "IG-06", subject = "contest", severity = "info", consequence = "best_practice",
  source = PROMO, read = READ, platforms = ONLY,
  summary = { de = "Freunde markieren ist auf Instagram erlaubt, auf Facebook nicht: dieselbe Mechanik nicht auf Facebook spiegeln",
              en = "Tagging friends is allowed on Instagram but not on Facebook: do not mirror the mechanic there" },
  run = function(contest, report, context)
    if contest.entry:has("tag_friends") and contest.platforms:has("facebook") and context.platforms:has("facebook") then
      report:fail { field = "platforms" }
    end
  end,
}

local ENGAGEMENT = { "like", "comment", "share", "follow", "tag_friends", "repost" }

plugin:check {
  id = "IG-07", subject = "contest", severity = "error", consequence = "platform",
  source = "https://raw.githubusercontent.com/OpenTermsArchive/contrib-versions/main/Instagram/Community%20Guidelines.md",
  read = READ, platforms = ONLY,
  summary = { de = "Kein Bargeld oder Gutschein als Gegenleistung für Interaktionen (Meta-Spam-Richtlinie gilt auch für Instagram)",
              en = "No cash or cash equivalents in exchange for engagement (Meta's spam policy applies to Instagram)" },
  run = function(contest, report)
    if not (contest.prize.cash or contest.prize.cash_equivalent) then return end
    for _, action in ipairs(ENGAGEMENT) do
      if contest.entry:has(action) then return report:fail { field = "prize" } end
    end
  end,
}

plugin:check {
  id = "IG-POST-01", subject = "post", severity = "error", consequence = "platform",
  source = "https://bulkpublish.com/blog/instagram-character-limit/", read = READ, platforms = ONLY,
  summary = { de = "Die Bildunterschrift ist länger als 2.200 Zeichen", en = "The caption is longer than 2,200 characters" },
  run = function(post, report)
    local n = text.length(post.text)
    if n > 2200 then
      report:fail { field = "text", message = {
        de = ("Die Bildunterschrift hat %d Zeichen; Instagram erlaubt 2.200"):format(n),
        en = ("The caption has %d characters; Instagram allows 2,200"):format(n) } }
    end
  end,
}

plugin:check {
  id = "IG-POST-02", subject = "post", severity = "warning", consequence = "platform",
  source = "https://publish.dokuntag.com/en/social/instagram/hashtag-rules", read = READ, platforms = ONLY,
  summary = { de = "Mehr als 5 Hashtags (Instagram erlaubt laut Hilfe bis zu 5 je Beitrag)",
              en = "More than 5 hashtags (Instagram Help allows up to 5 per post)" },
  run = function(post, report)
    if #post.hashtags > 5 then
      report:fail { field = "text", message = {
        de = ("Der Beitrag hat %d Hashtags; Instagram erlaubt bis zu 5"):format(#post.hashtags),
        en = ("The post has %d hashtags; Instagram allows up to 5"):format(#post.hashtags) } }
    end
  end,
}

return plugin
