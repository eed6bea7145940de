-- XING: no contest-specific platform rules were found, so these are notes and good
-- practice drawn from XING's general terms for company profiles and for news pages.
local smkit = require "smkit"

-- Every rule was read on the manifest's rules_date.
local plugin = smkit.plugin { id = "xing", api = 1, defaults = {
  subject = "contest", consequence = "best_practice", platforms = { "xing" },
} }

plugin:check {
  id = "XI-01", severity = "info", source = "https://www.xing.com/app/user?op=tandc&what=cp",
  source_title = "XING: General terms and conditions for Company Profiles (Employer Branding Profiles), § 1",
  quote = "XING AG is entitled to remove such content, data or other information without prior notice.",
  summary = { de = "XING hat keine veröffentlichten Gewinnspiel-Regeln; XING kann Inhalte von Unternehmensprofilen ohne Vorankündigung entfernen",
              en = "XING has no published promotion rules; it may remove company-profile content without notice" },
  run = function(_, report) report:fail { field = "platforms" } end,
}

plugin:requires_terms {
  id = "XI-02", severity = "warning", include = "non_affiliation", source = "https://www.xing.com/terms/news-seiten",
  source_title = "XING: General Terms and Conditions for the use of XING news pages, § 1 (XING is no party)",
  quote = "New Work SE is not involved in any agreements concluded via XING and is therefore not a contracting party.",
  summary = { de = "Erklären, dass XING das Gewinnspiel nicht veranstaltet oder unterstützt",
              en = "State that XING does not run or endorse the promotion" },
}

return plugin
