/*
 * clua_runtime.h - resource limits for a lua_State: a counting allocator, a
 * CPU budget (count hook + wall-clock deadline) and a watchdog thread.
 *
 * Limits are enforced only while Lua code runs on the host's behalf (between
 * clua_runtime_begin and clua_runtime_end) and not inside host functions, so
 * the host's own pushes never fail because of a plugin's memory limit.
 */
#ifndef CLUA_RUNTIME_H
#define CLUA_RUNTIME_H

#include <lua.h>
#include <stddef.h>
#include <stdint.h>

/* Why a call was stopped. */
enum {
    CLUA_STOP_NONE = 0,
    CLUA_STOP_INSTRUCTIONS = 1,
    CLUA_STOP_TIME = 2,
    CLUA_STOP_MEMORY = 3,
    CLUA_STOP_INTERRUPT = 4
};

typedef struct clua_Runtime clua_Runtime;

/* Configuration; zero means "no limit". */
typedef struct clua_Limits {
    size_t memoryBytes;          /* bytes the state may hold while Lua runs */
    int64_t instructions;        /* VM instructions per outermost call */
    double seconds;              /* wall-clock seconds per outermost call */
    double killGraceSeconds;     /* > 0: abort the process when a call overruns
                                    its deadline by this much (a C function that
                                    never returns to the VM); 0: never */
    int hookCount;               /* instructions between checks (default 1000) */
} clua_Limits;

clua_Runtime *clua_runtime_new(clua_Limits limits);
/* Creates a state that allocates through the runtime; NULL on failure. */
lua_State *clua_runtime_newstate(clua_Runtime *rt);
/* Installs the count hook; call before any untrusted code runs, so every
   coroutine created later inherits it. */
void clua_runtime_installhook(clua_Runtime *rt, lua_State *L);
/* Frees the runtime after lua_close. */
void clua_runtime_free(clua_Runtime *rt);

clua_Runtime *clua_runtime_of(lua_State *L);

/* Host -> Lua: returns a token to pass to clua_runtime_end. */
int clua_runtime_begin(clua_Runtime *rt);
/* Returns the stop reason of the call that ends (outermost only, else 0). */
int clua_runtime_end(clua_Runtime *rt, int token);
/* lua_pcall between begin and end; *stop receives the stop reason. */
int clua_runtime_pcall(clua_Runtime *rt, lua_State *L, int nargs, int nresults, int msgh, int *stop);
/* Lua -> host function: suspends enforcement while Swift runs. */
int clua_runtime_enterhost(clua_Runtime *rt);
void clua_runtime_leavehost(clua_Runtime *rt, int token);

/* Asks the running call to stop (async-signal-safe: Ctrl-C). */
void clua_runtime_interrupt(clua_Runtime *rt);
/* Non-zero when the running call must stop; for long C functions. */
int clua_runtime_shouldstop(lua_State *L);
int clua_runtime_stopreason(clua_Runtime *rt);
/* The pattern matcher's interrupt callback: counts pattern steps against the
   instruction budget and stops on any stop reason or the deadline. */
int clua_runtime_pattern_interrupt(lua_State *L, void *ud);
/* Makes string.find/match/gmatch/gsub interruptible in this state (the string
   table and the string metatable); for states with a CPU limit. */
void clua_runtime_install_patterns(lua_State *L);
/* The same as a lua_CFunction, to run under lua_pcall (it allocates). */
int clua_install_patterns_k(lua_State *L);
const char *clua_runtime_stopmessage(int reason);

size_t clua_runtime_memoryused(clua_Runtime *rt);
size_t clua_runtime_memorypeak(clua_Runtime *rt);
void clua_runtime_setlimits(clua_Runtime *rt, clua_Limits limits);
clua_Limits clua_runtime_limits(clua_Runtime *rt);

#endif
