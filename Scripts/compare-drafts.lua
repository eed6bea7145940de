-- Compares the workspace's strategy drafts with the default weights and with
-- your own, and says whether the decision changes.
--
--   smkit run Scripts/compare-drafts.lua Examples/kessler-industrietechnik risk=0.5
local smkit = require "smkit"

local dir = arg[1] or error("usage: compare-drafts.lua WORKSPACE [criterion=weight ...]")
local ws = smkit.load_workspace(dir)

local weights = { company_benefit = 0.35, resource_fit = 0.25, risk = 0.2, competitive_quality = 0.2 }
for i = 2, #arg do
  local key, value = arg[i]:match("^([%w_]+)=(%d*%.?%d+)$")
  if not key or weights[key] == nil then error("unknown weight '" .. arg[i] .. "'") end
  weights[key] = tonumber(value)
end

local function show(label, matrix)
  print(label)
  for _, row in ipairs(matrix.rows) do
    local cells = {}
    for _, cell in ipairs(row.cells) do cells[#cells + 1] = ("%s %.2f"):format(cell.draft_id, cell.value) end
    print(("  %-20s w=%.2f  %s"):format(row.criterion, row.weight, table.concat(cells, "  ")))
  end
  for _, entry in ipairs(matrix.ranking) do
    print(("  #%d %-12s %.3f  %s"):format(entry.rank, entry.draft_id, entry.total, smkit.text(entry.name)))
  end
  return matrix.ranking[1].draft_id
end

local before = show("default weights", ws:compare_drafts())
local after = show("your weights", ws:compare_drafts(weights))
print(before == after and "The decision holds." or ("The decision changes: " .. before .. " -> " .. after))
