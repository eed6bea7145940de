/* C baselines for the host benchmarks, built into the same binary. */
#ifndef BENCH_SUPPORT_H
#define BENCH_SUPPORT_H
#include <lua.h>

/* add(a, b) -> a + b, as a plain lua_CFunction. */
int bench_c_add(lua_State *L);
/* Calls the function in registry slot `ref` n times as f(i, 1) with lua_pcall
   and a message handler, as a C host would; returns the sum of results. */
long long bench_c_pcall_loop(lua_State *L, int ref, long long n);
#endif
