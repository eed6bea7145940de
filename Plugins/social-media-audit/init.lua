-- Social media audit: rules for the presences an organisation already has and for whether
-- its strategy fits its resources. Presence checks see one entry of organization.presences
-- (with as_of and days_since_last_post); strategy checks see the whole workspace plus the
-- analysis smkit computes (channel_capacity, hours_for_channels, presences by status).
-- These are good practice, not platform rules or law: no platform or statute demands them.
-- Each names the closest primary text (Meta's Pages policy, Facebook Help, the published
-- method) and keeps the audit guides it comes from in `secondary`.
local smkit = require "smkit"

-- The day the guides below were read: the manifest's rules_date, which every rule's `read` defaults to.
local READ = "2026-12-07"
local CARETAKERS = "Admins act as the leaders, representatives, and caretakers of these communities."
local AUDIT = { url = "https://nationalpixel.com/how-to-condust-a-social-media-audit/",
  title = "National Pixel: How to conduct a social media audit (after Hootsuite's audit template)", read = READ }
local PAGES_COPY = { url = "https://fb.me/policies?ref=pf",
  title = "Facebook's Pages, Groups and Events Policies behind Facebook's short link (read here)", read = READ }
local ACCESS = { url = "https://wordstream.com/blog/social-media-audit", title = "WordStream: social media audit",
  read = "2026-11-22" }
local RESOURCES = { url = "https://socialmedia-zyklus.de/inhalt/schritt-4-organisieren/",
  title = "Social-Media-Zyklus, Schritt 4: Organisieren", read = "2026-11-22" }

-- Good practice throughout; most rules rest on the Pages policy's words on admins as caretakers.
local plugin = smkit.plugin { id = "social-media-audit", api = 1, defaults = {
  consequence = "best_practice",
  source = "https://www.facebook.com/policies_center/pages_groups_events",
  source_title = "Meta: Pages, Groups and Events Policies — Introduction",
} }

-- smkit's own threshold: the audit records the date of the last post but names no limit;
-- a quarter without a post is when a presence looks deserted to a visitor.
local SILENT_DAYS = 90

-- German decimals use a comma.
local function de_number(value)
  return (("%.1f"):format(value):gsub("%.", ","))
end

local function en_number(value)
  return ("%.1f"):format(value)
end

plugin:check {
  id = "AUD-01", subject = "presence", severity = "warning",
  quote = CARETAKERS, secondary = { PAGES_COPY, AUDIT },
  summary = { de = "Verlassener Auftritt: entscheiden, ob er wieder betreut oder deaktiviert wird",
              en = "Abandoned presence: decide whether to run it again or deactivate it" },
  run = function(presence, report)
    if presence.status == "abandoned" then
      local since = presence.last_post and (" (letzter Beitrag " .. presence.last_post .. ")") or ""
      local since_en = presence.last_post and (" (last post " .. presence.last_post .. ")") or ""
      report:fail { field = "status", message = {
        de = ("Verlassener Auftritt %s auf %s%s: wieder betreuen oder deaktivieren, nicht stehen lassen")
          :format(presence.handle, presence.platform, since),
        en = ("Abandoned presence %s on %s%s: run it again or deactivate it, do not leave it standing")
          :format(presence.handle, presence.platform, since_en),
      } }
    end
  end,
}

plugin:check {
  id = "AUD-02", subject = "presence", severity = "warning",
  source = "https://www.facebook.com/help/262981810477512", source_title = "Facebook Help Center: Pages policy questions",
  quote = "Only authorized representatives can manage a Page for a brand, place, organization or public figure.",
  secondary = { AUDIT },
  summary = { de = "Automatisch angelegte Seite: übernehmen (beanspruchen) oder entfernen lassen",
              en = "Auto-created page: claim it or have it removed" },
  run = function(presence, report)
    if presence.status == "auto_created" then
      report:fail { field = "status", message = {
        de = ("Die Seite %s auf %s hat die Plattform angelegt, nicht die Organisation: beanspruchen oder entfernen lassen")
          :format(presence.handle, presence.platform),
        en = ("The page %s on %s was created by the platform, not by the organisation: claim it or have it removed")
          :format(presence.handle, presence.platform),
      } }
    end
  end,
}

plugin:check {
  id = "AUD-03", subject = "presence", severity = "info",
  quote = CARETAKERS, secondary = { PAGES_COPY, AUDIT },
  summary = { de = ("Aktiver Auftritt ohne Beitrag seit mehr als %d Tagen"):format(SILENT_DAYS),
              en = ("Active presence without a post for more than %d days"):format(SILENT_DAYS) },
  run = function(presence, report)
    local days = presence.days_since_last_post
    if presence.status == "active" and days and days > SILENT_DAYS then
      report:fail { field = "last_post", message = {
        de = ("%s auf %s gilt als aktiv, der letzte Beitrag ist aber %d Tage alt (Stand %s; smkit-Schwelle %d Tage)")
          :format(presence.handle, presence.platform, days, presence.as_of, SILENT_DAYS),
        en = ("%s on %s counts as active, but its last post is %d days old (as of %s; smkit threshold %d days)")
          :format(presence.handle, presence.platform, days, presence.as_of, SILENT_DAYS),
      } }
    end
  end,
}

plugin:check {
  id = "AUD-04", subject = "strategy", severity = "warning",
  source = "https://www.springerprofessional.de/der-social-media-zyklus/16354312",
  source_title = "Alexander Decker: Der Social-Media-Zyklus (Springer, 2019), the published method",
  quote = "Er bietet Entscheidern und Social-Media-Managern eine konkrete Schritt-für-Schritt-Hilfestellung",
  secondary = { RESOURCES },
  summary = { de = "Mehr aktive Auftritte, als die Stunden tragen: wenige Kanäle gut betreuen",
              en = "More active presences than the hours carry: run a few channels well" },
  run = function(strategy, report)
    local a = strategy.analysis
    local active = #a.active_presences
    if active > a.channel_capacity then
      report:fail { field = "organization.presences", message = {
        de = ("%d aktive Auftritte, aber %s Std./Woche für Kanäle tragen nur %d; weniger Kanäle bespielen oder Ressourcen aufstocken")
          :format(active, de_number(a.hours_for_channels), a.channel_capacity),
        en = ("%d active presences, but %s h/week for channels carry only %d; run fewer channels or add resources")
          :format(active, en_number(a.hours_for_channels), a.channel_capacity),
      } }
    end
  end,
}

-- The presences on a platform that nobody runs: abandoned or created by the platform.
local function unattended(strategy)
  local result, active = {}, {}
  for _, p in ipairs(strategy.organization.presences) do
    if p.status == "active" then active[p.platform] = true end
  end
  for _, p in ipairs(strategy.organization.presences) do
    if (p.status == "abandoned" or p.status == "auto_created") and not active[p.platform] then
      result[p.platform] = p
    end
  end
  return result
end

-- Whether a draft names the presence's handle in its summary, a channel's purpose, an
-- assumption or a risk: then it says what becomes of the old presence.
local function names(draft, handle)
  local texts = { draft.summary }
  for _, c in ipairs(draft.components.channels) do texts[#texts + 1] = c.purpose end
  for _, a in ipairs(draft.assumptions) do texts[#texts + 1] = a.text end
  for _, r in ipairs(draft.risks) do texts[#texts + 1] = r.text end
  for i = 1, #texts do
    local t = texts[i]
    if t and (smkit.text.contains(t.de, handle) or smkit.text.contains(t.en, handle)) then return true end
  end
  return false
end

plugin:check {
  id = "AUD-05", subject = "strategy", severity = "info",
  quote = CARETAKERS, secondary = { PAGES_COPY, AUDIT },
  summary = { de = "Ein Entwurf plant einen Kanal mit einem nicht betreuten Auftritt und sagt nicht, was aus ihm wird",
              en = "A draft plans a channel with an unattended presence and does not say what becomes of it" },
  run = function(strategy, report)
    local old = unattended(strategy)
    for i, draft in ipairs(strategy.drafts) do
      for _, channel in ipairs(draft.components.channels) do
        local p = old[channel.platform]
        if p and not names(draft, p.handle) then
          report:fail { field = ("drafts.%d.components.channels"):format(i), message = {
            de = ("Entwurf '%s' plant %s, dort liegt der nicht betreute Auftritt %s (%s): im Entwurf festlegen, ob er übernommen oder deaktiviert wird")
              :format(draft.id, channel.platform, p.handle, p.status),
            en = ("Draft '%s' plans %s, where the unattended presence %s (%s) exists: state in the draft whether it is taken over or deactivated")
              :format(draft.id, channel.platform, p.handle, p.status),
          } }
        end
      end
    end
  end,
}

plugin:check {
  id = "AUD-06", subject = "presence", severity = "info",
  quote = CARETAKERS, secondary = { PAGES_COPY, ACCESS },
  summary = { de = "Zugriffe prüfen: wer hat noch Login- und Admin-Rechte (auch frühere Mitarbeitende)?",
              en = "Audit access: who still has login and admin rights (former staff too)?" },
  run = function(presence, report)
    if presence.status == "abandoned" then report:fail { field = "handle" } end
  end,
}

return plugin
