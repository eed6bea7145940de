/*
 * shim.h - the C side of smkit's Lua embedding.
 *
 * Swift cannot import Lua's function-like macros, so each one the host uses
 * has a prefixed static inline wrapper here (clua_*). The error trampoline and
 * the protected helpers live here too: they are the only places that may
 * raise a Lua error (longjmp), and they do it from C after every Swift frame
 * has returned. Stack effects are written as [-pop, +push] like the manual.
 */
#ifndef CLUA_SHIM_H
#define CLUA_SHIM_H

#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CLUA_TRACEBACK_KEY "smkit.traceback"

/* ---- macro wrappers -------------------------------------------------- */

static inline int clua_registryindex(void) { return LUA_REGISTRYINDEX; }
static inline int clua_upvalueindex(int i) { return lua_upvalueindex(i); }
static inline void clua_pop(lua_State *L, int n) { lua_pop(L, n); }                /* [-n, +0] */
static inline void clua_newtable(lua_State *L) { lua_newtable(L); }                /* [-0, +1] */
static inline void clua_insert(lua_State *L, int idx) { lua_insert(L, idx); }      /* [-1, +1] */
static inline void clua_remove(lua_State *L, int idx) { lua_remove(L, idx); }      /* [-1, +0] */
static inline void clua_replace(lua_State *L, int idx) { lua_replace(L, idx); }    /* [-1, +0] */
static inline void clua_pushglobaltable(lua_State *L) { lua_pushglobaltable(L); }  /* [-0, +1] */
static inline int clua_isnoneornil(lua_State *L, int idx) { return lua_isnoneornil(L, idx); }
static inline void clua_pushcfunction(lua_State *L, lua_CFunction f) { lua_pushcfunction(L, f); }
static inline lua_Integer clua_tointegerx(lua_State *L, int idx, int *isnum) { return lua_tointegerx(L, idx, isnum); }
static inline lua_Number clua_tonumberx(lua_State *L, int idx, int *isnum) { return lua_tonumberx(L, idx, isnum); }
static inline int clua_pcall(lua_State *L, int nargs, int nresults, int msgh) {
    return lua_pcall(L, nargs, nresults, msgh);
}
static inline int clua_loadbufferx(lua_State *L, const char *buf, size_t size, const char *name, const char *mode) {
    return luaL_loadbufferx(L, buf, size, name, mode);                             /* [-0, +1] */
}
static inline const char *clua_typename(lua_State *L, int idx) { return luaL_typename(L, idx); }
static inline int clua_gc(lua_State *L, int what) { return lua_gc(L, what, 0); }
static inline int clua_gccount(lua_State *L) { return lua_gc(L, LUA_GCCOUNT); }
static inline const char *clua_tracebackkey(void) { return CLUA_TRACEBACK_KEY; }
static inline void **clua_extraspace(lua_State *L) { return (void **)lua_getextraspace(L); }

/* ---- message handler -----------------------------------------------------
 * Keeps the error object as it is (tables stay tables) and stores the
 * traceback in the registry under the handler's own address, where the host
 * reads it after lua_pcall returns. */

static inline int clua_msgh(lua_State *L) {
    const char *msg = lua_tostring(L, 1);
    if (msg == NULL) {
        if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)
            msg = lua_tostring(L, -1);
        else
            msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
    }
    luaL_traceback(L, L, msg, 1);                                                 /* err ... tb */
    lua_setfield(L, LUA_REGISTRYINDEX, CLUA_TRACEBACK_KEY);                       /* err ... */
    lua_settop(L, 1);                                                             /* err */
    return 1;
}

/* Lua calls this only for an error outside every protected call. The host runs every
   call into Lua protected and enforces no limit while it pushes, so what is left is the
   system refusing memory to a host push: say so plainly and stop with a status. */
static inline int clua_panic(lua_State *L) {
    const char *msg = lua_tostring(L, -1);
    if (msg != NULL && strcmp(msg, "not enough memory") == 0) {
        fputs("smkit: out of memory (the system refused an allocation)\n", stderr);
        exit(70);                  /* EX_SOFTWARE */
    }
    fprintf(stderr, "smkit: unprotected Lua error (a host bug): %s\n", msg ? msg : "?");
    abort();
    return 0;
}

/* Starts a call of the function in registry slot `ref`: pushes the message
   handler and the function; returns the stack top before them. [-0, +2] */
static inline int clua_call_begin(lua_State *L, int ref) {
    int base = lua_gettop(L);
    lua_pushcclosure(L, clua_msgh, 0);
    lua_rawgeti(L, LUA_REGISTRYINDEX, ref);
    return base;
}

/* ---- protected operations -----------------------------------------------
 * Operations that may run metamethods (and so raise) are done inside a
 * lua_pcall of these small C functions. */

static inline int clua_gettable_k(lua_State *L) {  /* (t, k) -> t[k] */
    lua_gettable(L, 1);
    return 1;
}
static inline int clua_settable_k(lua_State *L) {  /* (t, k, v) -> () */
    lua_settable(L, 1);
    return 0;
}
static inline int clua_tostring_k(lua_State *L) {  /* (v) -> tostring(v) */
    luaL_tolstring(L, 1, NULL);
    return 1;
}
static inline int clua_len_k(lua_State *L) {       /* (v) -> #v */
    lua_len(L, 1);
    return 1;
}

static inline int clua_openlibs_k(lua_State *L) {   /* () -> () */
    luaL_openlibs(L);
    return 0;
}

/* __index of host types: methods from upvalue 1 (a table), then the property
   getter in upvalue 2 (a host closure) with (object, key). */
static inline int clua_index_k(lua_State *L) {
    lua_pushvalue(L, 2);                                                          /* o k k */
    if (lua_rawget(L, lua_upvalueindex(1)) != LUA_TNIL)                          /* o k m */
        return 1;
    lua_pop(L, 1);                                                                /* o k */
    if (lua_isnil(L, lua_upvalueindex(2)))
        return 0;
    lua_pushvalue(L, lua_upvalueindex(2));                                        /* o k g */
    lua_insert(L, 1);                                                             /* g o k */
    lua_call(L, 2, 1);                                                            /* v */
    return 1;
}

#endif /* CLUA_SHIM_H */
