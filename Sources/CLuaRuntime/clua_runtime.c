/*
 * clua_runtime.c - the runtime of a lua_State: allocator with per-owner
 * accounts, CPU budget, watchdog, interrupts and the host trampoline.
 *
 * Stopping. The count hook fires every `hookCount` instructions of every
 * coroutine (threads inherit the hook of the main thread). Once a call must
 * stop, the hook of the thread that noticed is re-armed to fire on every
 * instruction and raises again each time, so a script that catches the error
 * with pcall cannot make progress; the coroutine functions of clua_bounded.c
 * refuse to resume anything and raise in the resumer. Hooks do not run inside
 * C functions, so long C functions are replaced (clua_bounded.c) or check the
 * budget themselves (the pattern matcher); a watchdog thread sets the stop
 * when the wall-clock budget is spent and, as a last resort, ends the process
 * when Lua code overruns its deadline by the kill grace outside the host.
 *
 * Memory. With a memory limit every block carries a small header naming its
 * owner (the plugin whose code ran when it was allocated), so each owner's
 * live bytes are known exactly and a plugin that fills memory is the one that
 * is stopped. A refusal counts only when it persists: Lua answers a refused
 * allocation with an emergency collection and asks again for the same block;
 * only when that retry is refused too is the call stopped.
 */
#define _GNU_SOURCE
#include "clua_runtime.h"
#include "clua_pattern.h"
#include "clua_runtime_internal.h"

#include <lauxlib.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* Prepended to every block when owners are tracked; 16 bytes keep malloc's alignment. */
typedef struct BlockHeader {
    uint32_t owner;
    uint32_t unused;
    uint64_t padding;
} BlockHeader;

struct clua_Runtime {
    _Atomic int refs;
    _Atomic int inHost;            /* a host function runs: limits paused, not Lua time */
    int64_t hostSinceNs;           /* when the current host stint began (0: none) */
    _Atomic int64_t hostNs;        /* host time inside the current call */
    clua_Limits limits;            /* read and written on the state's thread only */
    _Atomic int64_t graceNs;       /* the kill grace, for the watchdog */
    lua_State *main;
    lua_State *running;            /* the thread running Lua code now (state's thread only) */
    /* memory */
    int headers;                   /* blocks carry a BlockHeader */
    size_t used, peak;
    size_t owned[CLUA_MAX_OWNERS];
    _Atomic int owner;
    const void *refusedBlock;      /* the last refused request, to recognise Lua's retry */
    size_t refusedSize;
    int refusedPending;
    /* the call */
    int depth;                     /* nesting of host -> Lua calls */
    int64_t instructionsLeft;
    _Atomic int stop;
    _Atomic int pending;           /* an interrupt no call has taken yet */
    int stopOwner;                 /* -1 until a stop is recorded */
    char stopSource[LUA_IDSIZE];   /* where Lua code was first stopped ("" until then) */
    int stopLine;
    _Atomic int64_t deadlineNs;    /* in Lua time (wall clock minus host time); 0: none */
    /* watchdog list, guarded by wd_lock */
    struct clua_Runtime *next;
    int watched;
    int hooked;                    /* the count hook belongs on every thread */
};

static int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* Lua time: the wall clock less the host's time inside this call. */
static int64_t lua_now(clua_Runtime *rt) {
    return now_ns() - atomic_load_explicit(&rt->hostNs, memory_order_relaxed);
}

static int hook_count(clua_Runtime *rt) {
    return rt->limits.hookCount > 0 ? rt->limits.hookCount : 1000;
}

/* ---- lifetime ------------------------------------------------------------ */

clua_Runtime *clua_runtime_of(lua_State *L) {
    /* The low bit marks a coroutine that a stop killed (clua_bounded.c). */
    uintptr_t bits = *(uintptr_t *)lua_getextraspace(L);
    return (clua_Runtime *)(bits & ~(uintptr_t)1);
}

static pthread_mutex_t wd_lock = PTHREAD_MUTEX_INITIALIZER;
static clua_Runtime *wd_list = NULL;
static int wd_started = 0;
static void watch(clua_Runtime *rt);
static void unwatch(clua_Runtime *rt);

clua_Runtime *clua_runtime_new(clua_Limits limits) {
    clua_Runtime *rt = (clua_Runtime *)calloc(1, sizeof *rt);
    if (rt == NULL)
        return NULL;
    atomic_init(&rt->refs, 1);
    rt->stopOwner = -1;
    rt->headers = limits.memoryBytes > 0;
    clua_runtime_setlimits(rt, limits);
    return rt;
}

void clua_runtime_retain(clua_Runtime *rt) {
    atomic_fetch_add_explicit(&rt->refs, 1, memory_order_relaxed);
}

void clua_runtime_release(clua_Runtime *rt) {
    if (rt == NULL || atomic_fetch_sub_explicit(&rt->refs, 1, memory_order_acq_rel) != 1)
        return;
    if (rt->watched)
        unwatch(rt);
    free(rt);
}

/* ---- allocator ----------------------------------------------------------- */

static void record_stop(clua_Runtime *rt, int reason);
static void runtime_hook(lua_State *L, lua_Debug *ar);

/* A request of at most half the limit is granted after all once the call is
   stopped: the running thread then stops at its next instruction, with a location
   and a traceback, instead of unwinding with a bare memory error (Lua calls no
   message handler for those). An owner may so hold up to 1.5 times its limit for
   the moment it takes to stop. */

/* Refuses a request. The second refusal of the same request (Lua's retry after its
   emergency collection), or a request no collection could make fit, stops the call
   and arms the running thread's hook; a first refusal only tells Lua to collect. */
static void *refuse(clua_Runtime *rt, void *block, size_t osize, size_t nsize, int *grant) {
    int retry = rt->refusedPending && rt->refusedBlock == block && rt->refusedSize == nsize;
    if (retry || nsize - osize > rt->limits.memoryBytes) {
        rt->refusedPending = 0;
        record_stop(rt, CLUA_STOP_MEMORY);
        if (rt->running != NULL)   /* the thread allocating: stop it at its next instruction */
            lua_sethook(rt->running, runtime_hook, LUA_MASKCOUNT, 1);
        *grant = nsize - osize <= rt->limits.memoryBytes / 2;
    } else {
        rt->refusedPending = 1;
        rt->refusedBlock = block;
        rt->refusedSize = nsize;
        *grant = 0;
    }
    return NULL;
}

/* Whether the limit applies now: only while Lua runs for the host, not in host
   functions, and no longer once the call is stopped (its error handling may allocate,
   and nothing of the stopped code runs on). */
static int enforcing(clua_Runtime *rt) {
    return rt->limits.memoryBytes > 0 && rt->depth > 0 &&
           !atomic_load_explicit(&rt->inHost, memory_order_relaxed) &&
           atomic_load_explicit(&rt->stop, memory_order_relaxed) == CLUA_STOP_NONE;
}

static void *runtime_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
    clua_Runtime *rt = (clua_Runtime *)ud;
    if (ptr == NULL)
        osize = 0;                 /* osize then encodes the object type */
    if (!rt->headers) {
        if (nsize == 0) {
            free(ptr);
            rt->used -= osize;
            return NULL;
        }
        /* Lua relies on shrinking never failing: only growth is refused. */
        int grant = 1;
        if (nsize > osize && enforcing(rt) && rt->used - osize + nsize > rt->limits.memoryBytes)
            refuse(rt, ptr, osize, nsize, &grant);
        if (!grant)
            return NULL;
        void *block = realloc(ptr, nsize);
        if (block == NULL)
            return NULL;
        if (nsize > osize)
            rt->refusedPending = 0;
        rt->used = rt->used - osize + nsize;
        if (rt->used > rt->peak)
            rt->peak = rt->used;
        return block;
    }
    BlockHeader *header = ptr == NULL ? NULL : (BlockHeader *)ptr - 1;
    uint32_t from = header == NULL ? 0 : header->owner;
    if (nsize == 0) {
        rt->owned[from] -= osize;
        rt->used -= osize;
        free(header);
        return NULL;
    }
    uint32_t to = (uint32_t)atomic_load_explicit(&rt->owner, memory_order_relaxed);
    if (nsize > osize && enforcing(rt)) {
        size_t held = rt->owned[to] - (from == to ? osize : 0);
        int grant = 1;
        if (held + nsize > rt->limits.memoryBytes)
            refuse(rt, ptr, osize, nsize, &grant);
        if (!grant)
            return NULL;
    }
    BlockHeader *moved = (BlockHeader *)realloc(header, sizeof(BlockHeader) + nsize);
    if (moved == NULL)
        return NULL;
    if (nsize > osize)
        rt->refusedPending = 0;
    rt->owned[from] -= osize;      /* the block now belongs to whoever changed it */
    rt->owned[to] += nsize;
    moved->owner = to;
    rt->used = rt->used - osize + nsize;
    if (rt->used > rt->peak)
        rt->peak = rt->used;
    return moved + 1;
}

lua_State *clua_runtime_newstate(clua_Runtime *rt) {
    if (rt->main != NULL)
        return NULL;
    lua_State *L = lua_newstate(runtime_alloc, rt);
    if (L != NULL) {
        *(clua_Runtime **)lua_getextraspace(L) = rt;  /* copied into every new thread */
        rt->main = L;
    }
    return L;
}

void clua_runtime_closestate(clua_Runtime *rt) {
    if (rt->main == NULL)
        return;
    lua_State *L = rt->main;
    rt->depth = 0;
    lua_close(L);                  /* runs every box's __gc */
    rt->main = NULL;
    rt->running = NULL;
}

/* ---- stopping ------------------------------------------------------------ */

static void record_stop(clua_Runtime *rt, int reason) {
    int expected = CLUA_STOP_NONE;
    atomic_compare_exchange_strong(&rt->stop, &expected, reason);
    if (rt->stopOwner < 0)
        rt->stopOwner = atomic_load_explicit(&rt->owner, memory_order_relaxed);
}

static int deadline_passed(clua_Runtime *rt) {
    int64_t deadline = atomic_load_explicit(&rt->deadlineNs, memory_order_relaxed);
    return deadline != 0 && lua_now(rt) >= deadline;
}

/* Puts the thread's hook back to what the limits need. */
static void settle_hook(clua_Runtime *rt, lua_State *L) {
    if (!rt->hooked)
        lua_sethook(L, NULL, 0, 0);
    else if (lua_gethookcount(L) != hook_count(rt) || lua_gethook(L) != runtime_hook)
        lua_sethook(L, runtime_hook, LUA_MASKCOUNT, hook_count(rt));
}

/* Remembers the innermost Lua function running when the call was first stopped:
   later raises (after a pcall caught the first) happen elsewhere, but the error
   names the code that ran out of budget. */
static void remember_where(clua_Runtime *rt, lua_State *L) {
    lua_Debug ar;
    for (int level = 0; rt->stopLine == 0 && lua_getstack(L, level, &ar); level++) {
        if (lua_getinfo(L, "Sl", &ar) && ar.currentline > 0) {
            memcpy(rt->stopSource, ar.short_src, sizeof rt->stopSource);
            rt->stopSource[sizeof rt->stopSource - 1] = 0;
            rt->stopLine = ar.currentline;
        }
    }
    if (rt->stopLine == 0)
        rt->stopLine = -1;         /* looked, nothing found */
}

/* Raises the stop error in L after arming its hook for every instruction. */
static int raise_stop(lua_State *L, int reason) {
    clua_Runtime *rt = clua_runtime_of(L);
    lua_sethook(L, runtime_hook, LUA_MASKCOUNT, 1);   /* no escape by pcall */
    if (rt->stopLine == 0)
        remember_where(rt, L);
    const char *message = clua_runtime_stopmessage(reason);
    if (rt->stopLine > 0)
        lua_pushfstring(L, "%s:%d: %s", rt->stopSource, rt->stopLine, message);
    else
        lua_pushstring(L, message);
    return lua_error(L);
}

static void runtime_hook(lua_State *L, lua_Debug *ar) {
    (void)ar;
    clua_Runtime *rt = clua_runtime_of(L);
    if (rt->depth == 0) {          /* a thread armed by an earlier call */
        settle_hook(rt, L);
        return;
    }
    int stop = atomic_load(&rt->stop);
    if (stop == CLUA_STOP_NONE) {
        if (rt->limits.instructions > 0) {
            rt->instructionsLeft -= lua_gethookcount(L);
            if (rt->instructionsLeft <= 0)
                stop = CLUA_STOP_INSTRUCTIONS;
        }
        if (stop == CLUA_STOP_NONE && deadline_passed(rt))
            stop = CLUA_STOP_TIME;
        if (stop != CLUA_STOP_NONE)
            record_stop(rt, stop);
        stop = atomic_load(&rt->stop);
    }
    if (stop != CLUA_STOP_NONE) {
        if (rt->stopOwner < 0)
            rt->stopOwner = atomic_load_explicit(&rt->owner, memory_order_relaxed);
        raise_stop(L, stop);
    }
    settle_hook(rt, L);
}

int clua_runtime_shouldstop(lua_State *L) {
    clua_Runtime *rt = clua_runtime_of(L);
    if (rt == NULL || rt->depth == 0)
        return 0;
    int stop = atomic_load(&rt->stop);
    if (stop != CLUA_STOP_NONE)
        return stop;
    if (deadline_passed(rt)) {
        record_stop(rt, CLUA_STOP_TIME);
        return atomic_load(&rt->stop);
    }
    return 0;
}

void clua_runtime_charge(lua_State *L, int64_t work) {
    clua_Runtime *rt = clua_runtime_of(L);
    if (rt == NULL || rt->depth == 0 || atomic_load_explicit(&rt->inHost, memory_order_relaxed))
        return;
    if (rt->limits.instructions > 0 && atomic_load(&rt->stop) == CLUA_STOP_NONE) {
        rt->instructionsLeft -= work;
        if (rt->instructionsLeft <= 0)
            record_stop(rt, CLUA_STOP_INSTRUCTIONS);
    }
    int stop = clua_runtime_shouldstop(L);
    if (stop != CLUA_STOP_NONE)
        raise_stop(L, stop);
}

const char *clua_runtime_stopmessage(int reason) {
    switch (reason) {
    case CLUA_STOP_INSTRUCTIONS: return "instruction limit exceeded";
    case CLUA_STOP_TIME: return "time limit exceeded";
    case CLUA_STOP_MEMORY: return "memory limit exceeded";
    case CLUA_STOP_INTERRUPT: return "interrupted";
    default: return "stopped";
    }
}

/* ---- watchdog ------------------------------------------------------------ */

static void *watchdog_main(void *arg) {
    (void)arg;
    for (;;) {
        struct timespec nap = {0, 20 * 1000 * 1000};  /* 20 ms */
        nanosleep(&nap, NULL);
        pthread_mutex_lock(&wd_lock);
        for (clua_Runtime *rt = wd_list; rt != NULL; rt = rt->next) {
            int64_t deadline = atomic_load(&rt->deadlineNs);
            /* Host work is not Lua time, and the host can always recover from it. */
            if (deadline == 0 || atomic_load(&rt->inHost))
                continue;
            int64_t t = lua_now(rt);
            if (t < deadline)
                continue;
            /* The hook or the next bounded C function raises it. */
            int expected = CLUA_STOP_NONE;
            atomic_compare_exchange_strong(&rt->stop, &expected, CLUA_STOP_TIME);
            int64_t grace = atomic_load(&rt->graceNs);
            if (grace > 0 && t - deadline > grace) {
                /* Still not back after the grace: stuck inside C, where nothing else can
                   reach it. Ending the process is the only way to give control back. */
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

/* ---- limits -------------------------------------------------------------- */

void clua_runtime_setlimits(clua_Runtime *rt, clua_Limits limits) {
    rt->limits = limits;
    atomic_store(&rt->graceNs, limits.killGraceSeconds > 0 ? (int64_t)(limits.killGraceSeconds * 1e9) : 0);
    if (limits.seconds > 0 && !rt->watched)
        watch(rt);
}

void clua_runtime_installhook(clua_Runtime *rt) {
    rt->hooked = 1;
    if (rt->main != NULL)
        lua_sethook(rt->main, runtime_hook, LUA_MASKCOUNT, hook_count(rt));
}

/* ---- calls --------------------------------------------------------------- */

static int64_t deadline_from_now(clua_Runtime *rt) {
    return rt->limits.seconds > 0 ? lua_now(rt) + (int64_t)(rt->limits.seconds * 1e9) : 0;
}

/* Host -> Lua: returns a token for end (whether the host was running). */
static int runtime_begin(clua_Runtime *rt, lua_State *L) {
    int token = atomic_load_explicit(&rt->inHost, memory_order_relaxed);
    if (token && rt->hostSinceNs != 0) {   /* a host function calls back into Lua */
        atomic_fetch_add_explicit(&rt->hostNs, now_ns() - rt->hostSinceNs, memory_order_relaxed);
        rt->hostSinceNs = 0;
    }
    atomic_store_explicit(&rt->inHost, 0, memory_order_relaxed);
    if (rt->depth++ == 0) {
        rt->stopOwner = -1;
        rt->stopLine = 0;
        rt->refusedPending = 0;
        rt->instructionsLeft = rt->limits.instructions;
        atomic_store_explicit(&rt->hostNs, 0, memory_order_relaxed);
        /* An interrupt asked for between calls stops this one at once. */
        int stop = atomic_load(&rt->pending) ? CLUA_STOP_INTERRUPT : CLUA_STOP_NONE;
        atomic_store(&rt->stop, stop);
        atomic_store_explicit(&rt->deadlineNs, deadline_from_now(rt), memory_order_relaxed);
        if (stop != CLUA_STOP_NONE)
            lua_sethook(L, runtime_hook, LUA_MASKCOUNT, 1);
    }
    return token;
}

static int runtime_end(clua_Runtime *rt, int token) {
    int reason = CLUA_STOP_NONE;
    if (--rt->depth == 0) {
        atomic_store_explicit(&rt->deadlineNs, 0, memory_order_relaxed);
        reason = atomic_load(&rt->stop);
        if (reason != CLUA_STOP_NONE && rt->stopOwner < 0)
            rt->stopOwner = atomic_load_explicit(&rt->owner, memory_order_relaxed);
        if (reason == CLUA_STOP_INTERRUPT)
            atomic_store(&rt->pending, 0);   /* taken */
        atomic_store_explicit(&rt->owner, 0, memory_order_relaxed);
    }
    atomic_store_explicit(&rt->inHost, token, memory_order_relaxed);
    if (token && atomic_load_explicit(&rt->deadlineNs, memory_order_relaxed) != 0)
        rt->hostSinceNs = now_ns();
    return reason;
}

int clua_runtime_pcall(clua_Runtime *rt, lua_State *L, int nargs, int nresults, int msgh, int *stop) {
    lua_State *previous = rt->running;
    rt->running = L;
    int token = runtime_begin(rt, L);
    int status = lua_pcallk(L, nargs, nresults, msgh, 0, NULL);
    *stop = runtime_end(rt, token);
    rt->running = previous;
    if (*stop != CLUA_STOP_NONE && rt->depth == 0)
        settle_hook(rt, L);         /* the thread's hook may still fire on every instruction */
    return status;
}

int clua_runtime_stopowner(clua_Runtime *rt) { return rt->stopOwner; }

void clua_runtime_setowner(clua_Runtime *rt, int owner) {
    if (owner < 0 || owner >= CLUA_MAX_OWNERS)
        owner = 0;
    atomic_store_explicit(&rt->owner, owner, memory_order_relaxed);
    if (rt->depth > 0 && atomic_load(&rt->stop) == CLUA_STOP_NONE) {
        /* Each segment gets the whole budget: one plugin cannot spend another's. */
        rt->instructionsLeft = rt->limits.instructions;
        atomic_store_explicit(&rt->deadlineNs, deadline_from_now(rt), memory_order_relaxed);
    }
}

size_t clua_runtime_owned(clua_Runtime *rt, int owner) {
    if (owner < 0 || owner >= CLUA_MAX_OWNERS)
        return 0;
    return rt->headers ? rt->owned[owner] : (owner == 0 ? rt->used : 0);
}

int clua_runtime_setowner_k(lua_State *L) {
    clua_runtime_setowner(clua_runtime_of(L), (int)luaL_checkinteger(L, 1));
    return 0;
}

void clua_runtime_interrupt(clua_Runtime *rt) {
    atomic_store(&rt->pending, 1);
    int expected = CLUA_STOP_NONE;
    atomic_compare_exchange_strong(&rt->stop, &expected, CLUA_STOP_INTERRUPT);
}

void clua_runtime_clearinterrupt(clua_Runtime *rt) {
    atomic_store(&rt->pending, 0);
}

/* ---- host functions ------------------------------------------------------ */

static int trampoline(lua_State *L) {
    clua_Box *box = (clua_Box *)lua_touserdata(L, lua_upvalueindex(1));
    clua_Runtime *rt = clua_runtime_of(L);
    int outer = !atomic_load_explicit(&rt->inHost, memory_order_relaxed);
    if (outer) {
        atomic_store_explicit(&rt->inHost, 1, memory_order_relaxed);
        /* Time in the host is not Lua time: read the clock only when a deadline runs. */
        rt->hostSinceNs = atomic_load_explicit(&rt->deadlineNs, memory_order_relaxed) != 0 ? now_ns() : 0;
    }
    int n = box->function(L, box->context);
    if (outer) {
        if (rt->hostSinceNs != 0)
            atomic_fetch_add_explicit(&rt->hostNs, now_ns() - rt->hostSinceNs, memory_order_relaxed);
        rt->hostSinceNs = 0;
        atomic_store_explicit(&rt->inHost, 0, memory_order_relaxed);
    }
    if (n < 0)
        return lua_error(L);       /* the error value is on top; no host frame is left */
    return n;
}

void clua_pushhostclosure(lua_State *L, clua_HostFunction fn) {
    clua_Box *box = (clua_Box *)lua_touserdata(L, -1);
    box->function = fn;
    lua_pushcclosure(L, trampoline, 1);                                           /* closure */
}

/* ---- patterns ------------------------------------------------------------ */

/* The pattern matcher's callback: counts its steps against the instruction
   budget and stops on any stop reason or the deadline. */
static int pattern_interrupt(lua_State *L, void *ud) {
    (void)ud;
    clua_Runtime *rt = clua_runtime_of(L);
    if (rt != NULL && rt->depth > 0 && rt->limits.instructions > 0 &&
        atomic_load(&rt->stop) == CLUA_STOP_NONE) {
        rt->instructionsLeft -= CLUA_PATTERN_DEFAULT_INTERVAL;
        if (rt->instructionsLeft <= 0)
            record_stop(rt, CLUA_STOP_INSTRUCTIONS);
    }
    int stop = clua_runtime_shouldstop(L);
    if (stop != CLUA_STOP_NONE) {
        lua_sethook(L, runtime_hook, LUA_MASKCOUNT, 1);
        if (rt->stopLine == 0)
            remember_where(rt, L);
    }
    return stop;
}

void clua_runtime_install_patterns(lua_State *L) {
    clua_pattern_set_interrupt(L, pattern_interrupt, NULL);
    clua_pattern_install(L);
}

/* ---- for clua_bounded.c ------------------------------------------------- */

lua_State *clua_runtime_swaprunning(clua_Runtime *rt, lua_State *L) {
    lua_State *previous = rt->running;
    rt->running = L;
    return previous;
}

int clua_runtime_stopped(clua_Runtime *rt) {
    return rt->depth > 0 ? atomic_load(&rt->stop) : CLUA_STOP_NONE;
}

int clua_runtime_raisestop(lua_State *L, int reason) {
    clua_Runtime *rt = clua_runtime_of(L);
    if (rt->stopOwner < 0)
        rt->stopOwner = atomic_load_explicit(&rt->owner, memory_order_relaxed);
    return raise_stop(L, reason);
}

/* ---- memory -------------------------------------------------------------- */

size_t clua_runtime_memoryused(clua_Runtime *rt) { return rt->used; }
size_t clua_runtime_memorypeak(clua_Runtime *rt) { return rt->peak; }
