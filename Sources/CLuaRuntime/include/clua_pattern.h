/*
 * clua_pattern.h - Lua 5.4 compatible pattern matching with a CPU budget.
 *
 * Drop-in replacements for string.find, string.match, string.gmatch and
 * string.gsub (Lua 5.4 reference manual, section 6.4.1) whose matcher counts
 * "steps" (single-character match attempts, matcher recursions and
 * backtracking attempts) and periodically asks a host callback whether it
 * should stop.  Hooks installed with lua_sethook never fire while a C
 * function runs, so this is how a sandbox bounds pathological patterns.
 *
 * Interrupt design
 * ----------------
 * The budget configuration (callback, user data, check interval, hard step
 * cap) lives in ONE full userdata stored in the Lua registry under a private
 * light-userdata key.  The registry is shared by the main state and every
 * coroutine (thread) created from it, so a configuration set once on the
 * main state applies to matching done from any coroutine.  Each call (each
 * gmatch iterator step) reads the configuration at entry, so changes apply
 * to the next call.  The callback receives the lua_State of the thread that
 * is actually running the match (possibly a coroutine) plus `ud`.
 *
 * Every `interval` steps (default 1024) the matcher calls fn(L, ud).  A
 * non-zero return makes the running function raise the Lua error
 *     "pattern matching interrupted: CPU limit"
 * (a plain luaL_error; the state stays fully usable).  Independently, if
 * max_steps != 0, a single call that reaches max_steps steps raises
 *     "pattern matching interrupted: step limit"
 * A gsub call counts all its match attempts together; a gmatch iterator
 * counts per iterator call.  Time spent in a gsub replacement function is
 * Lua code and is governed by the ordinary count hook.
 *
 * The callback must not raise errors, yield, or call back into these
 * functions; it should be cheap (e.g. read a clock or a flag).
 *
 * All functions below expect to be called with the usual Lua C API
 * guarantees; clua_pattern_set_* may raise a memory error on first use
 * (they allocate the configuration userdata), so call them from protected
 * code or right after creating the state.
 */
#ifndef CLUA_PATTERN_H
#define CLUA_PATTERN_H

#include <lua.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Return non-zero to stop the current pattern matching call. */
typedef int (*clua_pattern_interrupt_fn)(lua_State *L, void *ud);

#define CLUA_PATTERN_DEFAULT_INTERVAL 1024u
#define CLUA_PATTERN_MAX_CAPTURES 32  /* same as LUA_MAXCAPTURES */
#define CLUA_PATTERN_MAX_DEPTH 200    /* same as stock MAXCCALLS */

/* Install (fn != NULL) or remove (fn == NULL) the interrupt callback for
 * L's whole state (all its threads). */
void clua_pattern_set_interrupt(lua_State *L, clua_pattern_interrupt_fn fn,
                                void *ud);

/* interval: steps between callback invocations (0 = default 1024, values
 * above INT_MAX are clamped).  max_steps: hard cap of steps per call
 * (0 = unlimited). */
void clua_pattern_set_limits(lua_State *L, unsigned interval,
                             unsigned long long max_steps);

/* Lua C functions with the exact behaviour of the Lua 5.4 stock ones. */
int clua_pattern_find(lua_State *L);
int clua_pattern_match(lua_State *L);
int clua_pattern_gmatch(lua_State *L);
int clua_pattern_gsub(lua_State *L);

/* Pushes a new table {find=, match=, gmatch=, gsub=}; returns 1.
 * Usable as a lua_CFunction / luaL_requiref opener. */
int clua_pattern_open(lua_State *L);

/* Convenience: overwrite find/match/gmatch/gsub in package.loaded.string
 * and in the string metatable's __index table (if it is a different
 * table).  Leaves the stack unchanged. */
void clua_pattern_install(lua_State *L);

#ifdef __cplusplus
}
#endif

#endif /* CLUA_PATTERN_H */
