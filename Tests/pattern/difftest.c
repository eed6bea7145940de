/*
 * difftest.c - differential test of Sources/CLuaRuntime/clua_pattern.c
 * against the stock Lua 5.4 string library, plus interrupt and speed tests.
 *
 * usage: difftest [random_cases] [--seed N] [--no-bench]
 * Prints the first mismatches and a final line "N passed, M failed";
 * exits non-zero on any failure.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "clua_pattern.h"

/* Lua side of the harness: serialisation, cases, benchmark. */
static const char glue[] =
    "-- difftest glue: runs one operation with the stock library and with ours\n"
    "local S, P = string, P\n"
    "local pack, unpack, select, fmt, concat = table.pack, table.unpack, select, string.format, table.concat\n"
    "local type, tostring, pcall = type, tostring, pcall\n"
    "\n"
    "local function q(v)\n"
    "  local t = type(v)\n"
    "  if t == \"string\" or t == \"number\" or t == \"boolean\" or t == \"nil\" then\n"
    "    return fmt(\"%q\", v)\n"
    "  end\n"
    "  return t\n"
    "end\n"
    "\n"
    "local function ser(r)\n"
    "  local o = {}\n"
    "  for i = 1, r.n do o[i] = q(r[i]) end\n"
    "  return concat(o, \",\")\n"
    "end\n"
    "\n"
    "-- no tail calls: argument errors then name the local 'f' for both libraries\n"
    "local function run(f, ...)\n"
    "  local g = function(...) local t = pack(f(...)); return t end\n"
    "  local r = pack(pcall(g, ...))\n"
    "  if r[1] then return \"ok:\" .. ser(r[2]) end\n"
    "  return \"err:\" .. tostring(r[2])\n"
    "end\n"
    "\n"
    "local function rungm(f, ...)\n"
    "  local g = function(...)\n"
    "    local it = f(...)\n"
    "    local out = {}\n"
    "    for _ = 1, 300 do\n"
    "      local t = pack(it())\n"
    "      if t[1] == nil then out[#out + 1] = \"end\"; break end\n"
    "      out[#out + 1] = ser(t)\n"
    "    end\n"
    "    local extra = pack(it()) -- exhausted iterators stay exhausted\n"
    "    out[#out + 1] = ser(extra)\n"
    "    return concat(out, \";\")\n"
    "  end\n"
    "  local r = pack(pcall(g, ...))\n"
    "  if r[1] then return \"ok:\" .. r[2] end\n"
    "  return \"err:\" .. tostring(r[2])\n"
    "end\n"
    "\n"
    "STATS = { error = 0, nomatch = 0, match = 0 }\n"
    "function compare(op, ...)\n"
    "  local a, b\n"
    "  if op == \"gmatch\" then\n"
    "    a, b = rungm(S.gmatch, ...), rungm(P.gmatch, ...)\n"
    "  else\n"
    "    a, b = run(S[op], ...), run(P[op], ...)\n"
    "  end\n"
    "  local kind = \"match\"\n"
    "  if a:sub(1, 4) == \"err:\" then kind = \"error\"\n"
    "  elseif a == \"ok:nil\" or a == \"ok:end;nil\" or (op == \"gsub\" and a:sub(-2) == \",0\") then kind = \"nomatch\" end\n"
    "  STATS[kind] = STATS[kind] + 1\n"
    "  if a ~= b then return a, b end\n"
    "  return nil\n"
    "end\n"
    "\n"
    "local function fn_all(...)\n"
    "  local n = select(\"#\", ...)\n"
    "  local t = { ... }\n"
    "  for i = 1, n do t[i] = q(t[i]) end\n"
    "  return n .. \"[\" .. concat(t, \",\") .. \"]\"\n"
    "end\n"
    "local function fn_mixed(a)\n"
    "  if a == \"b\" then return false end\n"
    "  if a == \"c\" then return nil end\n"
    "  if a == \"\" then return \"<e>\" end\n"
    "  return 3\n"
    "end\n"
    "local function fn_table(a) if a == \"a\" then return {} end return a end\n"
    "local function fn_bool(a) if a == \"b\" then return true end return \"B\" end\n"
    "\n"
    "REPL = {\n"
    "  \"x\", \"%0\", \"%1\", \"<%1|%2>\", \"%2\", \"%%\", \"%\", \"a%zb\", \"\", \"[%0%0]\", \"%3%1\",\n"
    "  7, 2.5,\n"
    "  { a = \"A\", b = false, ab = 1, [\"(\"] = {}, [1] = \"one\", [2] = 2, [\" \"] = \"_\" },\n"
    "  { c = true },\n"
    "  fn_all, fn_mixed, fn_table, fn_bool, string.upper,\n"
    "  true, -- invalid type (argument error)\n"
    "}\n"
    "-- index 0 means \"no argument\"/nil: handled in C\n"
    "\n"
    "-- hand-written cases: { op, args... , n = count }\n"
    "local H = {}\n"
    "local function add(op, ...) H[#H + 1] = pack(op, ...) end\n"
    "local mi, ma = math.mininteger, math.maxinteger\n"
    "\n"
    "-- basics\n"
    "add(\"find\", \"hello world\", \"o w\")\n"
    "add(\"find\", \"hello\", \"l+\")\n"
    "add(\"find\", \"hello\", \"l\")\n"
    "add(\"find\", \"\", \"\")\n"
    "add(\"find\", \"\", \"a\")\n"
    "add(\"find\", \"abc\", \"\")\n"
    "add(\"match\", \"key = value\", \"(%w+)%s*=%s*(%w+)\")\n"
    "add(\"match\", \"  trim me  \", \"^%s*(.-)%s*$\")\n"
    "add(\"match\", \"2024-01-15\", \"(%d+)-(%d+)-(%d+)\")\n"
    "add(\"match\", \"hello\", \".-\")\n"
    "add(\"match\", \"hello\", \".-$\")\n"
    "add(\"match\", \"hello\", \"l*\")\n"
    "add(\"match\", \"hello\", \"x*\")\n"
    "add(\"match\", \"hello\", \"h?e?x?l+\")\n"
    "add(\"gsub\", \"hello world\", \"o\", \"0\")\n"
    "add(\"gsub\", \"abc\", \"\", \"-\")\n"
    "add(\"gsub\", \"\", \"\", \"-\")\n"
    "add(\"gsub\", \"hello world\", \"(o)\", \"[%1]\")\n"
    "add(\"gsub\", \"abc\", \"%w\", \"%0%0\")\n"
    "add(\"gsub\", \"abc\", \"%w\", \"%%\")\n"
    "add(\"gsub\", \"abc\", \"b*\", \"-\")\n"
    "add(\"gsub\", \"abc\", \"x*\", \"-\")\n"
    "add(\"gsub\", \"hello world\", \"(%w+) (%w+)\", \"%2 %1\")\n"
    "add(\"gsub\", \"hello world\", \"%w+\", \"%0 %0\", 1)\n"
    "add(\"gmatch\", \"one two three\", \"%a+\")\n"
    "add(\"gmatch\", \"k=v, a=b\", \"(%w+)=(%w+)\")\n"
    "add(\"gmatch\", \"abc\", \"\")\n"
    "add(\"gmatch\", \"abc\", \"()\")\n"
    "add(\"gmatch\", \"abc\", \"b*\")\n"
    "add(\"gmatch\", \"abc\", \"a*\")\n"
    "add(\"gmatch\", \"aXbXc\", \"[^X]*\")\n"
    "-- anchors\n"
    "add(\"find\", \"abc\", \"^b\"); add(\"find\", \"abc\", \"^a\"); add(\"find\", \"abc\", \"c$\")\n"
    "add(\"find\", \"a$c\", \"$c\"); add(\"find\", \"abc\", \"^\"); add(\"find\", \"abc\", \"$\")\n"
    "add(\"find\", \"abc\", \"^$\"); add(\"find\", \"\", \"^$\"); add(\"find\", \"a^b\", \"a^b\")\n"
    "add(\"gsub\", \"abc\", \"^a\", \"x\"); add(\"gsub\", \"aaa\", \"^a\", \"x\"); add(\"gsub\", \"aaa\", \"^\", \"x\")\n"
    "add(\"gsub\", \"aaa\", \"$\", \"x\"); add(\"gsub\", \"aaa\", \"^a*\", \"x\")\n"
    "add(\"gmatch\", \"^a^a\", \"^a\"); add(\"match\", \"^a\", \"^^a\")\n"
    "add(\"find\", \"abc\", \"^b\", 2); add(\"match\", \"abc\", \"^c\", -1)\n"
    "-- %b\n"
    "add(\"find\", \"x(a(b)c)y\", \"%b()\"); add(\"find\", \"((a)\", \"%b()\"); add(\"find\", \"(\", \"%b()\")\n"
    "add(\"gsub\", \"f(a(b)) g(c)\", \"%b()\", \"\"); add(\"find\", \"abc\", \"%b\"); add(\"find\", \"abc\", \"%ba\")\n"
    "add(\"find\", \"aXbXa\", \"%baa\"); add(\"match\", \"[[x]]\", \"%b[]\"); add(\"match\", \"a(b\", \"%b()\")\n"
    "add(\"match\", \"if x then y end end\", \"%bie\"); add(\"find\", \"abc\", \"%b()$\")\n"
    "-- %f\n"
    "add(\"gsub\", \"THE (quick) fox\", \"%f[%a]%a+\", \"W\"); add(\"find\", \"abc\", \"%f[%l]\")\n"
    "add(\"find\", \"abc\", \"%f[^%l]\"); add(\"find\", \"abc\", \"%f[%z]\"); add(\"find\", \"abc\", \"%f[]\")\n"
    "add(\"find\", \"abc\", \"%f[^]\"); add(\"find\", \"abc\", \"%f\"); add(\"find\", \"abc\", \"%fa\")\n"
    "add(\"gsub\", \"hello world from lua\", \"%f[%w]%w+\", string.upper)\n"
    "add(\"gsub\", \"THE (quick) fox\", \"%f[%a]\", \"|\"); add(\"gsub\", \"THE (quick) fox\", \"%f[%A]\", \"|\")\n"
    "add(\"find\", \"a\\0b\", \"%f[%z]\"); add(\"find\", \"a\\0b\", \"%f[\\0]\"); add(\"find\", \"ab\", \"%f[\\0]\")\n"
    "add(\"match\", \"ab\", \"b%f[\\0]\"); add(\"match\", \"ab\", \"b%f[^\\0]\")\n"
    "-- sets\n"
    "for _, set in ipairs { \"[]]\", \"[^]]\", \"[a-]\", \"[-a]\", \"[%a-z]\", \"[a-%]]\", \"[%]]\",\n"
    "    \"[^%d%s]\", \"[z-a]\", \"[\\0-\\1]\", \"[]\", \"[^]\", \"[a\", \"[%\", \"[a%\", \"[%a\", \"[a-c-e]\",\n"
    "    \"[]-a]\", \"[%--/]\", \"[^^]\", \"[^-]\", \"[.]\", \"[%.]\", \"[a-c%d]\", \"[^a-c]\", \"[%w_]\",\n"
    "    \"[%]-]\", \"[a%-z]\", \"[-]\", \"[--]\", \"[---]\", \"[a-]]\", \"[\\255]\", \"[\\128-\\255]\" } do\n"
    "  add(\"gsub\", \"a]b-c%d.e^f]z\\0\\1\\255\\128 _9\", set, \"<%0>\")\n"
    "  add(\"find\", \"a]b-c%d.e^f]z\\0\\1\\255\\128 _9\", set .. \"+\")\n"
    "end\n"
    "-- captures\n"
    "add(\"match\", \"hello\", \"(h)(e)(l)(l)(o)\"); add(\"match\", \"hello\", \"()ll()\")\n"
    "add(\"find\", \"hello\", \"(l)(l)\"); add(\"match\", \"hello\", \"(h(e)l)\"); add(\"gsub\", \"hello\", \"()\", \"%1\")\n"
    "add(\"gsub\", \"abc\", \"(b)\", \"%2\"); add(\"match\", \"aa\", \"(a)%1\"); add(\"match\", \"ab\", \"(a)%1\")\n"
    "add(\"match\", \"xx\", \"()x%1\"); add(\"match\", \"a\", \"%0\"); add(\"find\", \"a\", \"(%1)\")\n"
    "add(\"match\", \"abab\", \"((a)(b))%1\"); add(\"match\", \"abab\", \"((a)(b))%2\"); add(\"match\", \"abab\", \"((a)(b))%3\")\n"
    "add(\"match\", \"abab\", \"((a)(b))%4\"); add(\"match\", \"abc\", \"(a\"); add(\"match\", \"abc\", \"a)\")\n"
    "add(\"find\", \"abc\", \"(a\"); add(\"gsub\", \"abc\", \"(a\", \"x\"); add(\"gsub\", \"abc\", \"(a\", \"%1\")\n"
    "add(\"gsub\", \"abc\", \"(a\", {}); add(\"gsub\", \"abc\", \"(a\", fn_all); add(\"gmatch\", \"abc\", \"(a\")\n"
    "add(\"match\", \"abc\", \"((a)\"); add(\"match\", \"abc\", \"(a))\"); add(\"match\", \"abc\", \"()(a\")\n"
    "add(\"gsub\", \"abc\", \"a()\", \"%1\"); add(\"gsub\", \"abc\", \"()a\", { [1] = \"one\" })\n"
    "add(\"gsub\", \"abc\", \"(b)()\", fn_all); add(\"match\", \"a\", \"(()())\"); add(\"find\", \"a\", \"(()())\")\n"
    "add(\"match\", \"aaa\", \"(a*(.)%w(%s*))\"); add(\"match\", \"  x\", \"^(%s*)(%S)\")\n"
    "add(\"match\", \"hello\", \"(l)%1\"); add(\"match\", \"hello\", \"(l)-%1\")\n"
    "add(\"gsub\", \"hello world\", \"(o)(.)\", \"%2%1\")\n"
    "add(\"match\", string.rep(\"x\", 40), string.rep(\"(x)\", 31))\n"
    "add(\"match\", string.rep(\"x\", 40), string.rep(\"(x)\", 32))\n"
    "add(\"match\", string.rep(\"x\", 40), string.rep(\"(x)\", 33))\n"
    "add(\"match\", \"\", string.rep(\"()\", 32)); add(\"match\", \"\", string.rep(\"()\", 33))\n"
    "add(\"find\", \"abc\", string.rep(\"()\", 32) .. \"b\")\n"
    "-- malformed patterns\n"
    "for _, p in ipairs { \"%\", \"[a\", \"[\", \"[^\", \"(\", \")\", \"%g%\", \"a%\", \"a\\0%\", \"%b\", \"%bx\", \"%f\",\n"
    "    \"%f[\", \"%f[a\", \"x%\", \"((\", \"))\", \"%1\", \"%9\", \"(%1)\", \"(%0)\", \"%f%a\", \"a[\", \"a(\" , \"a)\",\n"
    "    \"\\0\", \"\\0*\", \"a\\0b\", \"%\\0\", \"[\\0]\", \"[%\\0]\", \"%b\\0\\1\", \"%bx\\0\", \"%\", \"$$\", \"^$\", \"^^\", \"*\", \"+a\",\n"
    "    \"-\", \"?\", \"a**\", \"a+*\", \".-?\", \"%a-+\" } do\n"
    "  add(\"find\", \"xa\\0b%(])\", p); add(\"match\", \"\", p); add(\"gsub\", \"xa\\0b\", p, \"<%0>\")\n"
    "  add(\"find\", \"\", p); add(\"gmatch\", \"ab\", p)\n"
    "end\n"
    "add(\"find\", \"xyz\", \"a[\"); add(\"find\", \"xyz\", \"[a\") -- lazy error detection\n"
    "add(\"match\", \"xyz\", \"x(%\"); add(\"match\", \"axyz\", \"x%f\")\n"
    "-- nesting limit\n"
    "for _, k in ipairs { 1, 100, 190, 197, 198, 199, 200, 201, 202, 210, 300 } do\n"
    "  add(\"match\", string.rep(\"a\", k), string.rep(\"a?\", k))\n"
    "  add(\"match\", string.rep(\"a\", k), string.rep(\"a*\", k))\n"
    "  add(\"match\", string.rep(\"a\", k) .. \"b\", string.rep(\"a-\", k) .. \"b\")\n"
    "  add(\"find\", string.rep(\"ab\", k), string.rep(\"a+b\", k))\n"
    "  add(\"find\", string.rep(\"a\", k + 1), string.rep(\"a?\", k))\n"
    "  add(\"match\", string.rep(\"b\", 3), string.rep(\"a?\", k))\n"
    "  add(\"match\", string.rep(\"a\", 3), string.rep(\"a?\", k))\n"
    "  add(\"gsub\", string.rep(\"a\", k), string.rep(\"a?\", k), \"x\")\n"
    "  add(\"match\", \"x\", string.rep(\"(\", math.min(k, 31)) .. \"x\" .. string.rep(\")\", math.min(k, 31)))\n"
    "  add(\"find\", string.rep(\"(\", k) .. string.rep(\")\", k), \"%b()\")\n"
    "  add(\"find\", string.rep(\"a\", k), string.rep(\"%f[a]\", k))\n"
    "  add(\"find\", string.rep(\"a\", k), string.rep(\"()\", 1) .. string.rep(\"a?\", k))\n"
    "end\n"
    "-- init arguments\n"
    "for _, i in ipairs { 1, 2, 3, 4, 5, 6, 10, 0, -1, -2, -3, -4, -5, -10, mi, ma, mi + 1, ma - 1, 1.0, \"2\", \"-1\", 2^53 } do\n"
    "  add(\"find\", \"abc\", \"b\", i); add(\"find\", \"abc\", \"\", i); add(\"find\", \"abc\", \"b\", i, true)\n"
    "  add(\"find\", \"abc\", \"\", i, true); add(\"match\", \"abc\", \"()\", i); add(\"match\", \"abc\", \".*\", i)\n"
    "  add(\"gmatch\", \"abc\", \".\", i); add(\"gmatch\", \"abc\", \"\", i); add(\"gmatch\", \"abc\", \"()\", i)\n"
    "  add(\"find\", \"\", \"\", i); add(\"match\", \"\", \"()\", i); add(\"gmatch\", \"\", \"\", i)\n"
    "end\n"
    "add(\"find\", \"abc\", \"b\", 1.5); add(\"find\", \"abc\", \"b\", \"x\"); add(\"find\", \"abc\", \"b\", {})\n"
    "add(\"gmatch\", \"abc\", \"b\", 1.5); add(\"match\", \"abc\", \"b\", \"x\")\n"
    "-- plain\n"
    "add(\"find\", \"a.b\", \".\", 1, true); add(\"find\", \"a+b\", \"+\", 1, true); add(\"find\", \"abc\", \"\", 1, true)\n"
    "add(\"find\", \"abc\", \"%\", 1, true); add(\"find\", \"a.b\", \".\"); add(\"find\", \"abc\", \"b\", nil, true)\n"
    "add(\"find\", \"a%b\", \"%\", 1, 1); add(\"find\", \"a%b\", \"%\", 1, false); add(\"find\", \"a%b\", \"%\", 1, 0)\n"
    "add(\"find\", \"a\\0b\\0c\", \"\\0c\"); add(\"find\", \"a\\0b\\0c\", \"\\0c\", 1, true); add(\"find\", \"aaab\", \"aab\")\n"
    "add(\"find\", \"a]b\", \"]\"); add(\"find\", \"a)b\", \")\"); add(\"find\", \"ab\", \"ab\", 1, true)\n"
    "add(\"find\", \"ab\", \"abc\", 1, true); add(\"find\", \"abab\", \"ab\", 2, true); add(\"find\", \"abab\", \"ab\", -2, true)\n"
    "-- numbers as strings\n"
    "add(\"find\", 12345, 34); add(\"gsub\", 12345, \"3\", 9); add(\"gsub\", \"abc\", \"b\", 2.5)\n"
    "add(\"gsub\", \"abc\", \"b\", 10); add(\"match\", 3.5, \"%d\"); add(\"gmatch\", 123, \"%d\")\n"
    "add(\"gsub\", \"abc\", \"b\", 2^63); add(\"gsub\", \"abc\", \"b\", -0.0)\n"
    "-- gsub counts\n"
    "for _, n in ipairs { 0, 1, 2, 3, 4, -1, mi, ma, 2.0, 2.7, \"1\", \"x\", {} } do\n"
    "  add(\"gsub\", \"aaa\", \"a\", \"b\", n); add(\"gsub\", \"abc\", \"\", \"-\", n); add(\"gsub\", \"aaa\", \"^a\", \"b\", n)\n"
    "end\n"
    "-- replacement kinds\n"
    "add(\"gsub\", \"hello world\", \"%w+\", { hello = \"HI\" }); add(\"gsub\", \"abc\", \"%w\", { a = 1, b = true })\n"
    "add(\"gsub\", \"abc\", \"%w\", function() return nil end); add(\"gsub\", \"abc\", \"(%w)()\", function(c, p) return c .. p end)\n"
    "add(\"gsub\", \"abc\", \"()\", { [1] = \"one\" }); add(\"gsub\", \"abc\", \"%w\", function() return {} end)\n"
    "add(\"gsub\", \"abc\", \"x\", {}); add(\"gsub\", \"abc\", \"%w\", \"%1\"); add(\"gsub\", \"abc\", \"%w\", \"%2\")\n"
    "add(\"gsub\", \"abc\", \"%w\", \"%\"); add(\"gsub\", \"abc\", \"%w\", \"%x\"); add(\"gsub\", \"abc\", \"(%w)\", \"%1%\")\n"
    "add(\"gsub\", \"abc\", \"%w\", \"a\\0%0\\0\"); add(\"gsub\", \"abc\", \"%w\", \"%\\0\")\n"
    "add(\"gsub\", \"abc\", \"%w\", function(x) return x:rep(2) end); add(\"gsub\", \"abc\", \"%w\", coroutine.running())\n"
    "add(\"gsub\", \"abc\", \"%w\"); add(\"gsub\", \"abc\", \"%w\", nil); add(\"gsub\", \"abc\", \"%w\", true)\n"
    "add(\"gsub\", \"abc\", \"%w\", function(x) error(\"boom \" .. x) end)\n"
    "add(\"gsub\", \"abc\", \"(%w)(%w)\", fn_all); add(\"gsub\", \"abc\", \"\", fn_all); add(\"gsub\", \"abc\", \"()\", fn_all)\n"
    "add(\"gsub\", \"abc\", \"%w\", setmetatable({}, { __index = function(_, k) return k .. \"!\" end }))\n"
    "add(\"gsub\", \"abc\", \"%w\", 1.0); add(\"gsub\", \"abc\", \"%w\", -0.0); add(\"gsub\", \"abc\", \"%w\", mi)\n"
    "-- argument errors\n"
    "add(\"find\", nil, \"a\"); add(\"find\", \"a\"); add(\"find\", \"a\", {}); add(\"gsub\", \"a\", \"a\")\n"
    "add(\"gsub\", \"a\", \"a\", true); add(\"gmatch\", nil); add(\"match\", \"a\", \"a\", \"x\"); add(\"match\")\n"
    "add(\"gsub\"); add(\"gmatch\", \"a\"); add(\"find\", {}, \"a\"); add(\"gsub\", \"a\", nil, \"x\")\n"
    "-- long subjects\n"
    "local long = string.rep(\"The quick brown fox jumps over the lazy dog. \", 50)\n"
    "for _, p in ipairs { \"%a+\", \"(%a+) (%a+)\", \"%s+\", \"o%w\", \".-dog\", \"fox.*\", \"%f[%a]%a\", \"^The\", \"dog%.$\",\n"
    "    \"[aeiou]+\", \"%.%s*\", \"(q)(u)\", \"x\", \"zz*\", \"lazy%s(%a+)\", \"%bTd\", \"()o()\" } do\n"
    "  add(\"find\", long, p); add(\"match\", long, p); add(\"gsub\", long, p, \"<%0>\"); add(\"gmatch\", long, p)\n"
    "  add(\"find\", long, p, 100); add(\"gsub\", long, p, fn_all, 5)\n"
    "end\n"
    "-- all bytes against classes and single-byte patterns\n"
    "local all = {}\n"
    "for c = 0, 255 do all[#all + 1] = string.char(c) end\n"
    "all = concat(all)\n"
    "for cl in (\"acdglpsuwxACDGLPSUWXzZqQ.%\"):gmatch(\".\") do\n"
    "  add(\"gsub\", all, \"%\" .. cl, \"\")\n"
    "  add(\"gsub\", all, \"[%\" .. cl .. \"]\", \"\")\n"
    "  add(\"gsub\", all, \"[^%\" .. cl .. \"]\", \"\")\n"
    "  add(\"gsub\", all, \"%f[%\" .. cl .. \"]\", \"|\")\n"
    "end\n"
    "for c = 0, 255 do\n"
    "  local ch = string.char(c)\n"
    "  add(\"find\", all, ch); add(\"find\", all, \"%\" .. ch); add(\"find\", all, \"[\" .. ch .. \"]\")\n"
    "  add(\"find\", all, ch .. \"+\"); add(\"match\", all, \"[\" .. ch .. \"-\\255]+\"); add(\"find\", all, \"[^\" .. ch .. \"]\")\n"
    "end\n"
    "\n"
    "function stats()\n"
    "  local r = fmt(\"outcomes (stock): %d matched, %d no match, %d errors\", STATS.match, STATS.nomatch, STATS.error)\n"
    "  STATS = { error = 0, nomatch = 0, match = 0 }\n"
    "  return r\n"
    "end\n"
    "\n"
    "function run_hand(maxshow)\n"
    "  local passed, failed, shown = 0, 0, {}\n"
    "  for i = 1, #H do\n"
    "    local c = H[i]\n"
    "    local a, b = compare(unpack(c, 1, c.n))\n"
    "    if a == nil then passed = passed + 1\n"
    "    else\n"
    "      failed = failed + 1\n"
    "      if #shown < maxshow then\n"
    "        local args = {}\n"
    "        for j = 2, c.n do args[#args + 1] = q(c[j]) end\n"
    "        shown[#shown + 1] = fmt(\"hand #%d %s(%s)\\n  stock: %s\\n  ours:  %s\", i, c[1], concat(args, \", \"), a, b)\n"
    "      end\n"
    "    end\n"
    "  end\n"
    "  return passed, failed, concat(shown, \"\\n\")\n"
    "end\n"
    "\n"
    "-- speed comparison on ordinary patterns\n"
    "local text = string.rep(\"The quick brown fox jumps over the lazy dog 12345, key=value; \", 20)\n"
    "local lines = {}\n"
    "for i = 1, 50 do lines[i] = \"  line \" .. i .. \": name_\" .. i .. \" = \" .. (i * 37) .. \"  \" end\n"
    "function bench(lib, iters)\n"
    "  local find, match, gmatch, gsub = lib.find, lib.match, lib.gmatch, lib.gsub\n"
    "  local t0 = os.clock()\n"
    "  for _ = 1, iters do\n"
    "    find(text, \"lazy%s+(%a+)\")\n"
    "    match(text, \"(%w+)=(%w+)\")\n"
    "    for _ in gmatch(text, \"%a+\") do end\n"
    "    gsub(text, \"%s+\", \" \")\n"
    "    find(text, \"%d+\")\n"
    "    gsub(text, \"(%w+)=(%w+)\", \"%2=%1\")\n"
    "    find(text, \"[%.;]\")\n"
    "    match(text, \"^(%u%l+)\")\n"
    "    gsub(text, \"[aeiou]\", \"\")\n"
    "    for _, l in ipairs(lines) do\n"
    "      match(l, \"^%s*(.-)%s*$\")\n"
    "      match(l, \"(%w+)%s*=%s*(%d+)\")\n"
    "      find(l, \":\", 1, true)\n"
    "    end\n"
    "    for k, v in gmatch(text, \"(%w+)=(%w+)\") do end\n"
    "    gsub(text, \"%f[%w]%w+\", \"W\")\n"
    "  end\n"
    "  return os.clock() - t0\n"
    "end\n"
    "\n";

#define MAX_SHOW 15

static long g_passed, g_failed;
static int g_shown;

static void check(int ok, const char *what) {
  if (ok) {
    g_passed++;
  } else {
    g_failed++;
    if (g_shown++ < MAX_SHOW) printf("FAIL: %s\n", what);
  }
}

/* ---- deterministic random generator (xorshift64*) ---- */
static uint64_t rng = 0x2545F4914F6CDD1Dull;
static uint32_t rnd(void) {
  rng ^= rng >> 12;
  rng ^= rng << 25;
  rng ^= rng >> 27;
  return (uint32_t)((rng * 0x2545F4914F6CDD1Dull) >> 32);
}
static int rn(int n) { return (int)(rnd() % (uint32_t)n); }
static char pick(const char *set, size_t n) { return set[rn((int)n)]; }
#define PICK(lit) pick(lit, sizeof(lit) - 1)

typedef struct {
  char b[600];
  size_t n;
} Buf;
static void put(Buf *b, char c) {
  if (b->n < sizeof(b->b) - 1) b->b[b->n++] = c;
}
static void puts_(Buf *b, const char *s) {
  while (*s) put(b, *s++);
}

static void gen_set(Buf *b) {
  int i, k = 1 + rn(3);
  put(b, '[');
  if (rn(3) == 0) put(b, '^');
  for (i = 0; i < k; i++) {
    switch (rn(8)) {
      case 0: case 1: put(b, PICK("abc")); break;
      case 2: put(b, PICK("abc()]-^.x")); break;
      case 3: put(b, PICK("abc")); put(b, '-'); put(b, PICK("abc")); break;
      case 4: put(b, '%'); put(b, PICK("adswlupxADSW")); break;
      case 5: put(b, '%'); put(b, PICK("]-^%.[a")); break;
      case 6: put(b, PICK("\0\1_ ")); break;
      default: put(b, PICK("ab")); break;
    }
  }
  if (rn(25) != 0) put(b, ']');
}

static void gen_single(Buf *b) {
  switch (rn(12)) {
    case 0: case 1: case 2: case 3: put(b, PICK("abc")); break;
    case 4: case 5: put(b, '.'); break;
    case 6: put(b, '%'); put(b, PICK("adswxlupcgADSWXLUPCG")); break;
    case 7: case 8: gen_set(b); break;
    case 9: put(b, '%'); put(b, PICK(".%()[]-^$*+?az")); break;
    case 10: put(b, PICK("^]_ 1A")); break;
    default: put(b, PICK("ab")); break;
  }
}

static void gen_seq(Buf *b, int depth) {
  int i, k = rn(5);
  for (i = 0; i < k; i++) {
    int r = rn(22);
    if (r < 12) {
      gen_single(b);
      if (rn(3) == 0) put(b, PICK("*+-?"));
    } else if (r < 14 && depth < 3) {
      put(b, '(');
      gen_seq(b, depth + 1);
      put(b, ')');
    } else if (r == 14) {
      puts_(b, "()");
    } else if (r == 15) {
      puts_(b, "%b");
      put(b, PICK("()ab"));
      put(b, PICK("()ab"));
    } else if (r == 16) {
      puts_(b, "%f");
      gen_set(b);
    } else if (r == 17) {
      put(b, '%');
      put(b, rn(8) == 0 ? PICK("09") : PICK("123"));
    } else if (r == 18) {
      put(b, PICK("$^"));
    } else if (r == 19) {
      switch (rn(9)) {
        case 0: put(b, '%'); break;
        case 1: put(b, '('); break;
        case 2: put(b, ')'); break;
        case 3: puts_(b, "[a"); break;
        case 4: puts_(b, "%f"); break;
        case 5: puts_(b, "%b"); break;
        case 6: puts_(b, "%bx"); break;
        case 7: put(b, '\0'); break;
        default: puts_(b, "%z"); break;
      }
    } else {
      put(b, PICK("abc"));
    }
  }
}

static void gen_pattern(Buf *b) {
  b->n = 0;
  if (rn(5) == 0) put(b, '^');
  gen_seq(b, 0);
  if (rn(4) == 0) gen_seq(b, 0);
  if (rn(5) == 0) put(b, '$');
}

static void gen_subject(Buf *b) {
  static const char alpha[] = "aaaabbbbccc()_ 1A.%\0]x";
  size_t i, k = (size_t)(rn(8) == 0 ? rn(40) : rn(14));
  b->n = 0;
  for (i = 0; i < k; i++) put(b, alpha[rn((int)sizeof(alpha) - 1)]);
}

static void push_init(lua_State *L, size_t len) {
  switch (rn(12)) {
    case 0: lua_pushinteger(L, 0); break;
    case 1: lua_pushinteger(L, -1); break;
    case 2: lua_pushinteger(L, -(lua_Integer)rn(20)); break;
    case 3: lua_pushinteger(L, (lua_Integer)len); break;
    case 4: lua_pushinteger(L, (lua_Integer)len + 1); break;
    case 5: lua_pushinteger(L, (lua_Integer)len + 2); break;
    case 6: lua_pushinteger(L, LUA_MININTEGER); break;
    case 7: lua_pushnil(L); break;
    default: lua_pushinteger(L, 1 + rn(8)); break;
  }
}

/* Calls compare(op, ...) with nargs arguments already pushed above op. */
static void run_compare(lua_State *L, int nargs, const Buf *s, const Buf *p,
                        const char *op) {
  int base = lua_gettop(L) - nargs - 1; /* compare + args */
  int status = lua_pcall(L, nargs, 2, 0);
  if (status != LUA_OK) {
    char msg[512];
    snprintf(msg, sizeof msg, "harness error: %s", lua_tostring(L, -1));
    check(0, msg);
  } else if (lua_isnil(L, -2)) {
    check(1, NULL);
  } else {
    char msg[4096];
    int ia = base + 1, ib = base + 2;
    /* show subject/pattern as escaped strings */
    lua_getglobal(L, "string");
    lua_getfield(L, -1, "format");
    lua_pushliteral(L, "%q");
    lua_pushlstring(L, s->b, s->n);
    lua_call(L, 2, 1);
    lua_getfield(L, -2, "format");
    lua_pushliteral(L, "%q");
    lua_pushlstring(L, p->b, p->n);
    lua_call(L, 2, 1);
    snprintf(msg, sizeof msg, "%s(%s, %s, ...)\n  stock: %s\n  ours:  %s", op,
             lua_tostring(L, -2), lua_tostring(L, -1), lua_tostring(L, ia),
             lua_tostring(L, ib));
    check(0, msg);
  }
  lua_settop(L, base);
}

static void random_cases(lua_State *L, long ncases) {
  long i;
  Buf s, p;
  int nrepl;
  lua_getglobal(L, "REPL");
  nrepl = (int)luaL_len(L, -1);
  lua_pop(L, 1);
  for (i = 0; i < ncases; i++) {
    int which = (int)(i % 4);
    gen_subject(&s);
    gen_pattern(&p);
    lua_getglobal(L, "compare");
    if (which == 0) {
      lua_pushliteral(L, "find");
      lua_pushlstring(L, s.b, s.n);
      lua_pushlstring(L, p.b, p.n);
      if (rn(3) == 0) {
        push_init(L, s.n);
        if (rn(4) == 0) {
          lua_pushboolean(L, 1);
          run_compare(L, 5, &s, &p, "find");
        } else {
          run_compare(L, 4, &s, &p, "find");
        }
      } else {
        run_compare(L, 3, &s, &p, "find");
      }
    } else if (which == 1 || which == 2) {
      const char *op = which == 1 ? "match" : "gmatch";
      lua_pushstring(L, op);
      lua_pushlstring(L, s.b, s.n);
      lua_pushlstring(L, p.b, p.n);
      if (rn(3) == 0) {
        push_init(L, s.n);
        run_compare(L, 4, &s, &p, op);
      } else {
        run_compare(L, 3, &s, &p, op);
      }
    } else {
      int r = rn(nrepl + 6);
      lua_pushliteral(L, "gsub");
      lua_pushlstring(L, s.b, s.n);
      lua_pushlstring(L, p.b, p.n);
      lua_getglobal(L, "REPL");
      lua_rawgeti(L, -1, r < nrepl ? r + 1 : 1 + rn(4));
      lua_remove(L, -2);
      if (rn(4) == 0) {
        if (rn(6) == 0)
          lua_pushnil(L);
        else
          lua_pushinteger(L, rn(4) - 1);
        run_compare(L, 5, &s, &p, "gsub");
      } else {
        run_compare(L, 4, &s, &p, "gsub");
      }
    }
  }
}

/* ---- interrupt tests ---- */

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

typedef struct {
  double deadline;
  long calls;
  lua_State *last_L;
} Deadline;

static int stop_after_deadline(lua_State *L, void *ud) {
  Deadline *d = (Deadline *)ud;
  d->calls++;
  d->last_L = L;
  return now_s() >= d->deadline;
}

static int ends_with(const char *s, const char *suffix) {
  size_t a = strlen(s), b = strlen(suffix);
  return a >= b && strcmp(s + a - b, suffix) == 0;
}

/* Runs `code` (a chunk returning values) protected; returns status and
 * leaves the error message or first result as a string in out. */
static int run_chunk(lua_State *L, const char *code, char *out, size_t outn) {
  int top = lua_gettop(L);
  int st = luaL_loadstring(L, code);
  if (st == LUA_OK) st = lua_pcall(L, 0, 1, 0);
  snprintf(out, outn, "%s", lua_isstring(L, -1) ? lua_tostring(L, -1) : luaL_typename(L, -1));
  lua_settop(L, top);
  return st;
}

static void interrupt_tests(lua_State *L) {
  char out[512], msg[768];
  Deadline d;
  double t0, el;
  int st, top = lua_gettop(L);

  /* 1. the brief's pathological case, 100 ms deadline */
  d.calls = 0;
  d.last_L = NULL;
  d.deadline = now_s() + 0.100;
  clua_pattern_set_interrupt(L, stop_after_deadline, &d);
  t0 = now_s();
  st = run_chunk(L, "return tostring(P.find(('a'):rep(800), '.-.-.-b'))", out, sizeof out);
  el = now_s() - t0;
  snprintf(msg, sizeof msg, "pathological '.-.-.-b' (800): status %d, '%s', %.1f ms, %ld checks", st, out, el * 1e3, d.calls);
  printf("interrupt: %s\n", msg);
  check(el < 0.5 && (st == LUA_OK ? strcmp(out, "nil") == 0
                                  : ends_with(out, ": pattern matching interrupted: CPU limit")), msg);

  /* 2. a pattern our shortcuts cannot help: must be stopped by the deadline */
  d.calls = 0;
  d.deadline = now_s() + 0.100;
  t0 = now_s();
  st = run_chunk(L, "return tostring(P.find(('a'):rep(800), '.-.-.-.-%d'))", out, sizeof out);
  el = now_s() - t0;
  snprintf(msg, sizeof msg, "pathological '.-.-.-.-%%d' (800): status %d, '%s', %.1f ms, %ld checks", st, out, el * 1e3, d.calls);
  printf("interrupt: %s\n", msg);
  check(st != LUA_OK && ends_with(out, ": pattern matching interrupted: CPU limit") && el >= 0.09 && el < 0.3, msg);

  /* 3. the same inside gsub and gmatch, and from a coroutine */
  d.calls = 0;
  d.deadline = now_s() + 0.050;
  st = run_chunk(L, "return (select(2, pcall(P.gsub, ('a'):rep(800), '.-.-.-.-%d', 'x')))", out, sizeof out);
  check(st == LUA_OK && strcmp(out, "pattern matching interrupted: CPU limit") == 0, "gsub interrupted");
  d.deadline = now_s() + 0.050;
  st = run_chunk(L, "return (select(2, pcall(P.gmatch(('a'):rep(800), '.-.-.-.-%d'))))", out, sizeof out);
  check(st == LUA_OK && strcmp(out, "pattern matching interrupted: CPU limit") == 0, "gmatch interrupted");
  d.deadline = now_s() + 0.050;
  d.last_L = NULL;
  st = run_chunk(L,
                 "local co = coroutine.create(function() return P.match(('a'):rep(800), '.-.-.-.-%d') end)\n"
                 "local ok, err = coroutine.resume(co)\n"
                 "CO = co\n"
                 "return tostring(ok) .. ':' .. tostring(err)", out, sizeof out);
  snprintf(msg, sizeof msg, "coroutine interrupted: '%s'", out);
  check(st == LUA_OK && strncmp(out, "false:", 6) == 0 &&
            ends_with(out, ": pattern matching interrupted: CPU limit"), msg);
  lua_getglobal(L, "CO");
  check(d.last_L != NULL && d.last_L == lua_tothread(L, -1) && d.last_L != L,
        "callback receives the coroutine's lua_State");
  lua_pop(L, 1);

  /* 4. the state is still usable, stack balanced */
  d.deadline = now_s() + 10.0;
  st = run_chunk(L, "local a, b = P.find('hello world', 'o w'); local s = P.gsub('abc', '%w', '%0.')\n"
                    "return a .. ',' .. b .. ',' .. s .. ',' .. select(2, P.match('k=v', '(%w)=(%w)'))", out, sizeof out);
  snprintf(msg, sizeof msg, "state usable after interrupt: '%s'", out);
  check(st == LUA_OK && strcmp(out, "5,7,a.b.c.,v") == 0, msg);
  check(lua_gettop(L) == top, "stack balanced after interrupts");

  /* 5. hard step cap */
  clua_pattern_set_interrupt(L, NULL, NULL);
  clua_pattern_set_limits(L, 1024, 100000);
  t0 = now_s();
  st = run_chunk(L, "return (select(2, pcall(P.find, ('a'):rep(800), '.-.-.-.-%d')))", out, sizeof out);
  el = now_s() - t0;
  snprintf(msg, sizeof msg, "step cap 100000: '%s' in %.2f ms", out, el * 1e3);
  printf("interrupt: %s\n", msg);
  check(st == LUA_OK && strcmp(out, "pattern matching interrupted: step limit") == 0, msg);
  st = run_chunk(L, "return (P.gsub(('abc '):rep(100), '%w+', '<%0>'))", out, sizeof out);
  check(st == LUA_OK && strncmp(out, "<abc> <abc>", 11) == 0, "normal work under a step cap");

  /* 6. small interval: callback called often, never stops */
  clua_pattern_set_limits(L, 1, 0);
  d.calls = 0;
  d.deadline = now_s() + 100.0;
  clua_pattern_set_interrupt(L, stop_after_deadline, &d);
  st = run_chunk(L, "return (P.match('hello world', '(o)(.)'))", out, sizeof out);
  check(st == LUA_OK && strcmp(out, "o") == 0 && d.calls > 5, "interval 1 calls back every step");
  clua_pattern_set_limits(L, 0, 0);
  clua_pattern_set_interrupt(L, NULL, NULL);
  check(lua_gettop(L) == top, "stack balanced at end of interrupt tests");

  /* 7. clua_pattern_install: string.* and s:method() use our functions */
  {
    lua_State *L2 = luaL_newstate();
    luaL_openlibs(L2);
    clua_pattern_install(L2);
    clua_pattern_set_limits(L2, 16, 1000);
    st = run_chunk(L2,
                   "local a = select(2, pcall(string.find, ('a'):rep(50), '.-.-%d'))\n"
                   "local b = select(2, pcall(function() return ('a'):rep(50):match('.-.-%d') end))\n"
                   "return a .. '|' .. b .. '|' .. ('x=1'):gsub('%w', '<%0>')", out, sizeof out);
    snprintf(msg, sizeof msg, "install: '%s'", out);
    check(st == LUA_OK && strstr(out, "step limit|") != NULL &&
          ends_with(out, "step limit|<x>=<1>"), msg);
    lua_close(L2);
  }
}

static void speed_test(lua_State *L) {
  double best_stock = 1e9, best_ours = 1e9;
  int round;
  for (round = 0; round < 5; round++) {
    int k;
    for (k = 0; k < 2; k++) {
      double t;
      lua_getglobal(L, "bench");
      lua_getglobal(L, k == 0 ? "string" : "P");
      lua_pushinteger(L, 200);
      if (lua_pcall(L, 2, 1, 0) != LUA_OK) {
        check(0, lua_tostring(L, -1));
        lua_pop(L, 1);
        return;
      }
      t = lua_tonumber(L, -1);
      lua_pop(L, 1);
      if (k == 0 && t < best_stock) best_stock = t;
      if (k == 1 && t < best_ours) best_ours = t;
    }
  }
  printf("speed: stock %.1f ms, ours %.1f ms, ratio ours/stock = %.2f\n",
         best_stock * 1e3, best_ours * 1e3, best_ours / best_stock);
}

static void print_stats(lua_State *L) {
  lua_getglobal(L, "stats");
  if (lua_pcall(L, 0, 1, 0) == LUA_OK) printf("  %s\n", lua_tostring(L, -1));
  lua_pop(L, 1);
}

int main(int argc, char **argv) {
  long ncases = 60000;
  int bench = 1, i;
  lua_State *L;
  for (i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--no-bench") == 0)
      bench = 0;
    else if (strcmp(argv[i], "--seed") == 0 && i + 1 < argc)
      rng = strtoull(argv[++i], NULL, 0) | 1u;
    else
      ncases = atol(argv[i]);
  }
  L = luaL_newstate();
  luaL_openlibs(L);
  luaL_requiref(L, "P", clua_pattern_open, 1);
  lua_pop(L, 1);
  if (luaL_loadbuffer(L, glue, sizeof(glue) - 1, "=glue") != LUA_OK ||
      lua_pcall(L, 0, 0, 0) != LUA_OK) {
    fprintf(stderr, "glue: %s\n", lua_tostring(L, -1));
    return 2;
  }
  {
    long p0 = g_passed, f0 = g_failed;
    long hp, hf;
    lua_getglobal(L, "run_hand");
    lua_pushinteger(L, MAX_SHOW);
    if (lua_pcall(L, 1, 3, 0) != LUA_OK) {
      fprintf(stderr, "run_hand: %s\n", lua_tostring(L, -1));
      return 2;
    }
    hp = (long)lua_tointeger(L, -3);
    hf = (long)lua_tointeger(L, -2);
    if (hf > 0) printf("%s\n", lua_tostring(L, -1));
    lua_pop(L, 3);
    g_passed += hp;
    g_failed += hf;
    g_shown += (int)hf;
    printf("hand-written: %ld passed, %ld failed\n", hp, hf);
    print_stats(L);
    p0 = g_passed;
    f0 = g_failed;
    random_cases(L, ncases);
    printf("random: %ld passed, %ld failed\n", g_passed - p0, g_failed - f0);
    print_stats(L);
  }
  interrupt_tests(L);
  if (bench) speed_test(L);
  lua_close(L);
  printf("%ld passed, %ld failed\n", g_passed, g_failed);
  return g_failed == 0 ? 0 : 1;
}
