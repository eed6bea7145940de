-- TikTok: promotions, fake engagement, branded content, caption length. Platform rules only.
-- Sources: TikTok's help page on promoting a brand, product or service, the Community
-- Guidelines (read in Open Terms Archive's copy) and the TikTok Shop giveaway policy. TikTok's
-- own wording on official rules and non-endorsement (Advertising Guidelines § 9, 2019) was
-- only found quoted by a third party: those rules are weak until the current text is found.
local smkit = require "smkit"
local text = smkit.text

-- The day the copies below were read: the manifest's rules_date, which every rule's `read` defaults to.
local READ = "2026-12-07"
local ADS_2019 = { url = "https://www.promoveritas.com/tiktok-promotions/",
  title = "PromoVeritas (2019): quotes TikTok's Advertising Guidelines § 9 Promotions", read = READ }

-- Most rules rest on the help page on promoting; a rule with another source says so.
local plugin = smkit.plugin { id = "tiktok", api = 1, defaults = {
  subject = "contest", consequence = "platform", platforms = { "tiktok" },
  source = "https://support.tiktok.com/en/business-and-creator/creator-and-business-accounts/"
    .. "promoting-a-brand-product-or-service",
  source_title = "TikTok Help Center: Promoting a brand, product, or service on TikTok",
} }

plugin:check {
  id = "TT-01", severity = "error", secondary = { ADS_2019 },
  quote = "Adhere to our Terms of Service, Community Guidelines, Branded Content Policy (if applicable), and all "
    .. "applicable laws and regulations.",
  summary = { de = "Offizielle Teilnahmebedingungen müssen veröffentlicht und erreichbar sein",
              en = "Official rules must be posted and reachable" },
  run = function(contest, report)
    local placement = contest.terms.placement
    if placement == nil or placement == "none" or placement == "elsewhere" then report:fail { field = "terms.placement" } end
  end,
}

plugin:forbids_entry {
  id = "TT-03", severity = "warning", actions = { "tag_friends" },
  source = "https://www.tiktok.com/community-guidelines/en/integrity-authenticity/",
  source_title = "TikTok Community Guidelines — Deceptive Behaviors and Fake Engagement",
  quote = "Content that tries to manipulate people into giving gifts or inflating likes or follows isn’t eligible for the FYF.",
  secondary = {
    { url = "https://github.com/OpenTermsArchive/pga-versions/blob/main/TikTok/Community%20Guidelines.md",
      title = "Open Terms Archive: recorded copy of TikTok's Community Guidelines (read here)", read = READ },
    { url = "https://www.trustsafetyinstitute.com/policies/tiktok/e5a9687a-7ab6-4362-9b96-acfd7024c203",
      title = "Copy of TikTok's Community Guidelines, April 2022", read = "2026-11-22" },
  },
  summary = { de = "Massenhaftes Freunde-Markieren kann als künstliche Interaktion gelten",
              en = "Mass tagging of friends can count as artificial engagement" },
}

plugin:check {
  id = "TT-04", severity = "warning", source = "https://seller-us.tiktok.com/university/essay?knowledge_id=2963741155624705",
  source_title = "TikTok Shop: Giveaway and Promotions Policy (applies to TikTok Shop creators)",
  quote = "Giveaway terms must be explicitly stated in the content.",
  summary = { de = "Anzahl der Gewinner und Auswahlverfahren angeben", en = "State the number of winners and how they are chosen" },
  run = function(contest, report)
    if contest.prize.winners == nil then return report:fail { field = "prize.winners" } end
    if contest.winner.selection == nil then report:fail { field = "winner.selection" } end
  end,
}

plugin:requires_terms {
  id = "TT-05", severity = "error", include = "non_affiliation",
  quote = "Adhere to our Terms of Service, Community Guidelines, Branded Content Policy (if applicable), and all "
    .. "applicable laws and regulations.",
  secondary = { ADS_2019,
    { url = "https://www.mardenkane.com/articles/how-to-run-a-legal-tiktok-contest-or-sweepstakes.html",
      title = "Marden-Kane: non-affiliation acknowledgement for TikTok promotions", read = "2026-11-22" } },
  summary = { de = "Erklären, dass TikTok das Gewinnspiel nicht unterstützt und nicht damit verbunden ist",
              en = "State that TikTok does not endorse and is not associated with the promotion" },
}

plugin:check {
  id = "TT-02", subject = "post", severity = "error",
  quote = "When posting content that promotes a brand, product, or service on TikTok, you must turn on the content "
    .. "disclosure setting.",
  summary = { de = "Werbliche Inhalte brauchen TikToks Einstellung zur Offenlegung von Inhalten (Content Disclosure)",
              en = "Commercial content needs TikTok's content disclosure setting" },
  run = function(post, report)
    if post.ad_disclosure.commercial and not post.ad_disclosure.platform_label then
      report:fail { field = "ad_disclosure.platform_label" }
    end
  end,
}

plugin:check {
  id = "TT-POST-01", subject = "post", severity = "warning",
  source = "https://developers.tiktok.com/doc/content-posting-api-reference-direct-post",
  source_title = "TikTok for Developers: Content Posting API, Direct Post (limit not found in the part read)",
  secondary = { { url = "https://socialk.it/fr/tools/tiktok-character-counter", title = "Socialkit: TikTok character counter",
    read = "2026-11-22" } },
  summary = { de = "Die Beschreibung ist länger als 2.200 Zeichen (Grenze beim Posten über Tools und API)",
              en = "The caption is longer than 2,200 characters (the limit when posting through tools and the API)" },
  run = function(post, report)
    if text.length(post.text) > 2200 then report:fail { field = "text" } end
  end,
}

return plugin
