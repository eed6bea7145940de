local t = {}
for i = 1, 100 do t[i] = {i, tostring(i), i / 7} end
table.sort(t, function(a, b) return a[3] > b[3] end)
local ok = pcall(function() while true do end end)
return #t, ok, collectgarbage('count') > 0, os.time{year = 2025, month = 12, day = 24, hour = 12}
