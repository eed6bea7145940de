/*
 * clua_bounded.c - library functions that stop with the call.
 *
 * Hooks never fire inside a C function, so a stock function that loops in C
 * runs past every limit: table.move over a huge range, table.insert/remove
 * on a table whose __len is huge, string.rep of an empty string a
 * maxinteger times. These versions behave as the Lua 5.4 manual describes
 * the stock ones and count their work against the call's budget.
 *
 * The coroutine functions keep the runtime's idea of the running thread
 * (which the allocator arms when it stops a call), refuse to resume anything
 * once a call must stop, and never run the to-be-closed variables of a
 * coroutine that a stop killed: Lua 5.4.4 leaves hooks switched off in such a
 * coroutine, so its __close handlers would run with no limit at all.
 */
#include "clua_runtime.h"
#include "clua_runtime_internal.h"

#include <lauxlib.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>

/* Work between two looks at the budget, in loop iterations. */
#define CHARGE_EVERY 256

/* ---- tables -------------------------------------------------------------- */

/* A table, or a value whose metatable may supply the access. */
static void check_tablelike(lua_State *L, int arg) {
    if (lua_type(L, arg) == LUA_TTABLE)
        return;
    if (lua_getmetatable(L, arg)) {
        lua_pop(L, 1);
        return;
    }
    luaL_checktype(L, arg, LUA_TTABLE);
}

static lua_Integer length_of(lua_State *L, int arg) {
    check_tablelike(L, arg);
    return luaL_len(L, arg);
}

/* table.move(a1, f, e, t [, a2]) */
static int bounded_move(lua_State *L) {
    lua_Integer first = luaL_checkinteger(L, 2);
    lua_Integer last = luaL_checkinteger(L, 3);
    lua_Integer to = luaL_checkinteger(L, 4);
    int target = lua_isnoneornil(L, 5) ? 1 : 5;
    check_tablelike(L, 1);
    check_tablelike(L, target);
    if (last >= first) {
        luaL_argcheck(L, first > 0 || last < LUA_MAXINTEGER + first, 3, "too many elements to move");
        lua_Integer count = last - first + 1;
        luaL_argcheck(L, to <= LUA_MAXINTEGER - count + 1, 4, "destination wrap around");
        /* Copy backwards when the ranges overlap with the destination above the source. */
        int forward = to > last || to <= first || (target != 1 && !lua_compare(L, 1, target, LUA_OPEQ));
        for (lua_Integer k = 0; k < count; k++) {
            if (k % CHARGE_EVERY == CHARGE_EVERY - 1)
                clua_runtime_charge(L, CHARGE_EVERY);
            lua_Integer i = forward ? k : count - 1 - k;
            lua_geti(L, 1, first + i);
            lua_seti(L, target, to + i);
        }
    }
    lua_pushvalue(L, target);
    return 1;
}

/* table.insert(t, [pos,] v) */
static int bounded_insert(lua_State *L) {
    lua_Integer end = length_of(L, 1);
    luaL_argcheck(L, end < LUA_MAXINTEGER, 1, "table too big");
    lua_Integer free_slot = end + 1;
    lua_Integer pos;
    switch (lua_gettop(L)) {
    case 2:
        pos = free_slot;
        break;
    case 3:
        pos = luaL_checkinteger(L, 2);
        /* pos must be in [1, end + 1] */
        luaL_argcheck(L, (lua_Unsigned)pos - 1u < (lua_Unsigned)free_slot, 2, "position out of bounds");
        for (lua_Integer i = free_slot; i > pos; i--) {
            if ((free_slot - i) % CHARGE_EVERY == CHARGE_EVERY - 1)
                clua_runtime_charge(L, CHARGE_EVERY);
            lua_geti(L, 1, i - 1);
            lua_seti(L, 1, i);
        }
        break;
    default:
        return luaL_error(L, "wrong number of arguments to 'insert'");
    }
    lua_seti(L, 1, pos);
    return 0;
}

/* table.remove(t [, pos]) */
static int bounded_remove(lua_State *L) {
    lua_Integer size = length_of(L, 1);
    lua_Integer pos = luaL_optinteger(L, 2, size);
    if (pos != size)  /* pos may be size + 1 */
        luaL_argcheck(L, (lua_Unsigned)pos - 1u <= (lua_Unsigned)size, 2, "position out of bounds");
    lua_geti(L, 1, pos);           /* the removed value, returned */
    lua_Integer steps = 0;
    for (; pos < size; pos++) {
        if (++steps % CHARGE_EVERY == 0)
            clua_runtime_charge(L, CHARGE_EVERY);
        lua_geti(L, 1, pos + 1);
        lua_seti(L, 1, pos);
    }
    lua_pushnil(L);
    lua_seti(L, 1, pos);
    return 1;
}

/* table.concat(list [, sep [, i [, j]]]) */
static int bounded_concat(lua_State *L) {
    size_t seplen;
    lua_Integer last = length_of(L, 1);
    const char *sep = luaL_optlstring(L, 2, "", &seplen);
    lua_Integer i = luaL_optinteger(L, 3, 1);
    last = luaL_optinteger(L, 4, last);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (lua_Integer k = 0; i <= last; i++, k++) {
        if (k % CHARGE_EVERY == CHARGE_EVERY - 1)
            clua_runtime_charge(L, CHARGE_EVERY);
        lua_geti(L, 1, i);
        if (!lua_isstring(L, -1))
            return luaL_error(L, "invalid value (%s) at index %I in table for 'concat'", luaL_typename(L, -1),
                              (LUAI_UACINT)i);
        luaL_addvalue(&b);
        if (i != last)
            luaL_addlstring(&b, sep, seplen);
        if (i == LUA_MAXINTEGER)
            break;
    }
    luaL_pushresult(&b);
    return 1;
}

/* ---- strings ------------------------------------------------------------- */

/* Bytes copied between two looks at the budget, and what they cost in it. */
#define REP_CHUNK ((size_t)1 << 22)

/* string.rep(s, n [, sep]) */
static int bounded_rep(lua_State *L) {
    size_t len, seplen;
    const char *s = luaL_checklstring(L, 1, &len);
    lua_Integer n = luaL_checkinteger(L, 2);
    const char *sep = luaL_optlstring(L, 3, "", &seplen);
    if (n <= 0 || (len == 0 && seplen == 0)) {   /* nothing to repeat: no loop at all */
        lua_pushliteral(L, "");
        return 1;
    }
    size_t unit = len + seplen;
    const size_t max = (size_t)INT_MAX;   /* the string library's cap on results */
    if (unit < len || unit > max / (lua_Unsigned)n)
        return luaL_error(L, "resulting string too large");
    size_t total = (size_t)n * unit - seplen;
    /* The buffer is a userdata rather than a luaL_Buffer: lauxlib asks the allocator
       for its buffers directly, so a refusal there gets no emergency collection and
       a script whose live data fits could fail. */
    char *p = (char *)lua_newuserdatauv(L, total, 0);
    /* "s sep s sep ... s" is a prefix of the periodic text (s sep)*: write one period,
       then copy what is written onto what follows, a bounded chunk at a time. */
    size_t filled = len < total ? len : total;
    memcpy(p, s, filled);
    if (filled < total) {
        size_t step = seplen < total - filled ? seplen : total - filled;
        memcpy(p + filled, sep, step);
        filled += step;
    }
    while (filled < total) {
        size_t chunk = filled < total - filled ? filled : total - filled;
        if (chunk > REP_CHUNK)
            chunk = REP_CHUNK - REP_CHUNK % unit;
        memcpy(p + filled, p, chunk);
        filled += chunk;
        clua_runtime_charge(L, (int64_t)(chunk / 1024) + 1);
    }
    lua_pushlstring(L, p, total);
    return 1;
}

/* ---- coroutines ---------------------------------------------------------- */

static void mark_killed(lua_State *co) {
    *(uintptr_t *)lua_getextraspace(co) |= 1;
}

static int killed(lua_State *co) {
    return (int)(*(uintptr_t *)lua_getextraspace(co) & 1);
}

static int is_dead(lua_State *co) {
    int status = lua_status(co);
    if (status == LUA_YIELD)
        return 0;
    if (status != LUA_OK)
        return 1;                  /* finished with an error */
    lua_Debug ar;
    return lua_getstack(co, 0, &ar) == 0 && lua_gettop(co) == 0;
}

/* Resumes co with the top `nargs` values of L. Returns the number of results
   moved onto L, or -1 with the error value on top of L. */
static int resume_coroutine(lua_State *L, lua_State *co, int nargs) {
    clua_Runtime *rt = clua_runtime_of(L);
    int stop = clua_runtime_stopped(rt);
    if (stop != CLUA_STOP_NONE)
        return clua_runtime_raisestop(L, stop);
    if (co == L) {
        lua_pushliteral(L, "cannot resume non-suspended coroutine");
        return -1;
    }
    int status = lua_status(co);
    lua_Debug ar;
    if (status == LUA_OK && lua_getstack(co, 0, &ar) > 0) {
        lua_pushliteral(L, "cannot resume non-suspended coroutine");
        return -1;
    }
    if ((status == LUA_OK && lua_gettop(co) == 0) || (status != LUA_OK && status != LUA_YIELD)) {
        lua_pushliteral(L, "cannot resume dead coroutine");
        return -1;
    }
    if (!lua_checkstack(co, nargs)) {
        lua_pushliteral(L, "too many arguments to resume");
        return -1;
    }
    lua_xmove(L, co, nargs);
    lua_State *previous = clua_runtime_swaprunning(rt, co);
    int results = 0;
    status = lua_resume(co, L, nargs, &results);
    clua_runtime_swaprunning(rt, previous);
    stop = clua_runtime_stopped(rt);
    if (stop != CLUA_STOP_NONE) {
        if (status != LUA_OK && status != LUA_YIELD)
            mark_killed(co);
        return clua_runtime_raisestop(L, stop);
    }
    if (status == LUA_OK || status == LUA_YIELD) {
        if (!lua_checkstack(L, results + 1)) {
            lua_pop(co, results);
            lua_pushliteral(L, "too many results to resume");
            return -1;
        }
        lua_xmove(co, L, results);
        return results;
    }
    lua_xmove(co, L, 1);           /* the error value */
    return -1;
}

static lua_State *check_coroutine(lua_State *L, int arg) {
    lua_State *co = lua_tothread(L, arg);
    luaL_argexpected(L, co != NULL, arg, "coroutine");
    return co;
}

/* coroutine.resume(co, ...) */
static int bounded_resume(lua_State *L) {
    lua_State *co = check_coroutine(L, 1);
    int n = resume_coroutine(L, co, lua_gettop(L) - 1);
    if (n < 0) {
        lua_pushboolean(L, 0);
        lua_insert(L, -2);
        return 2;
    }
    lua_pushboolean(L, 1);
    lua_insert(L, -(n + 1));
    return n + 1;
}

static int wrapped_call(lua_State *L) {
    lua_State *co = lua_tothread(L, lua_upvalueindex(1));
    int n = resume_coroutine(L, co, lua_gettop(L));
    if (n >= 0)
        return n;
    if (is_dead(co) && lua_status(co) != LUA_OK && !killed(co)) {
        /* Close its to-be-closed variables; their error, if any, replaces the first. */
        lua_resetthread(co);
        lua_xmove(co, L, 1);
    }
    if (lua_type(L, -1) == LUA_TSTRING) {   /* add where the wrapper was called */
        luaL_where(L, 1);
        lua_insert(L, -2);
        lua_concat(L, 2);
    }
    return lua_error(L);
}

/* coroutine.wrap(f) */
static int bounded_wrap(lua_State *L) {
    luaL_checktype(L, 1, LUA_TFUNCTION);
    lua_State *co = lua_newthread(L);
    lua_pushvalue(L, 1);
    lua_xmove(L, co, 1);
    lua_pushcclosure(L, wrapped_call, 1);
    return 1;
}

/* coroutine.close(co) */
static int bounded_close(lua_State *L) {
    lua_State *co = check_coroutine(L, 1);
    int stop = clua_runtime_stopped(clua_runtime_of(L));
    if (stop != CLUA_STOP_NONE)
        return clua_runtime_raisestop(L, stop);
    lua_Debug ar;
    int suspended = lua_status(co) == LUA_YIELD ||
                    (lua_status(co) == LUA_OK && lua_getstack(co, 0, &ar) == 0 && lua_gettop(co) > 0);
    if (co == L || (!suspended && !is_dead(co))) {
        const char *what = co == L ? "running" : "normal";
        return luaL_error(L, "cannot close a %s coroutine", what);
    }
    if (killed(co)) {
        lua_pushboolean(L, 0);
        lua_pushliteral(L, "coroutine was stopped by a limit; its to-be-closed variables were not run");
        return 2;
    }
    if (lua_resetthread(co) == LUA_OK) {
        lua_pushboolean(L, 1);
        return 1;
    }
    lua_pushboolean(L, 0);
    lua_xmove(co, L, 1);
    return 2;
}

/* ---- installing ---------------------------------------------------------- */

static void replace(lua_State *L, const char *library, const char *name, lua_CFunction f) {
    if (lua_getglobal(L, library) == LUA_TTABLE) {
        lua_pushcfunction(L, f);
        lua_setfield(L, -2, name);
    }
    lua_pop(L, 1);
}

int clua_install_bounded_k(lua_State *L) {
    clua_runtime_install_patterns(L);
    replace(L, "table", "move", bounded_move);
    replace(L, "table", "insert", bounded_insert);
    replace(L, "table", "remove", bounded_remove);
    replace(L, "table", "concat", bounded_concat);
    replace(L, "string", "rep", bounded_rep);
    replace(L, "coroutine", "resume", bounded_resume);
    replace(L, "coroutine", "wrap", bounded_wrap);
    replace(L, "coroutine", "close", bounded_close);
    return 0;
}
