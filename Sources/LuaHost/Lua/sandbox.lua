-- The plugin profile's bootstrap (DESIGN.md §2, research/lua-hosts.md §4).
-- LuaSandbox.install runs it once in a fresh state, with the full standard library,
-- as the text chunk "=sandbox.lua". It returns the base table, a function that makes
-- read-only views, and the function that makes a plugin environment; afterwards the
-- real globals are empty, so only the base (through read-only proxies) is left.
local G = _G
local error, next, type, tostring, rawget, rawset = error, next, type, tostring, rawget, rawset
local setmetatable, getmetatable, load, format = setmetatable, getmetatable, load, string.format
local collectgarbage = collectgarbage

-- Proxies handed to plugins; weak keys, so proxies can be collected.
local frozen = setmetatable({}, { __mode = "k" })

local function copy(t, drop)
  local c = {}
  for k, v in next, t do
    if not (drop and drop[k]) then c[k] = v end
  end
  return c
end

-- A read-only view of t; nested tables get views too (memo handles cycles).
local function freeze(t, name, memo)
  if frozen[t] then return t end
  memo = memo or {}
  if memo[t] then return memo[t] end
  local proxy = {}
  memo[t] = proxy
  local view = {}
  for k, v in next, t do
    if type(v) == "table" then v = freeze(v, tostring(name) .. "." .. tostring(k), memo) end
    view[k] = v
  end
  -- A callable table stays callable through its view.
  local original = getmetatable(t)
  local call = type(original) == "table" and rawget(original, "__call") or nil
  setmetatable(proxy, {
    __call = call,
    __index = view,
    __newindex = function(_, k)
      error(format("attempt to modify read-only table '%s' (field '%s')", tostring(name), tostring(k)), 2)
    end,
    __len = function() return #view end,
    __pairs = function()
      local k
      return function()
        local v
        k, v = next(view, k)
        return k, v
      end, proxy, nil
    end,
    __metatable = false,
  })
  frozen[proxy] = true
  return proxy
end

local safe_string = copy(string, { dump = true })

local base = {
  assert = assert, error = error, getmetatable = getmetatable, ipairs = ipairs, next = next,
  pairs = pairs, pcall = pcall, print = print, rawequal = rawequal, rawget = rawget,
  rawlen = rawlen, select = select, tonumber = tonumber, tostring = tostring, type = type,
  xpcall = xpcall, _VERSION = _VERSION,
}

-- A locked metatable (`__metatable = false`) marks a host view, e.g. a subject proxy
-- shared by every check: a raw write would change what the next plugin sees.
function base.rawset(t, k, v)
  if frozen[t] or getmetatable(t) == false then error("rawset: table is read-only", 2) end
  return rawset(t, k, v)
end

-- Lua 5.4 marks an object for finalization only when its metatable has
-- __gc at setmetatable time; finalizers run with hooks off, so refuse them.
function base.setmetatable(t, mt)
  if type(mt) == "table" and rawget(mt, "__gc") ~= nil then
    error("setmetatable: '__gc' metamethods are not allowed in plugins", 2)
  end
  return setmetatable(t, mt)
end

function base.collectgarbage(opt)
  if opt == "count" then return collectgarbage("count") end
  error(format("collectgarbage: option '%s' is not allowed in plugins (only \"count\")", tostring(opt)), 2)
end

base.string = freeze(safe_string, "string")
base.table = freeze(copy(table), "table")
base.math = freeze(copy(math, { randomseed = true }), "math")
base.utf8 = freeze(copy(utf8), "utf8")
base.coroutine = freeze(copy(coroutine), "coroutine")
base.os = freeze({ time = os.time, date = os.date, clock = os.clock, difftime = os.difftime }, "os")

-- The shared string metatable: methods come from the safe copy, and no
-- plugin can reach or change the metatable itself.
local string_mt = getmetatable("")
string_mt.__index = safe_string
string_mt.__metatable = false

local base_view = setmetatable({}, {
  __index = base,
  __newindex = function(_, k) error(format("attempt to modify read-only global '%s'", tostring(k)), 2) end,
  __metatable = false,
})
frozen[base_view] = true

local function new_environment()
  local env = {}
  env._G = env
  -- load: text chunks only, in this environment unless one is given.
  env.load = function(chunk, name, mode, e)
    if mode ~= nil and mode ~= "t" then
      return nil, "load: only text chunks are allowed in plugins"
    end
    if e == nil then e = env end
    return load(chunk, name, "t", e)
  end
  return setmetatable(env, { __index = base_view, __metatable = false })
end

-- Nothing of the full library stays reachable through the real globals.
for k in next, copy(G) do G[k] = nil end

return base, function(t, name) return freeze(t, name) end, new_environment
