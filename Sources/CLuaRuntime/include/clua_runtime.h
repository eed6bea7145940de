/*
 * clua_runtime.h - the runtime that owns a lua_State's limits: a counting
 * allocator with per-owner accounts, a CPU budget (count hook + wall clock),
 * the watchdog, interrupts, the host-function trampoline, and bounded
 * replacements of the library functions that can run long inside C.
 *
 * The runtime is reference counted: the state holds one reference, every
 * interrupt handle another, so a Ctrl-C that arrives while a state is being
 * closed writes to live memory.
 *
 * Limits are enforced only while Lua code runs on the host's behalf (between
 * clua_runtime_begin and clua_runtime_end, i.e. inside clua_runtime_pcall)
 * and not inside host functions, so the host's own pushes never fail because
 * of a plugin's memory limit, and time spent in host functions is not Lua time.
 *
 * Owners: a call can be split into segments, each charged to an owner (a
 * plugin). Memory is accounted per owner (each block remembers who allocated
 * it), and every segment gets the full instruction and time budget; a stop
 * records the owner whose segment ran, so the host blames the right plugin.
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

/* Owners are small integers; 0 is the host (and code that is nobody's). */
#define CLUA_MAX_OWNERS 1024

typedef struct clua_Runtime clua_Runtime;

/* Configuration; zero means "no limit". */
typedef struct clua_Limits {
    size_t memoryBytes;          /* bytes each owner may hold while Lua runs */
    int64_t instructions;        /* VM instructions per call (per segment) */
    double seconds;              /* seconds of Lua time per call (per segment) */
    double killGraceSeconds;     /* > 0: abort the process when Lua code overruns
                                    its deadline by this much outside the host
                                    (a C function that never returns); 0: never */
    int hookCount;               /* instructions between checks (default 1000) */
} clua_Limits;

/* ---- lifetime ---------------------------------------------------------- */

/* A new runtime with one reference; NULL on failure. */
clua_Runtime *clua_runtime_new(clua_Limits limits);
void clua_runtime_retain(clua_Runtime *rt);
/* Drops a reference; the last one frees the runtime (its state must be closed). */
void clua_runtime_release(clua_Runtime *rt);
/* Creates the runtime's state (once), allocating through the runtime; NULL on failure. */
lua_State *clua_runtime_newstate(clua_Runtime *rt);
/* Closes the runtime's state; interrupts afterwards do nothing. */
void clua_runtime_closestate(clua_Runtime *rt);
/* The runtime of any thread of a runtime's state. */
clua_Runtime *clua_runtime_of(lua_State *L);

/* ---- limits ------------------------------------------------------------ */

void clua_runtime_setlimits(clua_Runtime *rt, clua_Limits limits);
/* Installs the count hook on the main thread; coroutines created later inherit it. */
void clua_runtime_installhook(clua_Runtime *rt);

/* ---- calls ------------------------------------------------------------- */

/* lua_pcall under the limits; *stop receives the stop reason (0: none). */
int clua_runtime_pcall(clua_Runtime *rt, lua_State *L, int nargs, int nresults, int msgh, int *stop);
/* The owner whose segment ran when the last call was stopped. */
int clua_runtime_stopowner(clua_Runtime *rt);
/* Charges what follows to `owner` and gives it a fresh instruction and time budget. */
void clua_runtime_setowner(clua_Runtime *rt, int owner);
/* Bytes held by an owner's blocks now. */
size_t clua_runtime_owned(clua_Runtime *rt, int owner);
/* (owner) -> (): clua_runtime_setowner from Lua, for the host's own prelude. */
int clua_runtime_setowner_k(lua_State *L);

/* Asks the running call to stop; one asked for between calls stops the next
   call at once. Async-signal-safe (only atomic stores). */
void clua_runtime_interrupt(clua_Runtime *rt);
/* Forgets an interrupt that no call has taken yet. */
void clua_runtime_clearinterrupt(clua_Runtime *rt);

/* Non-zero (the reason) when the running call must stop; for long C functions. */
int clua_runtime_shouldstop(lua_State *L);
/* For long C functions: counts `work` against the instruction budget and
   raises the stop error when the call must stop. */
void clua_runtime_charge(lua_State *L, int64_t work);
const char *clua_runtime_stopmessage(int reason);

/* ---- host functions ---------------------------------------------------- */

/* A host function returns the number of results, or -1 after pushing an
   error value; the trampoline raises it from C after the host frame returned,
   so no longjmp crosses a host (Swift) frame. */
typedef int (*clua_HostFunction)(lua_State *L, void *context);

/* ---- boxes: Swift objects owned by Lua ---------------------------------
 * A box is a full userdata holding a retained host object. Lua owns it; its
 * __gc calls `release` exactly once, so host objects never outlive the value
 * and never die before it. Used for host-function closures and domain objects. */

typedef struct clua_Box {
    void *context;                 /* retained host object, NULL once released */
    void (*release)(void *context);
    clua_HostFunction function;    /* for host closures: the host entry point */
} clua_Box;

static inline int clua_box_gc(lua_State *L) {
    clua_Box *box = (clua_Box *)lua_touserdata(L, 1);
    if (box != NULL && box->release != NULL) {
        void (*release)(void *) = box->release;
        void *context = box->context;
        box->release = NULL;       /* idempotent: a second __gc does nothing */
        box->context = NULL;
        release(context);
    }
    return 0;
}

/* Pushes a new box with user value slots; [-0, +1]. */
static inline clua_Box *clua_newbox(lua_State *L, void *context, void (*release)(void *), int nuvalue) {
    clua_Box *box = (clua_Box *)lua_newuserdatauv(L, sizeof(clua_Box), nuvalue);
    box->context = context;
    box->release = release;
    box->function = NULL;
    return box;
}

static inline void *clua_box_context(lua_State *L, int idx) {
    clua_Box *box = (clua_Box *)lua_touserdata(L, idx);
    return box == NULL ? NULL : box->context;
}

/* Expects a box on top; pushes the closure that
   calls the box's function through the trampoline in its place. [-1, +1] */
void clua_pushhostclosure(lua_State *L, clua_HostFunction fn);

/* ---- the library under a CPU budget ------------------------------------ */

/* Makes string.find/match/gmatch/gsub interruptible and replaces the table,
   string and coroutine functions that can run long in C (table.move, insert,
   remove, concat; string.rep; coroutine.resume, wrap, close) with versions
   that count their work and stop with the call. For states with a CPU limit.
   A lua_CFunction, to run under lua_pcall (it allocates). */
int clua_install_bounded_k(lua_State *L);

/* ---- memory ------------------------------------------------------------ */

size_t clua_runtime_memoryused(clua_Runtime *rt);
size_t clua_runtime_memorypeak(clua_Runtime *rt);

#endif
