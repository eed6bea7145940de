local mt = {__index = function(t, k) return k .. '!' end, __len = function() return 3 end,
  __eq = function() return true end, __lt = function() return false end, __concat = function(a, b) return 'c' end,
  __close = function() end, __name = 'Demo'}
local a = setmetatable({}, mt)
local co = coroutine.wrap(function(...) local x = coroutine.yield(...) return x * 2 end)
co(1, 2)
local ok, err = pcall(error, setmetatable({}, {__tostring = function() return 'boom' end}))
do local c <close> = setmetatable({}, mt) end
return a.x, #a, a == setmetatable({}, mt), co(21), ok, tostring(err), math.maxinteger // -1, 7 // 0.0, -7 % 0.0
