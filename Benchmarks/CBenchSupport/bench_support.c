#include "bench_support.h"
#include <lauxlib.h>

int bench_c_add(lua_State *L) {
    lua_pushinteger(L, lua_tointegerx(L, 1, NULL) + lua_tointegerx(L, 2, NULL));
    return 1;
}

static int handler(lua_State *L) {
    luaL_traceback(L, L, lua_tostring(L, 1), 1);
    return 1;
}

long long bench_c_pcall_loop(lua_State *L, int ref, long long n) {
    long long sum = 0;
    int base = lua_gettop(L);
    for (long long i = 0; i < n; i++) {
        lua_pushcfunction(L, handler);
        lua_rawgeti(L, LUA_REGISTRYINDEX, ref);
        lua_pushinteger(L, i);
        lua_pushinteger(L, 1);
        if (lua_pcall(L, 2, 1, base + 1) == LUA_OK)
            sum += lua_tointegerx(L, -1, NULL);
        lua_settop(L, base);
    }
    return sum;
}
