-- Pinterest: one rule, where Pinterest's own community guidelines support it. The
-- guidelines' promotion section could not be read verbatim, so nothing is derived from it;
-- secondary reports of older versions of those rules are not used.
local smkit = require "smkit"

local plugin = smkit.plugin { id = "pinterest", api = 1 }

local GUIDELINES = "https://policy.pinterest.com/en-gb/community-guidelines"

-- Phrases that present Pinterest as organiser, sponsor or partner of the promotion.
local AFFILIATION = {
  "gesponsert von pinterest", "unterstützt von pinterest", "in kooperation mit pinterest",
  "in zusammenarbeit mit pinterest", "pinterest präsentiert", "pinterest verlost", "offizielles pinterest",
  "sponsored by pinterest", "endorsed by pinterest", "in partnership with pinterest",
  "in cooperation with pinterest", "pinterest presents", "pinterest is giving away", "official pinterest",
}

plugin:check {
  id = "PIN-01", subject = "contest", severity = "warning", consequence = "platform",
  source = GUIDELINES, source_title = "Pinterest: Community guidelines (acceptable use policy), Intellectual property and other rights",
  quote = "Don’t use Pinterest’s name, logo or trademark in a way that confuses people",
  platforms = { "pinterest" },
  summary = { de = "Der Beitrag lässt Pinterest als Veranstalter, Sponsor oder Partner erscheinen; "
                .. "Pinterests Name darf nicht so verwendet werden, dass er verwirrt",
              en = "The post presents Pinterest as organiser, sponsor or partner; Pinterest's name must not be used in a way that confuses people" },
  run = function(contest, report)
    if smkit.text.find_any(contest.text, AFFILIATION) then report:fail { field = "text" } end
  end,
}

return plugin
