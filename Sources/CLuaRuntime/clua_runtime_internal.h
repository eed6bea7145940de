/*
 * clua_runtime_internal.h - what clua_bounded.c needs of the runtime; not
 * part of the public interface.
 */
#ifndef CLUA_RUNTIME_INTERNAL_H
#define CLUA_RUNTIME_INTERNAL_H

#include "clua_runtime.h"

/* Makes `L` the running thread; returns the one it replaces. */
lua_State *clua_runtime_swaprunning(clua_Runtime *rt, lua_State *L);
/* The reason the running call must stop (0: none), without reading the clock. */
int clua_runtime_stopped(clua_Runtime *rt);
/* Raises the stop error in L, armed so that pcall cannot swallow it. */
int clua_runtime_raisestop(lua_State *L, int reason);
void clua_runtime_install_patterns(lua_State *L);

#endif
