/*
 * clua_runtime.c - counting allocator, CPU budget and watchdog.
 *
 * The count hook fires every `hookCount` instructions of every coroutine
 * (threads inherit the hook from the thread that creates them). Once a call
 * must stop, the hook re-arms itself to fire on every instruction and raises
 * again each time, so a script that catches the error with pcall cannot make
 * progress. Hooks do not run inside C functions, so a wall-clock deadline is
 * also checked by interruptible C code (the pattern matcher) and by a
 * watchdog thread, which aborts the process as a last resort when a call
 * overruns its deadline by the kill grace (a C function that never returns).
 */
#define _GNU_SOURCE
#include "clua_runtime.h"
#include "clua_pattern.h"

#include <lauxlib.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

struct clua_Runtime {
    int inHost;                    /* first: shim.h's clua_HostFlags; a host function runs */
    clua_Limits limits;
    /* memory */
    size_t used, peak;
    int memoryHit;
    /* call state */
    int depth;                     /* nesting of host -> Lua calls */
    int64_t instructionsLeft;
    _Atomic int stop;
    _Atomic int64_t deadlineNs;    /* 0: none */
    /* watchdog list */
    struct clua_Runtime *next;
    int watched;
    int unlimited;                 /* no limit is set */
    int hooked;                    /* the count hook is installed (interrupts need it) */
};

static int is_unlimited(clua_Limits l) {
    return l.memoryBytes == 0 && l.instructions == 0 && l.seconds <= 0;
}

static int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* ---- watchdog ------------------------------------------------------------ */

static pthread_mutex_t wd_lock = PTHREAD_MUTEX_INITIALIZER;
static clua_Runtime *wd_list = NULL;
static int wd_started = 0;

static void *watchdog_main(void *arg) {
    (void)arg;
    for (;;) {
        struct timespec nap = {0, 20 * 1000 * 1000};  /* 20 ms */
        nanosleep(&nap, NULL);
        int64_t t = now_ns();
        pthread_mutex_lock(&wd_lock);
        for (clua_Runtime *rt = wd_list; rt != NULL; rt = rt->next) {
            int64_t deadline = atomic_load(&rt->deadlineNs);
            if (deadline == 0 || t < deadline)
                continue;
            int expected = CLUA_STOP_NONE;
            atomic_compare_exchange_strong(&rt->stop, &expected, CLUA_STOP_TIME);
            double grace = rt->limits.killGraceSeconds;
            if (grace > 0 && t - deadline > (int64_t)(grace * 1e9)) {
                static const char msg[] =
                    "smkit: fatal: Lua code ignored its time limit (stuck inside a C function); aborting\n";
                ssize_t w = write(2, msg, sizeof msg - 1);
                (void)w;
                _exit(124);
            }
        }
        pthread_mutex_unlock(&wd_lock);
    }
    return NULL;
}

static void watch(clua_Runtime *rt) {
    pthread_mutex_lock(&wd_lock);
    if (!rt->watched) {
        rt->next = wd_list;
        wd_list = rt;
        rt->watched = 1;
    }
    if (!wd_started) {
        pthread_t th;
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
        if (pthread_create(&th, &attr, watchdog_main, NULL) == 0)
            wd_started = 1;
        pthread_attr_destroy(&attr);
    }
    pthread_mutex_unlock(&wd_lock);
}

static void unwatch(clua_Runtime *rt) {
    pthread_mutex_lock(&wd_lock);
    for (clua_Runtime **p = &wd_list; *p != NULL; p = &(*p)->next) {
        if (*p == rt) {
            *p = rt->next;
            break;
        }
    }
    rt->watched = 0;
    pthread_mutex_unlock(&wd_lock);
}

/* ---- allocator ----------------------------------------------------------- */

static void *runtime_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
    clua_Runtime *rt = (clua_Runtime *)ud;
    if (ptr == NULL)
        osize = 0;                 /* osize then encodes the object type */
    if (nsize == 0) {
        free(ptr);
        rt->used -= osize;
        return NULL;
    }
    if (nsize > osize && rt->limits.memoryBytes > 0 && rt->depth > 0 && !rt->inHost &&
        rt->used + (nsize - osize) > rt->limits.memoryBytes) {
        rt->memoryHit = 1;         /* even if the script catches the error */
        return NULL;
    }
    void *block = realloc(ptr, nsize);
    if (block == NULL)
        return NULL;
    rt->used = rt->used - osize + nsize;
    if (rt->used > rt->peak)
        rt->peak = rt->used;
    return block;
}

/* ---- hook ---------------------------------------------------------------- */

static void runtime_hook(lua_State *L, lua_Debug *ar) {
    (void)ar;
    clua_Runtime *rt = clua_runtime_of(L);
    int stop = atomic_load(&rt->stop);
    if (stop == CLUA_STOP_NONE && rt->depth > 0) {
        if (rt->limits.instructions > 0) {
            rt->instructionsLeft -= lua_gethookcount(L);
            if (rt->instructionsLeft <= 0)
                stop = CLUA_STOP_INSTRUCTIONS;
        }
        if (stop == CLUA_STOP_NONE && rt->memoryHit)
            stop = CLUA_STOP_MEMORY;
        int64_t deadline = atomic_load(&rt->deadlineNs);
        if (stop == CLUA_STOP_NONE && deadline != 0 && now_ns() >= deadline)
            stop = CLUA_STOP_TIME;
        if (stop != CLUA_STOP_NONE)
            atomic_store(&rt->stop, stop);
    }
    if (stop != CLUA_STOP_NONE && rt->depth > 0) {
        lua_sethook(L, runtime_hook, LUA_MASKCOUNT, 1);   /* no escape by pcall */
        luaL_error(L, "%s", clua_runtime_stopmessage(stop));
    }
    int count = rt->limits.hookCount > 0 ? rt->limits.hookCount : 1000;
    if (lua_gethookcount(L) != count)
        lua_sethook(L, runtime_hook, LUA_MASKCOUNT, count);  /* after an earlier stop */
}

/* ---- API ----------------------------------------------------------------- */

clua_Runtime *clua_runtime_new(clua_Limits limits) {
    clua_Runtime *rt = (clua_Runtime *)calloc(1, sizeof *rt);
    if (rt == NULL)
        return NULL;
    rt->limits = limits;
    rt->unlimited = is_unlimited(limits);
    if (limits.seconds > 0)
        watch(rt);
    return rt;
}

lua_State *clua_runtime_newstate(clua_Runtime *rt) {
    lua_State *L = lua_newstate(runtime_alloc, rt);
    if (L != NULL)
        *(clua_Runtime **)lua_getextraspace(L) = rt;  /* copied into every new thread */
    return L;
}

void clua_runtime_installhook(clua_Runtime *rt, lua_State *L) {
    int count = rt->limits.hookCount > 0 ? rt->limits.hookCount : 1000;
    lua_sethook(L, runtime_hook, LUA_MASKCOUNT, count);
    rt->hooked = 1;
}

void clua_runtime_free(clua_Runtime *rt) {
    if (rt == NULL)
        return;
    if (rt->watched)
        unwatch(rt);
    free(rt);
}

clua_Runtime *clua_runtime_of(lua_State *L) {
    return *(clua_Runtime **)lua_getextraspace(L);
}

int clua_runtime_begin(clua_Runtime *rt) {
    int token = rt->inHost;
    rt->inHost = 0;
    if (rt->depth++ == 0) {
        /* Relaxed is enough: the watchdog and signal handlers only set flags
           that the hook reads at its next check. */
        atomic_store_explicit(&rt->stop, CLUA_STOP_NONE, memory_order_relaxed);
        rt->memoryHit = 0;
        rt->instructionsLeft = rt->limits.instructions;
        if (rt->limits.seconds > 0)
            atomic_store_explicit(&rt->deadlineNs, now_ns() + (int64_t)(rt->limits.seconds * 1e9),
                                  memory_order_relaxed);
    }
    return token;
}

int clua_runtime_end(clua_Runtime *rt, int token) {
    int reason = CLUA_STOP_NONE;
    if (--rt->depth == 0) {
        if (rt->limits.seconds > 0)
            atomic_store_explicit(&rt->deadlineNs, 0, memory_order_relaxed);
        reason = atomic_load_explicit(&rt->stop, memory_order_relaxed);
        if (reason == CLUA_STOP_NONE && rt->memoryHit)
            reason = CLUA_STOP_MEMORY;
    }
    rt->inHost = token;
    return reason;
}

int clua_runtime_pcall(clua_Runtime *rt, lua_State *L, int nargs, int nresults, int msgh, int *stop) {
    if (rt->unlimited && !rt->hooked) {   /* nothing to account for or stop */
        *stop = CLUA_STOP_NONE;
        return lua_pcallk(L, nargs, nresults, msgh, 0, NULL);
    }
    int token = clua_runtime_begin(rt);
    int status = lua_pcallk(L, nargs, nresults, msgh, 0, NULL);
    *stop = clua_runtime_end(rt, token);
    return status;
}

int clua_runtime_enterhost(clua_Runtime *rt) {
    int token = rt->inHost;
    rt->inHost = 1;
    return token;
}

void clua_runtime_leavehost(clua_Runtime *rt, int token) {
    rt->inHost = token;
}

void clua_runtime_interrupt(clua_Runtime *rt) {
    atomic_store(&rt->stop, CLUA_STOP_INTERRUPT);
}

int clua_runtime_shouldstop(lua_State *L) {
    clua_Runtime *rt = clua_runtime_of(L);
    if (rt == NULL || rt->depth == 0)
        return 0;
    int stop = atomic_load(&rt->stop);
    if (stop != CLUA_STOP_NONE)
        return stop;
    int64_t deadline = atomic_load(&rt->deadlineNs);
    if (deadline != 0 && now_ns() >= deadline) {
        atomic_store(&rt->stop, CLUA_STOP_TIME);
        return CLUA_STOP_TIME;
    }
    return 0;
}

int clua_runtime_pattern_interrupt(lua_State *L, void *ud) {
    (void)ud;
    clua_Runtime *rt = clua_runtime_of(L);
    if (rt != NULL && rt->depth > 0 && rt->limits.instructions > 0 &&
        atomic_load(&rt->stop) == CLUA_STOP_NONE) {
        rt->instructionsLeft -= CLUA_PATTERN_DEFAULT_INTERVAL;
        if (rt->instructionsLeft <= 0)
            atomic_store(&rt->stop, CLUA_STOP_INSTRUCTIONS);
    }
    return clua_runtime_shouldstop(L);
}

void clua_runtime_install_patterns(lua_State *L) {
    clua_pattern_set_interrupt(L, clua_runtime_pattern_interrupt, NULL);
    clua_pattern_install(L);
}

int clua_install_patterns_k(lua_State *L) {
    clua_runtime_install_patterns(L);
    return 0;
}

int clua_runtime_stopreason(clua_Runtime *rt) { return atomic_load(&rt->stop); }

const char *clua_runtime_stopmessage(int reason) {
    switch (reason) {
    case CLUA_STOP_INSTRUCTIONS: return "instruction limit exceeded";
    case CLUA_STOP_TIME: return "time limit exceeded";
    case CLUA_STOP_MEMORY: return "memory limit exceeded";
    case CLUA_STOP_INTERRUPT: return "interrupted";
    default: return "stopped";
    }
}

size_t clua_runtime_memoryused(clua_Runtime *rt) { return rt->used; }
size_t clua_runtime_memorypeak(clua_Runtime *rt) { return rt->peak; }

void clua_runtime_setlimits(clua_Runtime *rt, clua_Limits limits) {
    rt->limits = limits;
    rt->unlimited = is_unlimited(limits);
    if (limits.seconds > 0 && !rt->watched)
        watch(rt);
}

clua_Limits clua_runtime_limits(clua_Runtime *rt) { return rt->limits; }
