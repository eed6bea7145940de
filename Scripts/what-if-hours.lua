-- What if the team had other hours? Ranks the platforms with the workspace's
-- hours and with changed ones, and shows how many channels each can carry.
--
--   smkit run Scripts/what-if-hours.lua Examples/baeckerei-sonnenschein social_media_manager=12
local smkit = require "smkit"

local dir = arg[1] or error("usage: what-if-hours.lua WORKSPACE [role=hours ...]")
local ws = smkit.load_workspace(dir)

local changes = {}
for i = 2, #arg do
  local role, hours = arg[i]:match("^([%w_%-]+)=(%d+%.?%d*)$")
  if not role then error("expected role=hours, got '" .. arg[i] .. "'") end
  changes[role] = tonumber(hours)
end

local function summary(label, workspace)
  local ranking = workspace:rank_platforms()
  print(("%s: %.1f h/week, %.1f h for channels -> %d channel(s)"):format(
    label, ranking.hours_available, ranking.hours_for_channels, ranking.channel_capacity))
  for _, entry in ipairs(ranking.entries) do
    print(("  %2d. %-10s score %.2f  effort %4.1f h  %s"):format(entry.rank, entry.platform_id,
      entry.score.value, entry.effort_hours_per_week, entry.within_capacity and "fits" or "-"))
  end
end

summary("now", ws)
if next(changes) then
  summary("what-if", ws:with_hours(changes))
else
  -- Without arguments: double every role's hours.
  local doubled = {}
  for _, h in ipairs(ws.organization.resources.hours) do doubled[h.role] = h.hours_per_week * 2 end
  summary("doubled hours", ws:with_hours(doubled))
end
