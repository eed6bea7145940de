-- The Lua side of the plugin API (see PluginAPI.install), run once per state as the text
-- chunk "=prelude.lua" in its own sandbox environment. It adds the public functions to the
-- module table it is given and returns the host's private controls (registration, running
-- checks), which stay out of reach of plugin code.
local api_level, read_source, module, limits, natives = ...
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

---------------------------------------------------------------- text analysis
-- The host's one text analysis (Sources/TextAnalysis): tokens, stems, negation scope and
-- the entry-intent detector. `natives.analyze(s, language)` returns the evidence as a list
-- of tables; `natives.intent_name(name)` the canonical intent id, or nil and a suggestion.
local analyze_native, intent_name, tokens_native = natives.analyze, natives.intent_name, natives.tokens
-- Analyses of the subject being checked, by language and text; a new table per subject.
local analyses = {}

local function canonical_intent(name, fn)
  if type(name) ~= "string" then fail(3, "bad argument #1 to '%s' (intent name expected, got %s)", fn, type(name)) end
  local id, suggestion = intent_name(name)
  if id == nil then
    fail(3, "%s: unknown intent '%s'%s", fn, name, suggestion and (" (did you mean '" .. suggestion .. "'?)") or "")
  end
  return id
end

local function asked(e) return not (e.negated or e.question or e.quoted) end

-- A read-only list: `ipairs`, `#` and `:has` work, writing does not.
local function frozen_list(items)
  setmetatable(items, view_meta)
  local proxy = setmetatable({}, { __index = items, __newindex = proxy_newindex, __len = function() return #items end,
    __pairs = function() return next, items, nil end, __metatable = false })
  return proxy
end

-- The method names of an analysis, for controls.api_names; set by the first analysis.
local analysis_methods

local function new_analysis(s, language)
  local all = analyze_native(s, language)
  local by_intent = {}
  for i = 1, #all do
    local e = all[i]
    local list = by_intent[e.intent]
    if list == nil then list = {}; by_intent[e.intent] = list end
    list[#list + 1] = e
    all[i] = setmetatable({}, { __index = e, __newindex = proxy_newindex, __metatable = false })
    list[#list] = all[i]
  end
  local lists = {}
  local a = { text = s, language = language }
  --- All evidence of `name` (negated, questions and quotes included), in text order.
  function a.intent(_, name)
    local id = canonical_intent(name, "analysis:intent")
    local list = lists[id]
    if list == nil then list = frozen_list(by_intent[id] or {}); lists[id] = list end
    return list
  end
  --- The first evidence that the text asks for `name` (not negated, not a question, not quoted), or nil.
  function a.asks(_, name)
    local list = by_intent[canonical_intent(name, "analysis:asks")]
    if list then
      for i = 1, #list do if asked(list[i]) then return list[i] end end
    end
    return nil
  end
  --- The first evidence in text order that the text asks for any of `names`, or nil.
  function a.asks_any(_, names)
    if type(names) ~= "table" then fail(2, "bad argument #1 to 'analysis:asks_any' (list of intent names expected)") end
    local best
    for i = 1, #names do
      local list = by_intent[canonical_intent(names[i], "analysis:asks_any")]
      if list then
        for j = 1, #list do
          local e = list[j]
          if asked(e) then
            if best == nil or e.offset < best.offset then best = e end
            break
          end
        end
      end
    end
    return best
  end
  --- Whether `name` is mentioned at all (asked, negated, asked about or quoted).
  function a.mentions(_, name)
    return by_intent[canonical_intent(name, "analysis:mentions")] ~= nil
  end
  --- Every piece of evidence, in text order.
  function a.intents()
    local list = lists[true]
    if list == nil then list = frozen_list(all); lists[true] = list end
    return list
  end
  --- The tokens: text, folded, stem, kind, line, column, offset (byte position), last.
  function a.tokens()
    local list = lists[false]
    if list == nil then list = frozen_list(tokens_native(s, language)); lists[false] = list end
    return list
  end
  if analysis_methods == nil then
    analysis_methods = {}
    for k, v in next, a do if type(v) == "function" then analysis_methods[#analysis_methods + 1] = k end end
  end
  return setmetatable({}, { __index = a, __newindex = proxy_newindex, __metatable = false })
end

--- The analysis of `s`: `:asks(intent)`, `:intent(intent)`, `:mentions(intent)`, `:intents()`,
--- `:tokens()`. `language` ("de"/"en") picks one lexicon; nil reads both.
function text.analyze(s, language)
  need_string(s, "smkit.text.analyze", 1)
  if language ~= nil and language ~= "de" and language ~= "en" then
    fail(2, "bad argument #2 to 'smkit.text.analyze' (\"de\", \"en\" or nil expected, got %s)", tostring(language))
  end
  local key = (language or "") .. "\0" .. s
  local a = analyses[key]
  if a == nil then
    a = new_analysis(s, language)
    analyses[key] = a
  end
  return a
end

--- The first of `actions` a contest requires for entry: from its `entry` list (the structured
--- field), else asked for in its text. Returns a table for report:fail — `{ field = "entry" }`
--- or `{ field = "text", at = evidence }` — and the action; nil when none is required.
function module.entry_required(contest, actions)
  if type(contest) ~= "table" or contest.entry == nil then
    fail(2, "bad argument #1 to 'smkit.entry_required' (contest expected, got %s)", type(contest))
  end
  if type(actions) ~= "table" then fail(2, "bad argument #2 to 'smkit.entry_required' (list of actions expected)") end
  local entry = contest.entry
  for i = 1, #actions do
    local action = actions[i]
    for j = 1, #entry do
      if entry[j] == action then return { field = "entry" }, action end
    end
  end
  local analysis = contest.analysis
  if analysis == nil then return nil end
  local evidence = analysis:asks_any(actions)
  if evidence then return { field = "text", at = evidence }, evidence.intent end
  return nil
end

-- `subject.analysis`: the analysis of the subject's text, made on first use.
local function lazy_analysis(s, language)
  local a
  return setmetatable({}, { __index = function(_, k)
    if a == nil then a = text.analyze(s, language) end
    return a[k]
  end, __newindex = proxy_newindex, __metatable = false })
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
  quote = true, source_title = true, secondary = true, platforms = true, summary = true, message = true, run = true,
  when = true }

local function http_url(value) return type(value) == "string" and s_find(value, "^https?://%S+$") ~= nil end
local function iso_date(value) return type(value) == "string" and s_find(value, "^%d%d%d%d%-%d%d%-%d%d$") ~= nil end

-- Secondary sources stand beside the primary one: { { url = ..., title = ..., read = ... }, ... }.
local SECONDARY_FIELDS = { url = true, title = true, read = true }
local function secondary_sources(list, rule, level)
  if list == nil then return nil end
  if type(list) ~= "table" then fail(level + 1, "%s: 'secondary' must be a list of sources, got %s", rule, type(list)) end
  local out = {}
  for i, item in ipairs(list) do
    local what = s_format("%s: secondary[%d]", rule, i)
    if type(item) ~= "table" then fail(level + 1, "%s: expected a table { url = ..., title = ..., read = ... }", what) end
    known_keys(item, SECONDARY_FIELDS, what, level + 1)
    if not http_url(item.url) then fail(level + 1, "%s: 'url' must be an http(s) URL, got %s", what, tostring(item.url)) end
    if item.title ~= nil and type(item.title) ~= "string" then fail(level + 1, "%s: 'title' must be a string", what) end
    if item.read ~= nil and not iso_date(item.read) then fail(level + 1, "%s: 'read' must be a date (YYYY-MM-DD)", what) end
    out[i] = { url = item.url, title = item.title, read = item.read }
  end
  return out
end

-- The defaults a plugin may declare in `smkit.plugin { defaults = { ... } }`: each is used by
-- every rule that does not give the field itself; `false` for `platforms`, `secondary` or
-- `when` removes the default for one rule.
local DEFAULT_FIELDS = { subject = true, severity = true, consequence = true, source = true, source_title = true,
  read = true, secondary = true, platforms = true, when = true }

-- The rule's own value of `key`, else the plugin's default; false (a removed default) is nil.
local function with_default(spec, defaults, key)
  local value = spec[key]
  if value == nil then value = defaults[key] end
  if value == false then return nil end
  return value
end

-- Validates a rule (`spec`, whose keys the caller checked) against the plugin's defaults and
-- adds it to the registration. `what` names the function in every message ("plugin:check").
local function define_check(reg, spec, what, level)
  level = level + 1
  local id = spec.id
  if type(id) ~= "string" or not s_find(id, "^[%w][%w_.%-]*$") then
    fail(level, "%s: 'id' must be a string of letters, digits, '-', '_' or '.', got %s", what, tostring(id))
  end
  if reg.ids[id] then fail(level, "%s: check id '%s' is registered twice", what, id) end
  local defaults = reg.defaults or {}
  local subject = with_default(spec, defaults, "subject")
  local severity = with_default(spec, defaults, "severity")
  local consequence = with_default(spec, defaults, "consequence")
  -- The title and the secondary sources belong to the default source: a rule that names a
  -- source of its own does not inherit them.
  local own_source = spec.source ~= nil and spec.source ~= defaults.source
  local source = with_default(spec, defaults, "source")
  local source_title, secondary_list = spec.source_title, spec.secondary
  if not own_source then
    if source_title == nil then source_title = defaults.source_title end
    if secondary_list == nil then secondary_list = defaults.secondary end
  end
  if secondary_list == false then secondary_list = nil end
  local read = with_default(spec, defaults, "read") or reg.rules_date
  local platforms_list = with_default(spec, defaults, "platforms")
  local when = with_default(spec, defaults, "when")
  if not SUBJECTS[subject] then
    fail(level, "%s '%s': 'subject' must be contest, post, presence or strategy, got %s", what, id, tostring(subject))
  end
  if not SEVERITIES[severity] then
    fail(level, "%s '%s': 'severity' must be error, warning or info, got %s", what, id, tostring(severity))
  end
  if not CONSEQUENCES[consequence] then
    fail(level, "%s '%s': 'consequence' must be platform, legal or best_practice, got %s", what, id, tostring(consequence))
  end
  if not http_url(source) then
    fail(level, "%s '%s': 'source' must be the http(s) URL of the rule text, got %s", what, id, tostring(source))
  end
  if not iso_date(read) then
    fail(level, "%s '%s': 'read' must be the date the rule text was read (YYYY-MM-DD), got %s", what, id, tostring(read))
  end
  if spec.quote ~= nil and (type(spec.quote) ~= "string" or #spec.quote == 0 or #spec.quote > 600) then
    fail(level, "%s '%s': 'quote' must be the words of the source the rule rests on (1 to 600 bytes)", what, id)
  end
  if source_title ~= nil and type(source_title) ~= "string" then
    fail(level, "%s '%s': 'source_title' must be a string", what, id)
  end
  local secondary = secondary_sources(secondary_list, what .. " '" .. id .. "'", level)
  if type(spec.run) ~= "function" then fail(level, "%s '%s': 'run' must be a function", what, id) end
  if when ~= nil and type(when) ~= "function" then
    fail(level, "%s '%s': 'when' must be a function (subject, context) -> boolean, got %s", what, id, type(when))
  end
  local platforms = string_list(platforms_list, what .. " '" .. id .. "': 'platforms'", level)
  local set
  if platforms then
    set = {}
    for _, p in ipairs(platforms) do set[p] = true end
  end
  local summary = localized(spec.summary, what .. " '" .. id .. "': 'summary'", level)
  local message = spec.message ~= nil and localized(spec.message, what .. " '" .. id .. "': 'message'", level) or summary
  local run = spec.run
  if when then
    -- Nmap's portrule: the rule runs only on subjects `when` accepts.
    local body = run
    run = function(s, report, context)
      if when(s, context) then return body(s, report, context) end
    end
  end
  reg.ids[id] = true
  reg.checks[#reg.checks + 1] = {
    id = id, plugin = reg.id, subject = subject, severity = severity, consequence = consequence,
    source = source, read = read, quote = spec.quote, source_title = source_title,
    secondary = secondary, platforms = platforms, platform_set = set, summary = summary,
    message = message, run = run,
  }
end

--- Registers a check: a rule with its source that runs on one kind of subject.
function Plugin.check(self, spec)
  local reg = registering(self, "check")
  if type(spec) ~= "table" then fail(2, "plugin:check: expected a table, got %s", type(spec)) end
  known_keys(spec, CHECK_FIELDS, "plugin:check", 2)
  define_check(reg, spec, "plugin:check", 2)
end

---------------------------------------------------------------- rules in one line
-- Constructors for the common shapes of a rule (after Vale's `existence` rules): each takes
-- the fields of plugin:check without `run`, plus the fields of its shape, and makes the run.

-- The rule's id for messages, before define_check has validated it.
local function rule_name(spec)
  return type(spec.id) == "string" and ("'" .. spec.id .. "'") or "(no id)"
end

-- Checks the spec of constructor `method` with extra fields `own` and returns a copy
-- without them, ready for define_check (which adds `run`).
local function shape_spec(reg, spec, method, own)
  local what = "plugin:" .. method
  if type(spec) ~= "table" then fail(3, "%s: expected a table, got %s", what, type(spec)) end
  local copy = {}
  for k, v in next, spec do
    if k == "run" then
      fail(3, "%s %s: 'run' is made by %s; use plugin:check for a rule with a run function of its own", what,
        rule_name(spec), what)
    elseif not own[k] and not CHECK_FIELDS[k] then
      fail(3, "%s %s: unknown field '%s'", what, rule_name(spec), tostring(k))
    end
    if not own[k] then copy[k] = v end
  end
  return reg, copy, what
end

-- A list of intent ids (a string is a list of one), each known to the text analysis.
local function intent_list(value, what, key, level)
  if type(value) == "string" then value = { value } end
  if type(value) ~= "table" or #value == 0 then
    fail(level + 1, "%s: '%s' must be an intent id or a list of them, got %s", what, key, type(value))
  end
  local list = {}
  for i, name in ipairs(value) do
    if type(name) ~= "string" then fail(level + 1, "%s: %s[%d] must be a string, got %s", what, key, i, type(name)) end
    local canonical, suggestion = intent_name(name)
    if canonical == nil then
      fail(level + 1, "%s: %s[%d]: unknown intent '%s'%s", what, key, i, name,
        suggestion and (" (did you mean '" .. suggestion .. "'?)") or "")
    end
    list[i] = name
  end
  return list
end

-- The subject a constructor's rule looks at: its own, the plugin's default, or `fallback`;
-- it must be one of `allowed`.
local function shape_subject(reg, spec, what, allowed, fallback, level)
  local subject = spec.subject
  if subject == nil then
    subject = reg.defaults and reg.defaults.subject
    if not allowed[subject] then subject = fallback end
  end
  if not allowed[subject] then
    local names = {}
    for k in next, allowed do names[#names + 1] = k end
    table.sort(names)
    fail(level + 1, "%s %s: 'subject' must be %s, got %s", what, rule_name(spec), t_concat(names, " or "), tostring(subject))
  end
  return subject
end

local CONTEST_ONLY = { contest = true }
local WITH_TEXT = { contest = true, post = true }

local TERMS_FIELDS = { include = true }
-- The items `terms.includes` can list (TermsContent), and the nearest one to a misspelt name.
local terms_items, terms_item_suggestion = natives.terms_items or {}, natives.terms_item_suggestion

--- `plugin:requires_terms { id = ..., include = "platform_release" }`: the contest's
--- `terms.includes` must list every item of `include` (a string or a list).
function Plugin.requires_terms(self, spec)
  local reg, copy, what = shape_spec(registering(self, "requires_terms"), spec, "requires_terms", TERMS_FIELDS)
  copy.subject = shape_subject(reg, spec, what, CONTEST_ONLY, "contest", 2)
  local include = spec.include
  if type(include) == "string" then include = { include } end
  if type(include) ~= "table" or #include == 0 then
    fail(2, "%s %s: 'include' must be a terms item or a list of them (see docs/contests.md), got %s", what,
      rule_name(spec), type(spec.include))
  end
  local items = string_list(include, what .. " " .. rule_name(spec) .. ": 'include'", 2)
  for i, item in ipairs(items) do
    if not terms_items[item] then
      local suggestion = terms_item_suggestion(item)
      fail(2, "%s %s: include[%d]: unknown terms item '%s'%s", what, rule_name(spec), i, item,
        suggestion and (" (did you mean '" .. suggestion .. "'?)") or "")
    end
  end
  copy.run = function(contest, report)
    local includes = contest.terms.includes
    for i = 1, #items do
      if not includes:has(items[i]) then return report:fail { field = "terms.includes" } end
    end
  end
  define_check(reg, copy, what, 2)
end

-- Dotted field paths the host knows for each subject with a fixed schema (contest, post).
local subject_fields = natives.subject_fields or {}
local FIELD_FIELDS = { field = true, report_field = true }

--- `plugin:requires_field { id = ..., subject = "contest", field = "organiser.imprint_url" }`:
--- the (dotted) field must be present; the finding points at `report_field`, default `field`.
function Plugin.requires_field(self, spec)
  local reg, copy, what = shape_spec(registering(self, "requires_field"), spec, "requires_field", FIELD_FIELDS)
  copy.subject = shape_subject(reg, spec, what, SUBJECTS, "contest", 2)
  local field, at = spec.field, spec.report_field
  if type(field) ~= "string" or not s_find(field, "^[%a_][%w_]*$") and not s_find(field, "^[%a_][%w_]*%.[%w_.]*[%w_]$")
    or s_find(field, "%.%.") then
    fail(2, "%s %s: 'field' must be a dotted field name such as 'organiser.imprint_url', got %s", what, rule_name(spec),
      tostring(field))
  end
  local known = subject_fields[copy.subject]
  if known and not known[field] then
    fail(2, "%s %s: 'field': a %s has no field '%s' (see `smkit types`)", what, rule_name(spec), copy.subject, field)
  end
  if at ~= nil and type(at) ~= "string" then
    fail(2, "%s %s: 'report_field' must be a string, got %s", what, rule_name(spec), type(at))
  end
  local path = {}
  for part in s_gmatch(field, "[^.]+") do path[#path + 1] = part end
  local finding = { field = at or field }
  copy.run = function(subject, report)
    local value = subject
    for i = 1, #path do
      value = value[path[i]]
      if value == nil then return report:fail(finding) end
    end
  end
  define_check(reg, copy, what, 2)
end

local ENTRY_FIELDS = { actions = true }

--- `plugin:forbids_entry { id = ..., actions = { "share", "tag_friends" } }`: a finding when the
--- contest's `entry` list names one of the actions or its text asks for one (smkit.entry_required).
function Plugin.forbids_entry(self, spec)
  local reg, copy, what = shape_spec(registering(self, "forbids_entry"), spec, "forbids_entry", ENTRY_FIELDS)
  copy.subject = shape_subject(reg, spec, what, CONTEST_ONLY, "contest", 2)
  local actions = intent_list(spec.actions, what .. " " .. rule_name(spec), "actions", 2)
  local entry_required = module.entry_required
  copy.run = function(contest, report)
    local found = entry_required(contest, actions)
    if found then report:fail(found) end
  end
  define_check(reg, copy, what, 2)
end

local INTENT_FIELDS = { intent = true }

--- `plugin:requires_intent { id = ..., intent = "random_draw" }`: a finding on `text` unless the
--- text asks for the intent (or one of a list): not negated, not a question, not quoted.
function Plugin.requires_intent(self, spec)
  local reg, copy, what = shape_spec(registering(self, "requires_intent"), spec, "requires_intent", INTENT_FIELDS)
  copy.subject = shape_subject(reg, spec, what, WITH_TEXT, "contest", 2)
  local intents = intent_list(spec.intent, what .. " " .. rule_name(spec), "intent", 2)
  copy.run = function(subject, report)
    local analysis = subject.analysis
    if analysis == nil or not analysis:asks_any(intents) then report:fail { field = "text" } end
  end
  define_check(reg, copy, what, 2)
end

--- `plugin:forbids_intent { id = ..., intent = { "like", "share" } }`: a finding at the first
--- words of the text that ask for the intent (or one of a list).
function Plugin.forbids_intent(self, spec)
  local reg, copy, what = shape_spec(registering(self, "forbids_intent"), spec, "forbids_intent", INTENT_FIELDS)
  copy.subject = shape_subject(reg, spec, what, WITH_TEXT, "contest", 2)
  local intents = intent_list(spec.intent, what .. " " .. rule_name(spec), "intent", 2)
  copy.run = function(subject, report)
    local analysis = subject.analysis
    local found = analysis and analysis:asks_any(intents)
    if found then report:fail { field = "text", at = found } end
  end
  define_check(reg, copy, what, 2)
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

-- Validates `smkit.plugin { defaults = ... }` (see DEFAULT_FIELDS) and returns a copy.
local function plugin_defaults(d)
  local what = "smkit.plugin: defaults"
  if type(d) ~= "table" then fail(3, "%s must be a table, got %s", what, type(d)) end
  for k in next, d do
    if not DEFAULT_FIELDS[k] then fail(3, "%s: unknown field '%s' (a default can be set for %s)", what, tostring(k),
      "subject, severity, consequence, source, source_title, read, secondary, platforms and when") end
  end
  if d.subject ~= nil and not SUBJECTS[d.subject] then
    fail(3, "%s.subject must be contest, post, presence or strategy, got %s", what, tostring(d.subject))
  end
  if d.severity ~= nil and not SEVERITIES[d.severity] then
    fail(3, "%s.severity must be error, warning or info, got %s", what, tostring(d.severity))
  end
  if d.consequence ~= nil and not CONSEQUENCES[d.consequence] then
    fail(3, "%s.consequence must be platform, legal or best_practice, got %s", what, tostring(d.consequence))
  end
  if d.source ~= nil and not http_url(d.source) then
    fail(3, "%s.source must be the http(s) URL of the rule text, got %s", what, tostring(d.source))
  end
  if d.source_title ~= nil and type(d.source_title) ~= "string" then fail(3, "%s.source_title must be a string", what) end
  if d.read ~= nil and not iso_date(d.read) then
    fail(3, "%s.read must be a date (YYYY-MM-DD), got %s", what, tostring(d.read))
  end
  if d.when ~= nil and type(d.when) ~= "function" then
    fail(3, "%s.when must be a function (subject, context) -> boolean, got %s", what, type(d.when))
  end
  local copy = {}
  for k, v in next, d do copy[k] = v end
  copy.platforms = string_list(d.platforms, what .. ".platforms", 3)
  if d.secondary ~= nil then copy.secondary = secondary_sources(d.secondary, what, 3) end
  return copy
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
  if spec.defaults ~= nil then current.defaults = plugin_defaults(spec.defaults) end
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
-- Where findings go: six slots each (check index, field, de, en, platform, byte position in
-- the field's text; false for an absent value), so the host reads one flat array. `out_n` counts the slots used.
-- Only `emit` reads `out`; setting it to nil after a run (which luacheck takes for a
-- useless assignment, 331) keeps a report a plugin kept from writing later.
-- luacheck: ignore 331/out
local out, out_n
-- run_all's output, kept from run to run: the host reads it before the next run, and
-- reusing it spares a table that would grow and rehash with every subject.
local results = {}

local function emit(index, field, de, en, platform, at)
  local n = out_n
  out[n + 1] = index
  out[n + 2] = field
  out[n + 3] = de
  out[n + 4] = en
  out[n + 5] = platform
  out[n + 6] = at or false
  out_n = n + 6
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
  local field, de, en, at = false, false, false, false
  if spec ~= nil then
    if type(spec) ~= "table" then fail(2, "report:fail: expected a table { field = ..., message = ... }, got %s", type(spec)) end
    for k in next, spec do
      if k ~= "field" and k ~= "message" and k ~= "at" then fail(2, "report:fail: unknown field '%s'", tostring(k)) end
    end
    local f, m, a = spec.field, spec.message, spec.at
    if f ~= nil then
      if type(f) ~= "string" then fail(2, "report:fail: 'field' must be a string") end
      field = f
    end
    if m ~= nil then de, en = localized_pair(m, "report:fail: 'message'", 2) end
    -- `at`: evidence from the text analysis, or a byte position in the field's text.
    if a ~= nil then
      if type(a) == "table" then a = a.offset end
      if math_type(a) ~= "integer" or a < 1 then
        fail(2, "report:fail: 'at' must be evidence of smkit.text.analyze or a byte position (integer >= 1)")
      end
      at = a
      if field == false then field = "text" end
    end
  end
  emit(r.index, field, de, en, r.platform or false, at)
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
local function enter(subject_views, platforms, language, subject)
  cache = {}
  if next(analyses) ~= nil then analyses = {} end
  local data = subject and subject_views[subject]
  if data and type(data.text) == "string" then data.analysis = lazy_analysis(data.text, language) end
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
--- `rules_date` is the manifest's, the read date of every rule that names none.
function controls.begin(id, owner, rules_date)
  owner_of[id] = owner
  current = { id = id, ids = {}, checks = {}, scorers = {}, platforms = {}, rules_date = rules_date }
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
  enter(subject_views, platforms, language, subject)
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
    -- A failure takes six slots too: the negated check index, then the message.
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
  enter(subject_views, platforms, language, subject)
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
  analyses = {}
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
    prepared[i] = { subject = plain(item.data), checks = list, context = { platforms = plain(item.platforms) },
      language = item.data.language }
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
      -- The same text analysis per subject as run_all gives (made on first use, per subject).
      if next(analyses) ~= nil then analyses = {} end
      local subject = p.subject
      if type(subject.text) == "string" then subject.analysis = lazy_analysis(subject.text, p.language) end
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
  if analysis_methods == nil then text.analyze("") end
  for _, k in ipairs(analysis_methods) do names[#names + 1] = "TextAnalysis:" .. k end
  table.sort(names)
  return names
end

return controls
