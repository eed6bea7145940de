-- An example draft scorer, to copy: four criteria in the spirit of the potential-based
-- strategy model, each 0..1, combined with fixed weights; every term says which numbers it
-- came from. It is NOT smkit's pbsm evaluation: that one is built in (DraftEvaluator, scorer
-- id "pbsm", docs/workspace.md). Pick this one with `smkit report --scorer pbsm-lua-example`.
local smkit = require "smkit"

local plugin = smkit.plugin { id = "pbsm-scorer", api = 1 }

local LEVEL = { none = 0, low = 0.25, medium = 0.5, high = 0.75, core = 1 }
local DURABILITY = { temporary = 0.15, lasting = 0.35, structural = 0.6 }

-- The mean of the three strongest benefit levels: a draft is judged by what it is for.
local function benefit(draft)
  local values = {}
  for _, b in ipairs(draft.benefits) do values[#values + 1] = LEVEL[b.level] or 0 end
  table.sort(values, function(a, b) return a > b end)
  local sum, n = 0, math.min(3, #values)
  for i = 1, n do sum = sum + values[i] end
  return n > 0 and sum / n or 0, n
end

-- The mean certainty of assumptions and prerequisites (1 when there are none).
local function certainty(draft)
  local sum, n = 0, 0
  for _, a in ipairs(draft.assumptions) do
    sum, n = sum + a.certainty, n + 1
  end
  return n > 0 and sum / n or 1, n
end

-- Available hours over needed hours, capped at 1.
local function resources(draft, context)
  local needed = 0
  for _, h in ipairs(draft.resources.hours) do needed = needed + h.hours_per_week end
  if needed <= 0 then return 1, needed end
  return math.min(1, (context.available_hours_per_week or 0) / needed), needed
end

-- Durable advantages count more; three structural advantages reach 1.
local function advantages(draft)
  local sum = 0
  for _, a in ipairs(draft.advantages) do sum = sum + (DURABILITY[a.durability] or 0) end
  return math.min(1, sum / 1.8), #draft.advantages
end

plugin:scorer {
  id = "pbsm-lua-example", subject = "draft",
  summary = { de = "Beispiel in Lua: Nutzen 35 %, Annahmen 20 %, Ressourcen 25 %, Wettbewerbsqualität 20 %",
              en = "Lua example: benefit 35%, assumptions 20%, resources 25%, competitive quality 20%" },
  score = function(draft, context)
    local b, nb = benefit(draft)
    local c, nc = certainty(draft)
    local r, needed = resources(draft, context)
    local a, na = advantages(draft)
    local terms = {
      { label = { de = "Unternehmensnutzen", en = "Company benefit" }, value = b, weight = 0.35,
        reason = { de = ("Mittel der %d stärksten Nutzenstufen"):format(nb), en = ("Mean of the %d strongest benefit levels"):format(nb) } },
      { label = { de = "Sicherheit der Annahmen", en = "Certainty of assumptions" }, value = c, weight = 0.2,
        reason = { de = ("Mittlere Sicherheit von %d Annahmen"):format(nc), en = ("Mean certainty of %d assumptions"):format(nc) } },
      { label = { de = "Ressourcen", en = "Resources" }, value = r, weight = 0.25,
        reason = { de = ("%.1f verfügbare von %.1f benötigten Stunden/Woche"):format(context.available_hours_per_week or 0, needed),
                   en = ("%.1f available of %.1f needed hours/week"):format(context.available_hours_per_week or 0, needed) } },
      { label = { de = "Wettbewerbsqualität", en = "Competitive quality" }, value = a, weight = 0.2,
        reason = { de = ("%d Wettbewerbsvorteile nach Dauerhaftigkeit"):format(na), en = ("%d advantages by durability"):format(na) } },
    }
    local total, weights = 0, 0
    for _, t in ipairs(terms) do total, weights = total + t.value * t.weight, weights + t.weight end
    return { value = total / weights, terms = terms }
  end,
}

return plugin
