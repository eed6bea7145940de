-- KPI progress check for CI or a cron job: prints each goal's progress and
-- exits with status 1 when a goal is behind or missed.
--
--   smkit run Scripts/kpi-check.lua Examples/baeckerei-sonnenschein
local smkit = require "smkit"

local dir = arg[1] or error("usage: kpi-check.lua WORKSPACE")
local ws = smkit.load_workspace(dir)
smkit.set_language(os.getenv("SMKIT_LANG") == "en" and "en" or "de")

local off_track = 0
for _, p in ipairs(ws:progress()) do
  local mark = ({ achieved = "ok", on_track = "ok", behind = "!!", missed = "!!", no_data = "??" })[p.status] or "??"
  print(("[%s] %-26s %-9s %s"):format(mark, p.goal_id, p.status, smkit.text(p.reason)))
  if p.status == "behind" or p.status == "missed" then off_track = off_track + 1 end
end
for _, a in ipairs(ws:assumptions()) do
  if a.status == "flagged" then print(("[!!] assumption %s: %s"):format(a.assumption_id or "?", smkit.text(a.reason))) end
end
if off_track > 0 then
  print(off_track .. " goal(s) off track")
  os.exit(1)
end
