-- YouTube: contest policies (the 2015 rules on age 18+ and skill-only contests were
-- removed and are deliberately not checked) and video text limits. Platform rules only.
-- Source: YouTube Help, "YouTube's contest policies and guidelines". The title, description
-- and hashtag limits have no primary text at hand yet: those rules carry no quote.
local smkit = require "smkit"
local text = smkit.text

local POLICY_TITLE = "YouTube Help: YouTube's contest policies and guidelines"
-- The day the copies below were read: the manifest's rules_date, which every rule's `read` defaults to.
local READ = "2026-12-07"

-- Most rules rest on the contest policies; a rule with another source says so.
local plugin = smkit.plugin { id = "youtube", api = 1, defaults = {
  subject = "contest", consequence = "platform", platforms = { "youtube" },
  source = "https://support.google.com/youtube/answer/1620498?hl=en-GB", source_title = POLICY_TITLE,
} }

plugin:check {
  id = "YT-03", severity = "error",
  quote = "Your contest must be free to enter (don't forget to check your local lottery laws!).",
  summary = { de = "Die Teilnahme muss kostenlos sein", en = "The contest must be free to enter" },
  run = function(contest, report)
    if (contest.entry_fee_eur or 0) > 0 then return report:fail { field = "entry_fee_eur" } end
    if contest.entry:has("purchase") then report:fail { field = "entry" } end
  end,
}

plugin:check {
  id = "YT-04", severity = "warning",
  quote = "You and any third party may not manipulate metrics on the YouTube service, including numbers of views, likes, "
    .. "dislikes or subscribers",
  summary = { de = "Keine Kennzahlen-Manipulation: nicht die meisten Aufrufe, Likes oder Abos belohnen",
              en = "No metric manipulation: do not reward the most views, likes or subscribers" },
  run = function(contest, report)
    if contest.winner.selection == "most_votes" then return report:fail { field = "winner.selection" } end
    local found = contest.analysis:asks("winner_by_engagement")
    if found then report:fail { field = "text", at = found } end
  end,
}

plugin:requires_terms {
  id = "YT-05", severity = "error", include = "non_affiliation",
  quote = "You cannot associate or affiliate YouTube with your contest without YouTube's prior written consent.",
  summary = { de = "YouTube darf ohne schriftliche Zustimmung nicht mit dem Wettbewerb verbunden werden (Abgrenzung in den Regeln)",
              en = "YouTube must not be associated with the contest without written consent (say so in the rules)" },
}

plugin:requires_terms {
  id = "YT-06", severity = "error", include = "community_guidelines",
  quote = "include links to the YouTube Community Guidelines and indicate that entries that don't comply will be disqualified.",
  summary = { de = "Offizielle Regeln müssen auf die Community-Richtlinien verlinken und Verstöße ausschließen",
              en = "Official rules must link to the Community Guidelines and disqualify entries that break them" },
}

plugin:requires_terms {
  id = "YT-08", severity = "warning", consequence = "best_practice", include = { "privacy_notice", "platform_release" },
  source_title = POLICY_TITLE .. " (YouTube itself asks for no release or privacy notice)",
  quote = "your contest cannot be run or conducted in a way that conflicts with our Privacy Policy, Terms of Service or "
    .. "Community Guidelines.",
  secondary = { { url = "https://commentpicker.com/articles/youtube-contest-rules.php",
    title = "Comment Picker: YouTube contest rules (lists a privacy policy and a release of YouTube)", read = READ } },
  summary = { de = "Regeln mit Datenschutzhinweis und Haftungsfreistellung von YouTube",
              en = "Rules with a privacy notice and a release of YouTube" },
}

plugin:check {
  id = "YT-POST-01", subject = "post", severity = "error", source = "https://developers.google.com/youtube/v3/docs/videos",
  source_title = "YouTube Data API: videos resource, snippet.title (wording read in a copy, see secondary)",
  quote = "The video's title. The property value has a maximum length of 100 characters and may contain all valid "
    .. "UTF-8 characters except < and >.",
  secondary = {
    { url = "https://pub.dev/documentation/youtube_api_client/latest/model_snippet/Snippet-class.html",
      title = "youtube_api_client on pub.dev: copy of the Data API's snippet.title text (the copy read)", read = READ },
    { url = "https://tuberanker.com/blog/youtube-title-description-character-limit",
      title = "TubeRanker: title 100, description 5,000 characters", read = "2026-11-22" },
  },
  summary = { de = "Der Titel ist länger als 100 Zeichen", en = "The title is longer than 100 characters" },
  run = function(post, report)
    if post.title and text.length(post.title) > 100 then report:fail { field = "title" } end
  end,
}

plugin:check {
  id = "YT-POST-02", subject = "post", severity = "error", source = "https://developers.google.com/youtube/v3/docs/videos",
  source_title = "YouTube Data API: videos resource, snippet.description (wording read in a copy, see secondary)",
  quote = "The video's description. The property value has a maximum length of 5000 bytes and may contain all valid "
    .. "UTF-8 characters except < and >.",
  secondary = {
    { url = "https://pub.dev/documentation/youtube_api_client/latest/model_snippet/Snippet-class.html",
      title = "youtube_api_client on pub.dev: copy of the Data API's snippet.description text (the copy read)", read = READ },
    { url = "https://tuberanker.com/blog/youtube-title-description-character-limit",
      title = "TubeRanker: title 100, description 5,000 characters", read = "2026-11-22" },
  },
  summary = { de = "Die Beschreibung ist länger als 5.000 Bytes (Umlaute zählen doppelt, Emoji vierfach)",
              en = "The description is longer than 5,000 bytes (umlauts count twice, emoji four times)" },
  run = function(post, report)
    -- The API counts UTF-8 bytes, not characters.
    if #post.text > 5000 then report:fail { field = "text" } end
  end,
}

plugin:check {
  id = "YT-POST-03", subject = "post", severity = "warning", source = "https://support.google.com/youtube/answer/6390658",
  source_title = "YouTube Help: hashtags (not read; reports differ between 15 and 60 hashtags)",
  secondary = {
    { url = "http://socialbarrel.com/youtube-embraces-hashtags-to-easily-find-videos/116685/",
      title = "Social Barrel: more than 15 hashtags are ignored", read = "2026-11-22" },
    { url = "https://blogdigger.com/how-many-hashtags-should-i-use-on-youtube/",
      title = "Blogdigger: more than 60 hashtags are ignored, no more than 15 recommended", read = READ },
  },
  summary = { de = "Mehr als 15 Hashtags: YouTube ignoriert dann alle", en = "More than 15 hashtags: YouTube then ignores all of them" },
  run = function(post, report)
    if #post.hashtags > 15 then report:fail { field = "text" } end
  end,
}

return plugin
