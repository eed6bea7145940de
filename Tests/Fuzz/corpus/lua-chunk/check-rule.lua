local rules = {}
local function rule(id, severity, fn) rules[#rules + 1] = {id = id, severity = severity, fn = fn} end
rule("contest.prize", "error", function(c) return c.prize ~= nil end)
rule("contest.terms", "warning", function(c) return type(c.terms) == "string" and #c.terms > 0 end)
local findings = {}
for _, r in ipairs(rules) do
  local ok, passed = pcall(r.fn, {prize = "Torte", terms = ""})
  if not ok or not passed then findings[#findings + 1] = r.id .. ":" .. r.severity end
end
return table.concat(findings, ","), #findings
