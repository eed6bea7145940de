-- Instagram: Meta's promotion rules for Instagram and post limits. Platform rules only.
-- Sources: Instagram's Promotion Guidelines (help.instagram.com; the page itself was not at
-- hand, its text was read in a verbatim reproduction) and Meta's Community Standards on spam.
-- The caption and hashtag limits have no primary source yet: those rules carry no quote.
local smkit = require "smkit"
local text = smkit.text

-- The day the copies below were read: the manifest's rules_date, which every rule's `read` defaults to.
local READ = "2026-12-07"
local PROMO_COPY = {
  { url = "https://www.contestqueen.com/2024/conflicting-meta-promotional-guidelines/",
    title = "Contest Queen (2024): verbatim reproduction of Instagram's promotion section (read here)", read = READ },
  { url = "https://help.plexus.co/en/articles/4399369-how-to-run-a-promotion-on-instagram",
    title = "Plexus: Instagram promotion requirements", read = READ },
}

-- Most rules rest on the Promotion Guidelines; a rule with another source says so.
local plugin = smkit.plugin { id = "instagram", api = 1, defaults = {
  subject = "contest", consequence = "platform", platforms = { "instagram" },
  source = "https://help.instagram.com/179379842258600", source_title = "Instagram Help Center: Promotion Guidelines",
  secondary = PROMO_COPY,
} }

plugin:check {
  id = "IG-01", severity = "warning",
  quote = "If you use Instagram to communicate or administer a promotion (example: a contest or sweepstakes, among "
    .. "others), you are responsible for the lawful operation of that promotion",
  summary = { de = "Offizielle Teilnahmebedingungen fehlen (der Veranstalter ist für den rechtmäßigen Ablauf verantwortlich)",
              en = "Official rules are missing (the organiser is responsible for running the promotion lawfully)" },
  run = function(contest, report)
    if contest.terms.url == nil and contest.terms.placement ~= "in_post" then report:fail { field = "terms" } end
  end,
}

plugin:forbids_entry {
  id = "IG-02", severity = "error", actions = { "tag_self" },
  quote = "You must not inaccurately tag content or encourage users to inaccurately tag content",
  summary = { de = "Nicht zum falschen Markieren auffordern (z. B. sich auf einem Bild markieren, auf dem man nicht ist)",
              en = "Do not encourage inaccurate tagging (e.g. tagging yourself in a photo you are not in)" },
}

plugin:requires_terms {
  id = "IG-03", severity = "error", include = "platform_release",
  quote = "A complete release of Instagram by each entrant or participant.",
  summary = { de = "Die Bedingungen müssen Instagram vollständig von der Haftung freistellen",
              en = "The rules must include a complete release of Instagram by each entrant" },
}

plugin:requires_terms {
  id = "IG-04", severity = "error", include = "non_affiliation",
  quote = "Acknowledgement that the promotion is in no way sponsored, endorsed or administered by, or associated with, Instagram.",
  summary = { de = "Die Bedingungen müssen erklären, dass Instagram das Gewinnspiel nicht sponsert, unterstützt oder durchführt",
              en = "The rules must state that the promotion is not sponsored, endorsed or administered by Instagram" },
}

plugin:check {
  id = "IG-06", severity = "info", consequence = "best_practice",
  source = "https://www.facebook.com/policies_center/pages_groups_events",
  source_title = "Meta: Pages, Groups and Events Policies — Promotions (Instagram's guidelines have no such clause)",
  quote = "Personal timelines and friend connections must not be used to administer promotions",
  secondary = {
    { url = "https://deniseloris.com/august-2019-facebook-promotion-competition-rules/",
      title = "Verbatim quote of Facebook's promotions section (read here)", read = READ },
    PROMO_COPY[1],
  },
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
  id = "IG-07", severity = "error", source = "https://transparency.fb.com/policies/community-standards/spam/",
  source_title = "Meta Community Standards — Spam (apply to Instagram)",
  quote = "Offering giveaways (i.e., offering others a chance to win) of cash or cash equivalents in exchange for engagement.",
  secondary = {
    { url = "https://github.com/OpenTermsArchive/pga-versions/blob/main/Instagram/Community%20Guidelines.md",
      title = "Open Terms Archive: Instagram Community Guidelines, recorded from transparency.fb.com (read here)", read = READ },
  },
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
  id = "IG-POST-01", subject = "post", severity = "error",
  source = "https://help.instagram.com/", source_title = "Instagram Help Center (limit not found in a primary text)",
  secondary = { { url = "https://bulkpublish.com/blog/instagram-character-limit/",
    title = "BulkPublish: Instagram caption limit 2,200 characters", read = READ } },
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
  id = "IG-POST-02", subject = "post", severity = "warning",
  source = "https://help.instagram.com/", source_title = "Instagram Help Center (limit not found in a primary text)",
  secondary = {
    { url = "https://publish.dokuntag.com/en/social/instagram/hashtag-rules", title = "Dokuntag: Instagram hashtag rules",
      read = "2026-11-22" },
    { url = "https://ayrshare.com/apis/post/social-networks/instagram",
      title = "Ayrshare API docs: Instagram post limits (5 hashtags in some language versions, 30 in others)", read = READ },
  },
  summary = { de = "Mehr als 5 Hashtags (gemeldete Grenze von 5 je Beitrag; in Instagrams eigener Hilfe nicht bestätigt)",
              en = "More than 5 hashtags (a reported limit of 5 per post, not confirmed in Instagram's own help)" },
  run = function(post, report)
    if #post.hashtags > 5 then
      report:fail { field = "text", message = {
        de = ("Der Beitrag hat %d Hashtags; Instagram erlaubt bis zu 5"):format(#post.hashtags),
        en = ("The post has %d hashtags; Instagram allows up to 5"):format(#post.hashtags) } }
    end
  end,
}

return plugin
