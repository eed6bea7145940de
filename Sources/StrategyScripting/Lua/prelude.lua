-- The Lua side of the plugin API (see PluginAPI.install), run once per state as the text
-- chunk "=prelude.lua" in its own sandbox environment. It adds the public functions to the
-- module table it is given and returns the host's private controls (registration, running
-- checks), which stay out of reach of plugin code.
local api_level, read_source, module, limits = ...
local type, ipairs, next, error, pcall, tostring, select = type, ipairs, next, error, pcall, tostring, select
local setmetatable, load, math_type = setmetatable, load, math.type
local s_lower, s_gsub, s_find, s_sub, s_format, s_gmatch = string.lower, string.gsub, string.find,
  string.sub, string.format, string.gmatch
local utf8_len, t_concat = utf8.len, table.concat

local SUBJECTS = { contest = true, post = true, presence = true, strategy = true }
local SEVERITIES = { error = true, warning = true, info = true }
local CONSEQUENCES = { platform = true, legal = true, best_practice = true }
local SCORER_SUBJECTS = { platform = true, draft = true }

local function fail(level, fmt, ...) error(s_format(fmt, ...), level + 1) end

-- Findings one plugin may report on one subject; the rest are counted, not kept.
local FINDINGS_LIMIT = limits.findings
-- Charges what follows to a plugin's account (memory, instructions, time); host only.
local set_owner = limits.set_owner
local owner_of = {}      -- plugin id -> its account number
-- Bytes one plugin may print into its log in this state; then one line says it was cut.
local LOG_LIMIT = limits.log_bytes

---------------------------------------------------------------- read-only subjects
-- Subjects are shared by every check of every plugin, so no check may change
-- what the next one sees: each table becomes a proxy over its data.
-- Proxy -> data. A plain table renewed for every subject: a weak table would do too, but
-- the collector's ephemeron passes over thousands of proxies cost more than the checks.
local views = {}
local list_methods = {}
function list_methods.has(self, value)
  local data = views[self] or self
  for i = 1, #data do if data[i] == value then return true end end
  return false
end
local view_meta = { __index = list_methods }
local function proxy_newindex(_, key)
  error(s_format("attempt to modify field '%s' of a read-only value", tostring(key)), 2)
end
local function proxy_len(p) return #views[p] end
-- The iterator gets the proxy, never its data: `pairs` must not hand out a writable table.
local function view_next(p, k) return next(views[p], k) end
local function proxy_pairs(p) return view_next, p, nil end

local function wrap(data)
  for k, v in next, data do
    if type(v) == "table" then data[k] = wrap(v) end
  end
  setmetatable(data, view_meta)
  local proxy = setmetatable({}, { __index = data, __newindex = proxy_newindex, __len = proxy_len,
    __pairs = proxy_pairs, __metatable = false })
  views[proxy] = data
  return proxy
end

---------------------------------------------------------------- text helpers
local text = {}
local fold = {
  ["\195\132"] = "ae", ["\195\164"] = "ae", ["\195\150"] = "oe", ["\195\182"] = "oe",
  ["\195\156"] = "ue", ["\195\188"] = "ue", ["\195\159"] = "ss",
  ["\195\137"] = "e", ["\195\169"] = "e", ["\195\136"] = "e", ["\195\168"] = "e",
  ["\195\128"] = "a", ["\195\160"] = "a", ["\195\129"] = "a", ["\195\161"] = "a",
}
-- Normalised texts of the subject being checked; a new table per subject.
local cache = {}

local function normalize(s)
  local r = cache[s]
  if r then return r end
  r = s_lower(s)
  r = s_gsub(r, "\225\186\158", "ss")           -- capital sharp s
  r = s_gsub(r, "\195[\128-\191]", fold)
  r = s_gsub(r, "%s+", " ")
  cache[s] = r
  return r
end

local function need_string(value, fn, index)
  if type(value) ~= "string" then
    fail(3, "bad argument #%d to '%s' (string expected, got %s)", index, fn, type(value))
  end
end

--- Lower case, umlauts folded (ä -> ae, ß -> ss), runs of white space as one space.
function text.normalize(s)
  need_string(s, "smkit.text.normalize", 1)
  return normalize(s)
end

-- A plain phrase at the start of a word; the word may go on (teile -> teilen).
local function find_phrase(haystack, phrase)
  local init = 1
  while true do
    local i, j = s_find(haystack, phrase, init, true)
    if not i then return nil end
    if i == 1 or not s_find(s_sub(haystack, i - 1, i - 1), "^[%w_]") then return i, j end
    init = i + 1
  end
end

--- The first of `phrases` found in `s` (case-insensitive, umlaut-tolerant, at a word start), or nil.
function text.find_any(s, phrases)
  if s == nil then return nil end
  need_string(s, "smkit.text.find_any", 1)
  if type(phrases) ~= "table" then fail(2, "bad argument #2 to 'smkit.text.find_any' (table expected, got %s)", type(phrases)) end
  local haystack = normalize(s)
  for _, phrase in ipairs(phrases) do
    need_string(phrase, "smkit.text.find_any", 2)
    if find_phrase(haystack, normalize(phrase)) then return phrase end
  end
  return nil
end

--- Whether `s` contains `phrase` (as find_any with one phrase).
function text.contains(s, phrase)
  if s == nil then return false end
  need_string(s, "smkit.text.contains", 1)
  need_string(phrase, "smkit.text.contains", 2)
  return find_phrase(normalize(s), normalize(phrase)) ~= nil
end

--- The first match of any Lua pattern in the normalised `s`, and the pattern; nil when none matches.
function text.match_any(s, patterns)
  if s == nil then return nil end
  need_string(s, "smkit.text.match_any", 1)
  if type(patterns) ~= "table" then fail(2, "bad argument #2 to 'smkit.text.match_any' (table expected, got %s)", type(patterns)) end
  local haystack = normalize(s)
  for _, pattern in ipairs(patterns) do
    need_string(pattern, "smkit.text.match_any", 2)
    local i, j = s_find(haystack, pattern)
    if i then return s_sub(haystack, i, j), pattern end
  end
  return nil
end

--- The number of characters (UTF-8 code points; bytes when the text is not UTF-8).
function text.length(s)
  need_string(s, "smkit.text.length", 1)
  return utf8_len(s) or #s
end

local function tokens(s, marker)
  local found = {}
  for word in s_gmatch(" " .. s, "[^%w_/]" .. marker .. "([%w_\128-\255]+)") do
    found[#found + 1] = word
  end
  return found
end

--- The hashtags in `s`, without '#'.
function text.hashtags(s)
  need_string(s, "smkit.text.hashtags", 1)
  return tokens(s, "#")
end

--- The @mentions in `s`, without '@'.
function text.mentions(s)
  need_string(s, "smkit.text.mentions", 1)
  return tokens(s, "@")
end

---------------------------------------------------------------- plugin logs
-- `print` in a plugin writes to that plugin's log, never to smkit's output (which may be
-- JSON, or a terminal). The host drains the log with controls.take_log.
local log_state = {}            -- plugin id -> bytes logged so far, or true once cut
local log_lines, log_n = {}, 0  -- pending for the host: id, line, id, line, ...
local active                    -- the plugin whose code runs now, for a bare `print`

local function add_line(id, line)
  log_lines[log_n + 1] = id
  log_lines[log_n + 2] = line
  log_n = log_n + 2
end

local function log(id, ...)
  local used = log_state[id] or 0
  if used == true then return end
  local n = select("#", ...)
  local parts = { ... }
  for i = 1, n do parts[i] = tostring(parts[i]) end
  local line = t_concat(parts, "\t", 1, n)
  local room = LOG_LIMIT - used
  if #line + 1 <= room then
    log_state[id] = used + #line + 1
    add_line(id, line)
    return
  end
  if room > 1 then add_line(id, s_sub(line, 1, room - 1)) end
  add_line(id, s_format("(log truncated: more than %d bytes)", LOG_LIMIT))
  log_state[id] = true
end

---------------------------------------------------------------- registration
local current            -- the plugin being registered, nil outside registration
local checks = {}        -- every registered check by index
local by_subject = { contest = {}, post = {}, presence = {}, strategy = {} }
local scorers = {}
local enabled = {}       -- plugin id -> true while it may run

local Plugin = {}
local plugin_meta = { __index = Plugin, __metatable = false }

local function registering(self, method)
  if current == nil or current.plugin ~= self then
    fail(3, "plugin:%s: registration is closed (call it while the plugin file loads)", method)
  end
  return current
end

-- A message as its German and English text (either stands in for the other).
local function localized_pair(value, what, level)
  if type(value) == "string" then return value, value end
  if type(value) ~= "table" then fail(level + 1, "%s must be a table { de = ..., en = ... }, got %s", what, type(value)) end
  local de, en = value.de, value.en
  if de ~= nil and type(de) ~= "string" then fail(level + 1, "%s.de must be a string", what) end
  if en ~= nil and type(en) ~= "string" then fail(level + 1, "%s.en must be a string", what) end
  if de == nil and en == nil then fail(level + 1, "%s needs 'de' or 'en'", what) end
  return de or en, en or de
end

local function localized(value, what, level)
  local de, en = localized_pair(value, what, level + 1)
  return { de = de, en = en }
end

local function string_list(value, what, level)
  if value == nil then return nil end
  if type(value) ~= "table" then fail(level + 1, "%s must be a list of strings, got %s", what, type(value)) end
  local list = {}
  for i, v in ipairs(value) do
    if type(v) ~= "string" then fail(level + 1, "%s[%d] must be a string, got %s", what, i, type(v)) end
    list[i] = v
  end
  return list
end

local function known_keys(spec, allowed, what, level)
  for k in next, spec do
    if not allowed[k] then fail(level + 1, "%s: unknown field '%s'", what, tostring(k)) end
  end
end

local CHECK_FIELDS = { id = true, subject = true, severity = true, consequence = true, source = true, read = true,
  quote = true, source_title = true, secondary = true, platforms = true, summary = true, message = true, run = true }

local function http_url(value) return type(value) == "string" and s_find(value, "^https?://%S+$") ~= nil end
local function iso_date(value) return type(value) == "string" and s_find(value, "^%d%d%d%d%-%d%d%-%d%d$") ~= nil end

-- Secondary sources stand beside the primary one: { { url = ..., title = ..., read = ... }, ... }.
local SECONDARY_FIELDS = { url = true, title = true, read = true }
local function secondary_sources(list, id, level)
  if list == nil then return nil end
  if type(list) ~= "table" then fail(level + 1, "plugin:check '%s': 'secondary' must be a list of sources, got %s", id, type(list)) end
  local out = {}
  for i, item in ipairs(list) do
    local what = s_format("plugin:check '%s': secondary[%d]", id, i)
    if type(item) ~= "table" then fail(level + 1, "%s: expected a table { url = ..., title = ..., read = ... }", what) end
    known_keys(item, SECONDARY_FIELDS, what, level + 1)
    if not http_url(item.url) then fail(level + 1, "%s: 'url' must be an http(s) URL, got %s", what, tostring(item.url)) end
    if item.title ~= nil and type(item.title) ~= "string" then fail(level + 1, "%s: 'title' must be a string", what) end
    if item.read ~= nil and not iso_date(item.read) then fail(level + 1, "%s: 'read' must be a date (YYYY-MM-DD)", what) end
    out[i] = { url = item.url, title = item.title, read = item.read }
  end
  return out
end

--- Registers a check: a rule with its source that runs on one kind of subject.
function Plugin.check(self, spec)
  local reg = registering(self, "check")
  if type(spec) ~= "table" then fail(2, "plugin:check: expected a table, got %s", type(spec)) end
  known_keys(spec, CHECK_FIELDS, "plugin:check", 2)
  local id = spec.id
  if type(id) ~= "string" or not s_find(id, "^[%w][%w_.%-]*$") then
    fail(2, "plugin:check: 'id' must be a string of letters, digits, '-', '_' or '.', got %s", tostring(id))
  end
  if reg.ids[id] then fail(2, "plugin:check: check id '%s' is registered twice", id) end
  if not SUBJECTS[spec.subject] then
    fail(2, "plugin:check '%s': 'subject' must be contest, post, presence or strategy, got %s", id, tostring(spec.subject))
  end
  if not SEVERITIES[spec.severity] then
    fail(2, "plugin:check '%s': 'severity' must be error, warning or info, got %s", id, tostring(spec.severity))
  end
  if not CONSEQUENCES[spec.consequence] then
    fail(2, "plugin:check '%s': 'consequence' must be platform, legal or best_practice, got %s", id, tostring(spec.consequence))
  end
  if not http_url(spec.source) then
    fail(2, "plugin:check '%s': 'source' must be the http(s) URL of the rule text, got %s", id, tostring(spec.source))
  end
  if not iso_date(spec.read) then
    fail(2, "plugin:check '%s': 'read' must be the date the rule text was read (YYYY-MM-DD), got %s", id, tostring(spec.read))
  end
  if spec.quote ~= nil and (type(spec.quote) ~= "string" or #spec.quote == 0 or #spec.quote > 600) then
    fail(2, "plugin:check '%s': 'quote' must be the words of the source the rule rests on (1 to 600 bytes)", id)
  end
  if spec.source_title ~= nil and type(spec.source_title) ~= "string" then
    fail(2, "plugin:check '%s': 'source_title' must be a string", id)
  end
  local secondary = secondary_sources(spec.secondary, id, 2)
  if type(spec.run) ~= "function" then fail(2, "plugin:check '%s': 'run' must be a function", id) end
  local platforms = string_list(spec.platforms, "plugin:check '" .. id .. "': 'platforms'", 2)
  local set
  if platforms then
    set = {}
    for _, p in ipairs(platforms) do set[p] = true end
  end
  local summary = localized(spec.summary, "plugin:check '" .. id .. "': 'summary'", 2)
  local message = spec.message ~= nil and localized(spec.message, "plugin:check '" .. id .. "': 'message'", 2) or summary
  reg.ids[id] = true
  reg.checks[#reg.checks + 1] = {
    id = id, plugin = reg.id, subject = spec.subject, severity = spec.severity, consequence = spec.consequence,
    source = spec.source, read = spec.read, quote = spec.quote, source_title = spec.source_title,
    secondary = secondary, platforms = platforms, platform_set = set, summary = summary,
    message = message, run = spec.run,
  }
end

local SCORER_FIELDS = { id = true, subject = true, summary = true, score = true }

--- Registers a scorer: custom scoring of platforms or strategy drafts that users pick by id.
function Plugin.scorer(self, spec)
  local reg = registering(self, "scorer")
  if type(spec) ~= "table" then fail(2, "plugin:scorer: expected a table, got %s", type(spec)) end
  known_keys(spec, SCORER_FIELDS, "plugin:scorer", 2)
  local id = spec.id
  if type(id) ~= "string" or not s_find(id, "^[%w][%w_.%-]*$") then
    fail(2, "plugin:scorer: 'id' must be a string of letters, digits, '-', '_' or '.', got %s", tostring(id))
  end
  if reg.ids["scorer:" .. id] then fail(2, "plugin:scorer: scorer id '%s' is registered twice", id) end
  if not SCORER_SUBJECTS[spec.subject] then
    fail(2, "plugin:scorer '%s': 'subject' must be platform or draft, got %s", id, tostring(spec.subject))
  end
  if type(spec.score) ~= "function" then fail(2, "plugin:scorer '%s': 'score' must be a function", id) end
  reg.ids["scorer:" .. id] = true
  reg.scorers[#reg.scorers + 1] = { id = id, plugin = reg.id, subject = spec.subject,
    summary = localized(spec.summary, "plugin:scorer '" .. id .. "': 'summary'", 2), score = spec.score }
end

--- Defines a platform (its data) or, with `extends`, adds to one.
function Plugin.platform(self, spec)
  local reg = registering(self, "platform")
  if type(spec) ~= "table" then fail(2, "plugin:platform: expected a table, got %s", type(spec)) end
  local id = spec.id or spec.extends
  if type(id) ~= "string" then fail(2, "plugin:platform: 'id' (to define) or 'extends' (to add to) must be a string") end
  local copy = {}
  for k, v in next, spec do
    if type(v) == "function" then fail(2, "plugin:platform '%s': field '%s' must be data, not a function", id, tostring(k)) end
    copy[k] = v
  end
  reg.platforms[#reg.platforms + 1] = copy
end

--- Declares the plugin; call once, with the id from plugin.yaml and the API level it was written for.
function module.plugin(spec)
  if current == nil then fail(2, "smkit.plugin: plugins can only be declared while smkit loads them") end
  if type(spec) ~= "table" then fail(2, "smkit.plugin: expected a table { id = ..., api = ... }, got %s", type(spec)) end
  if spec.id ~= current.id then
    fail(2, "smkit.plugin: id '%s' does not match the id '%s' in plugin.yaml", tostring(spec.id), current.id)
  end
  if math_type(spec.api) ~= "integer" then
    fail(2, "smkit.plugin: 'api' must be an integer (the smkit.api_level the plugin was written for)")
  end
  if spec.api > api_level then
    fail(2, "smkit.plugin: plugin '%s' needs API level %d, this smkit provides %d", current.id, spec.api, api_level)
  end
  if current.plugin then fail(2, "smkit.plugin: plugin '%s' is declared twice", current.id) end
  local plugin = setmetatable({ id = current.id, api = spec.api }, plugin_meta)
  current.plugin = plugin
  return plugin
end

module.api_level = api_level
module.text = text

---------------------------------------------------------------- running checks
-- The report is a proxy too: a raw table's existing fields could be overwritten by any plugin.
local report_methods = {}
local report = setmetatable({}, { __index = report_methods, __newindex = proxy_newindex, __metatable = false })
-- The check running now, as its plan entry (index, plugin, platform it runs for, run function).
local running
-- Findings per plugin on the subject being checked, and the first check of each plugin
-- that went over FINDINGS_LIMIT; both renewed per subject only when used.
local found, over = {}, {}
-- Where findings go: five slots each (check index, field, de, en, platform; false for
-- an absent value), so the host reads one flat array. `out_n` counts the slots used.
-- Only `emit` reads `out`; setting it to nil after a run (which luacheck takes for a
-- useless assignment, 331) keeps a report a plugin kept from writing later.
-- luacheck: ignore 331/out
local out, out_n
-- run_all's output, kept from run to run: the host reads it before the next run, and
-- reusing it spares a table that would grow and rehash with every subject.
local results = {}

local function emit(index, field, de, en, platform)
  local n = out_n
  out[n + 1] = index
  out[n + 2] = field
  out[n + 3] = de
  out[n + 4] = en
  out[n + 5] = platform
  out_n = n + 5
end

--- Reports that the running check's rule is broken.
-- Called for every finding, so the checks of its argument are written out inline.
function report_methods.fail(self, spec)
  local r = running
  if self ~= report then fail(2, "report:fail must be called with ':'") end
  if r == nil then fail(2, "report:fail: no check is running") end
  -- The cap comes first, so a plugin reporting without end costs a count, not memory.
  local plugin = r.plugin
  local count = (found[plugin] or 0) + 1
  found[plugin] = count
  if count > FINDINGS_LIMIT then
    if over[plugin] == nil then over[plugin] = r.index end
    return
  end
  local field, de, en = false, false, false
  if spec ~= nil then
    if type(spec) ~= "table" then fail(2, "report:fail: expected a table { field = ..., message = ... }, got %s", type(spec)) end
    for k in next, spec do
      if k ~= "field" and k ~= "message" then fail(2, "report:fail: unknown field '%s'", tostring(k)) end
    end
    local f, m = spec.field, spec.message
    if f ~= nil then
      if type(f) ~= "string" then fail(2, "report:fail: 'field' must be a string") end
      field = f
    end
    if m ~= nil then de, en = localized_pair(m, "report:fail: 'message'", 2) end
  end
  emit(r.index, field, de, en, r.platform or false)
end

local function first_platform(c, platforms)
  local set = c.platform_set
  if set == nil then return true, nil end
  for i = 1, #platforms do
    if set[platforms[i]] then return true, platforms[i] end
  end
  return false
end

local context_view = {}
local context = wrap(context_view)
local context_data = views[context]

-- Forgets the proxies of the previous subject (a plugin that kept one can still read its
-- fields, but not its length or pairs).
local function reset_views()
  views = { [context] = context_data }
end

local function error_text(err)
  if type(err) == "string" then return err end
  return "(error object is a " .. type(err) .. " value)"
end

-- Starts work on a subject whose views the host built: `subject_views` maps each view
-- (the subject's and the platform list's) to its data.
local function enter(subject_views, platforms, language)
  cache = {}
  if next(found) ~= nil then found, over = {}, {} end
  views = subject_views
  subject_views[context] = context_data
  context_data.platforms = platforms
  context_data.language = language
end

-- The checks (and the platform each runs for) by kind and platform list, so a run does
-- not test every registered check again. Emptied whenever a check comes or goes.
local plans, plan_count = {}, 0

local function plan_for(kind, platforms)
  local key = kind .. "\0" .. t_concat(platforms, "\0")
  local plan = plans[key]
  if plan then return plan end
  plan = {}
  for _, c in ipairs(by_subject[kind]) do
    if enabled[c.plugin] then
      local applies, platform = first_platform(c, platforms)
      if applies then
        plan[#plan + 1] = { index = c.index, plugin = c.plugin, owner = owner_of[c.plugin] or 0,
          platform = platform, run = c.run }
      end
    end
  end
  if plan_count >= 256 then plans, plan_count = {}, 0 end
  plans[key], plan_count = plan, plan_count + 1
  return plan
end

local function forget_plans() plans, plan_count = {}, 0 end

local controls = {}

--- Registration: opens it for one plugin, whose code is charged to account `owner`.
function controls.begin(id, owner)
  owner_of[id] = owner
  current = { id = id, ids = {}, checks = {}, scorers = {}, platforms = {} }
  active = id
end

--- Registration: closes it; returns what the plugin registered (or nil and a message).
function controls.finish(ok)
  local reg = current
  current, active = nil, nil
  if not ok then return nil end
  if reg.plugin == nil then return nil, "the plugin never called smkit.plugin { id = ..., api = ... }" end
  local result = { checks = {}, scorers = {}, platforms = reg.platforms }
  for _, c in ipairs(reg.checks) do
    c.index = #checks + 1
    checks[c.index] = c
    local list = by_subject[c.subject]
    list[#list + 1] = c
    result.checks[#result.checks + 1] = { index = c.index, id = c.id, subject = c.subject, severity = c.severity,
      consequence = c.consequence, source = c.source, read = c.read, quote = c.quote, source_title = c.source_title,
      secondary = c.secondary, platforms = c.platforms, summary = c.summary, message = c.message }
  end
  for _, s in ipairs(reg.scorers) do
    s.index = #scorers + 1
    scorers[s.index] = s
    result.scorers[#result.scorers + 1] = { index = s.index, id = s.id, subject = s.subject, summary = s.summary }
  end
  enabled[reg.id] = true
  forget_plans()
  return result
end

local public_module = module

--- Sets what `require "smkit"` returns: the read-only view plugins see as the global `smkit`.
function controls.publish(view) public_module = view end

--- The plugin-local require: `smkit`, or the plugin's own .lua files by module name.
function controls.make_require(id, env)
  local loaded = {}
  local function require(name)
    if name == "smkit" then return public_module end
    if type(name) ~= "string" or not s_find(name, "^[%a_][%w_]*$") and not s_find(name, "^[%a_][%w_]*%.[%w_.]*[%w_]$") then
      fail(2, "require: module name '%s' is not allowed (letters, digits, '_' and '.')", tostring(name))
    end
    if s_find(name, "%.%.") then fail(2, "require: module name '%s' is not allowed", name) end
    local value = loaded[name]
    if value ~= nil then return value end
    -- The host reads the file (real path inside the plugin folder, regular, bounded)
    -- and returns its text and path, or nil and why not.
    local source, path = read_source(id, name)
    if source == nil then fail(2, "require: module '%s' of plugin '%s': %s", name, id, tostring(path)) end
    local chunk, message = load(source, "@" .. path, "t", env)
    if not chunk then error(message, 2) end
    value = chunk(name)
    if value == nil then value = true end
    loaded[name] = value
    return value
  end
  return require
end

--- The plugin-local print: its arguments, as print joins them, go to the plugin's log.
function controls.make_print(id)
  return function(...) log(id, ...) end
end

--- The print every environment of the host's state falls back to (a plugin that removed
--- its own `print`): it logs for the plugin whose code runs now.
function controls.fallback_print(...)
  log(active or "plugin", ...)
end

--- The log lines printed since the last call: plugin id, line, plugin id, line, ...
function controls.take_log()
  local lines = log_lines
  log_lines, log_n = {}, 0
  return lines
end

-- Adds one notice per plugin that went over FINDINGS_LIMIT on this subject: 0, the index of
-- its first check that went over, and how many findings it reported in all.
local function emit_over()
  for plugin, index in next, over do emit(0, index, found[plugin], false, false) end
end

--- What the host needs to build subject views while pushing them (see LuaViewTemplate):
--- the metatable of the data tables, and the fields of each proxy's metatable, as `wrap` makes them.
function controls.view_template()
  return view_meta, { __newindex = proxy_newindex, __len = proxy_len, __pairs = proxy_pairs, __metatable = false }
end

--- Runs every enabled check for `kind` that applies to the platforms; returns findings and failures.
--- `subject` and `platforms` are views the host built, `subject_views` maps them to their data.
function controls.run_all(kind, subject, platforms, subject_views, language)
  enter(subject_views, platforms, language)
  local plan = plan_for(kind, subject_views[platforms])
  out, out_n = results, 0
  -- Each plugin's checks run as one segment charged to its account, with a budget of
  -- its own: a plugin that fills memory or loops is the one stopped and named.
  local owner = 0
  for i = 1, #plan do
    local entry = plan[i]
    running, active = entry, entry.plugin
    if entry.owner ~= owner then
      owner = entry.owner
      set_owner(owner)
    end
    context_data.platform = entry.platform
    local ok, err = pcall(entry.run, subject, report, context)
    -- A failure takes five slots too: the negated check index, then the message.
    if not ok then emit(-entry.index, error_text(err), false, false, false) end
  end
  if owner ~= 0 then set_owner(0) end
  emit_over()
  running, active, out = nil, nil, nil
  -- Clear what an earlier run left beyond this one's output (from the top, so the
  -- list keeps one border even after a run that a limit cut short).
  for i = #results, out_n + 1, -1 do results[i] = nil end
  return results
end

--- After a run that a limit stopped: the index of the check that was running.
function controls.stopped_check()
  return running and running.index
end

--- The indices of the checks run_all would run, for running them one by one.
function controls.applicable(kind, platforms)
  local result = {}
  for _, c in ipairs(by_subject[kind]) do
    if enabled[c.plugin] and first_platform(c, platforms) then result[#result + 1] = c.index end
  end
  return result
end

-- The subject run_one checks, as prepare received it.
local prepared_subject, prepared_platforms

--- Takes a subject for run_one; the host builds the views as for run_all.
function controls.prepare(subject, platforms, subject_views, language)
  running, active = nil, nil
  enter(subject_views, platforms, language)
  prepared_subject, prepared_platforms = subject, platforms
  return true
end

--- Runs one check on the prepared subject, unprotected: an error or a stop reaches the
--- host with the plugin's own frames in the traceback, so it can name file and line.
function controls.run_one(index)
  local c = checks[index]
  local output = {}
  if c and enabled[c.plugin] and prepared_subject ~= nil then
    local _, platform = first_platform(c, views[prepared_platforms])
    running, active, out, out_n = { index = c.index, plugin = c.plugin, platform = platform }, c.plugin, output, 0
    context_data.platform = platform
    set_owner(owner_of[c.plugin] or 0)
    c.run(prepared_subject, report, context)
    running, active = nil, nil
  end
  return output
end

--- After run_one: the notices of the plugins that went over the findings limit on the
--- prepared subject, in run_all's format.
function controls.over_limit()
  local output = {}
  out, out_n = output, 0
  emit_over()
  out = nil
  return output
end

--- Runs a scorer on an item; returns its raw result.
function controls.score(index, data, ctx)
  local s = scorers[index]
  if not s or not enabled[s.plugin] then return nil, "scorer is disabled" end
  -- A run a limit cut short leaves these set; a report kept by a plugin must not write now.
  running, out, prepared_subject, prepared_platforms = nil, nil, nil, nil
  cache = {}
  reset_views()
  active = s.plugin
  set_owner(owner_of[s.plugin] or 0)
  local result = s.score(wrap(data), wrap(ctx))
  active = nil
  return result
end

--- Stops a plugin for good and drops its functions, so what it holds can be freed.
function controls.disable(id)
  enabled[id] = nil
  forget_plans()
  for _, c in ipairs(checks) do if c.plugin == id then c.run = nil end end
  for _, s in ipairs(scorers) do if s.plugin == id then s.score = nil end end
end

--- Benchmark baseline, step 1: the same subjects as plain tables (lists keep `:has`, no
--- read-only proxies) with the checks that apply to each. See Benchmarks/checks.
function controls.bench_prepare(items)
  local function plain(t)
    for _, v in next, t do if type(v) == "table" then plain(v) end end
    return setmetatable(t, view_meta)
  end
  local prepared = {}
  for i, item in ipairs(items) do
    local list = {}
    for _, c in ipairs(by_subject[item.kind]) do
      if enabled[c.plugin] and first_platform(c, item.platforms) then list[#list + 1] = c end
    end
    prepared[i] = { subject = plain(item.data), checks = list, context = { platforms = plain(item.platforms) } }
  end
  return prepared
end

--- Benchmark baseline, step 2: a plain loop calling the check functions; returns the number of reports.
function controls.bench_run(prepared, rounds)
  local count = 0
  local stub = { fail = function() count = count + 1 end }
  for _ = 1, rounds do
    for i = 1, #prepared do
      local p = prepared[i]
      cache = {}
      local checks_of = p.checks
      for j = 1, #checks_of do checks_of[j].run(p.subject, stub, p.context) end
    end
  end
  return count
end

--- The names of every API function, for comparing with the documented registry.
function controls.api_names()
  local names = {}
  local function walk(t, prefix)
    for k, v in next, t do
      if type(v) == "function" then names[#names + 1] = prefix .. k
      elseif type(v) == "table" then walk(v, prefix .. k .. ".") end
    end
  end
  walk(module, "smkit.")
  for k in next, Plugin do names[#names + 1] = "Plugin:" .. k end
  for k in next, report_methods do names[#names + 1] = "Report:" .. k end
  for k in next, list_methods do names[#names + 1] = "List:" .. k end
  table.sort(names)
  return names
end

return controls
