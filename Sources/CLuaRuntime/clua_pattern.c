/*
 * clua_pattern.c - Lua 5.4 pattern matching with a step budget.
 *
 * Written from the Lua 5.4 reference manual (section 6.4.1, and the
 * descriptions of string.find/match/gmatch/gsub) and checked against the
 * stock library with the differential harness in Tests/pattern.  Besides the
 * documented semantics, observable details of the stock implementation are
 * reproduced on purpose: lazy detection of malformed pattern pieces (only
 * when the matcher reaches them), the error texts, the 200-level nesting
 * limit ("pattern too complex") and 32 captures.
 *
 * Step accounting: one step per pattern item tried (each loop turn of
 * cluaP_do, so every recursion), per subject byte tested by a repetition or
 * %b, per backtracking move; bulk memchr/memcmp work costs 1 + bytes/16
 * (memcmp: bytes/32).  Only the relative scale matters: the callback runs
 * every `interval` steps.
 *
 * Strings handed to the matcher come from Lua, so they are followed by a
 * '\0' byte; the code relies on that when it peeks one byte past an item
 * (exactly like a NUL terminator would behave), never further.
 */
#if !defined(_GNU_SOURCE)
#define _GNU_SOURCE 1 /* memmem */
#endif

#include "clua_pattern.h"

#include <ctype.h>
#include <limits.h>
#include <stddef.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

typedef unsigned char cluaP_byte;

#define CLUAP_OPEN (-1)     /* capture length: not closed yet */
#define CLUAP_POSITION (-2) /* capture length: position capture "()" */

/* ------------------------------------------------------------------ */
/* Budget configuration (one userdata in the registry)                 */
/* ------------------------------------------------------------------ */

typedef struct cluaP_Config {
  clua_pattern_interrupt_fn fn;
  void *ud;
  unsigned interval;
  unsigned long long max_steps;
} cluaP_Config;

static const char cluaP_config_key = 'P'; /* address is the registry key */

static cluaP_Config *cluaP_config(lua_State *L) {
  cluaP_Config *cfg;
  if (lua_rawgetp(L, LUA_REGISTRYINDEX, &cluaP_config_key) == LUA_TUSERDATA) {
    cfg = (cluaP_Config *)lua_touserdata(L, -1);
    lua_pop(L, 1);
    return cfg;
  }
  lua_pop(L, 1);
  cfg = (cluaP_Config *)lua_newuserdatauv(L, sizeof(cluaP_Config), 0);
  cfg->fn = NULL;
  cfg->ud = NULL;
  cfg->interval = CLUA_PATTERN_DEFAULT_INTERVAL;
  cfg->max_steps = 0;
  lua_rawsetp(L, LUA_REGISTRYINDEX, &cluaP_config_key);
  return cfg;
}

void clua_pattern_set_interrupt(lua_State *L, clua_pattern_interrupt_fn fn,
                                void *ud) {
  cluaP_Config *cfg = cluaP_config(L);
  cfg->fn = fn;
  cfg->ud = fn ? ud : NULL;
}

void clua_pattern_set_limits(lua_State *L, unsigned interval,
                             unsigned long long max_steps) {
  cluaP_Config *cfg = cluaP_config(L);
  if (interval == 0) interval = CLUA_PATTERN_DEFAULT_INTERVAL;
  if (interval > (unsigned)INT_MAX) interval = (unsigned)INT_MAX;
  cfg->interval = interval;
  cfg->max_steps = max_steps;
}

/* ------------------------------------------------------------------ */
/* Matcher state                                                       */
/* ------------------------------------------------------------------ */

typedef struct cluaP_Capture {
  const cluaP_byte *start;
  ptrdiff_t len; /* >= 0, CLUAP_OPEN or CLUAP_POSITION */
} cluaP_Capture;

typedef struct cluaP_State {
  lua_State *L;
  const cluaP_byte *subj;     /* subject start */
  const cluaP_byte *subj_end; /* one past the subject */
  const cluaP_byte *pat_end;  /* one past the pattern */
  int ncap;                   /* captures started so far */
  int depth_left;             /* nesting still allowed */
  /* budget */
  int countdown;              /* steps left in the current slice */
  int slice;                  /* size of the current slice */
  int interval;
  unsigned long long used;    /* steps of completed slices */
  unsigned long long max_steps;
  clua_pattern_interrupt_fn fn;
  void *ud;
  cluaP_Capture cap[CLUA_PATTERN_MAX_CAPTURES];
} cluaP_State;

static void cluaP_budget_slice(cluaP_State *ms) {
  int n = ms->interval;
  if (ms->max_steps != 0) {
    unsigned long long rest = ms->max_steps - ms->used;
    if (rest < (unsigned long long)n) n = (int)rest;
  }
  ms->slice = ms->countdown = n;
}

/* Called when the countdown of a slice runs out (countdown <= 0). */
#if defined(__GNUC__)
__attribute__((noinline, cold))
#endif
static void cluaP_checkpoint(cluaP_State *ms) {
  ms->used += (unsigned long long)((long long)ms->slice - ms->countdown);
  if (ms->max_steps != 0 && ms->used >= ms->max_steps)
    luaL_error(ms->L, "pattern matching interrupted: step limit");
  if (ms->fn != NULL && ms->fn(ms->L, ms->ud))
    luaL_error(ms->L, "pattern matching interrupted: CPU limit");
  cluaP_budget_slice(ms);
}

#define CLUAP_STEP(ms)                                                        \
  do {                                                                        \
    if (--(ms)->countdown <= 0) cluaP_checkpoint(ms);                         \
  } while (0)

/* Account for n steps at once. */
static void cluaP_charge(cluaP_State *ms, size_t n) {
  if (n < (size_t)ms->countdown) {
    ms->countdown -= (int)n;
  } else {
    ms->used += (unsigned long long)(n - (size_t)ms->countdown);
    ms->countdown = 0;
    cluaP_checkpoint(ms);
  }
}

static void cluaP_begin(cluaP_State *ms, lua_State *L) {
  const cluaP_Config *cfg = NULL;
  ms->L = L;
  if (lua_rawgetp(L, LUA_REGISTRYINDEX, &cluaP_config_key) == LUA_TUSERDATA)
    cfg = (const cluaP_Config *)lua_touserdata(L, -1);
  if (cfg != NULL) {
    ms->fn = cfg->fn;
    ms->ud = cfg->ud;
    ms->interval = (int)cfg->interval;
    ms->max_steps = cfg->max_steps;
  } else {
    ms->fn = NULL;
    ms->ud = NULL;
    ms->interval = (int)CLUA_PATTERN_DEFAULT_INTERVAL;
    ms->max_steps = 0;
  }
  lua_pop(L, 1);
  ms->used = 0;
  cluaP_budget_slice(ms);
}

static void cluaP_setup(cluaP_State *ms, lua_State *L, const char *s,
                        size_t sl, const char *p, size_t pl) {
  cluaP_begin(ms, L);
  ms->subj = (const cluaP_byte *)s;
  ms->subj_end = (const cluaP_byte *)s + sl;
  ms->pat_end = (const cluaP_byte *)p + pl;
}

static void cluaP_restart(cluaP_State *ms) {
  ms->ncap = 0;
  ms->depth_left = CLUA_PATTERN_MAX_DEPTH;
}

/* ------------------------------------------------------------------ */
/* Single character classes                                            */
/* ------------------------------------------------------------------ */

/* Does byte c belong to class letter cl (the char after '%')? */
static int cluaP_class(int c, int cl) {
  int r;
  switch (tolower(cl)) {
    case 'a': r = isalpha(c); break;
    case 'c': r = iscntrl(c); break;
    case 'd': r = isdigit(c); break;
    case 'g': r = isgraph(c); break;
    case 'l': r = islower(c); break;
    case 'p': r = ispunct(c); break;
    case 's': r = isspace(c); break;
    case 'u': r = isupper(c); break;
    case 'w': r = isalnum(c); break;
    case 'x': r = isxdigit(c); break;
    case 'z': r = (c == 0); break; /* pre-5.2 class, still accepted by 5.4 */
    default: return c == cl; /* escaped literal */
  }
  if (isupper(cl)) return r == 0;
  return r != 0;
}

/* Set membership.  open points at '[', close at its matching ']'. */
static int cluaP_set(int c, const cluaP_byte *open, const cluaP_byte *close) {
  const cluaP_byte *q = open + 1;
  int hit = 1;
  if (*q == '^') {
    hit = 0;
    q++;
  }
  while (q < close) {
    if (*q == '%') {
      if (cluaP_class(c, q[1])) return hit;
      q += 2;
    } else if (q[1] == '-' && q + 2 < close) {
      if (q[0] <= c && c <= q[2]) return hit;
      q += 3;
    } else {
      if (*q == c) return hit;
      q++;
    }
  }
  return !hit;
}

/* Returns the end of the single-char item starting at p (where an optional
 * quantifier would be).  Raises the stock errors for malformed items. */
static const cluaP_byte *cluaP_item_end(cluaP_State *ms, const cluaP_byte *p) {
  const cluaP_byte *pe = ms->pat_end;
  int c = *p++;
  if (c == '%') {
    if (p == pe) luaL_error(ms->L, "malformed pattern (ends with '%%')");
    return p + 1;
  }
  if (c == '[') {
    if (*p == '^') p++;
    for (;;) { /* the first member may be ']' itself */
      if (p == pe) luaL_error(ms->L, "malformed pattern (missing ']')");
      c = *p++;
      if (c == '%' && p < pe) p++;
      if (*p == ']') return p + 1;
    }
  }
  return p;
}

/* Does byte c match the item [p, ep)? */
static inline int cluaP_item(int c, const cluaP_byte *p,
                             const cluaP_byte *ep) {
  switch (*p) {
    case '.': return 1;
    case '%': return cluaP_class(c, p[1]);
    case '[': return cluaP_set(c, p, ep - 1);
    default: return *p == c;
  }
}

/* If the pattern at p must begin by consuming one specific byte, return it;
 * else -1.  Used to skip start positions that cannot match. */
static int cluaP_head(const cluaP_byte *p, const cluaP_byte *pe) {
  int c, q;
  if (p >= pe) return -1;
  c = *p;
  switch (c) {
    case '(': case ')': case '%': case '[': case '.': return -1;
    case '$': if (p + 1 == pe) return -1; break;
    default: break;
  }
  q = p[1]; /* NUL when p + 1 == pe */
  if (p + 1 < pe && (q == '*' || q == '?' || q == '-')) return -1;
  return c;
}

/* ------------------------------------------------------------------ */
/* The matcher                                                         */
/* ------------------------------------------------------------------ */

static const cluaP_byte *cluaP_do(cluaP_State *ms, const cluaP_byte *s,
                                  const cluaP_byte *p);

/* Longest run: [lo, from) already known to match the item; try the rest of
 * the pattern from the longest run down to lo. */
static const cluaP_byte *cluaP_greedy(cluaP_State *ms, const cluaP_byte *lo,
                                      const cluaP_byte *from,
                                      const cluaP_byte *p,
                                      const cluaP_byte *ep) {
  const cluaP_byte *se = ms->subj_end;
  const cluaP_byte *rest = ep + 1;
  const cluaP_byte *hi = from;
  int head = cluaP_head(rest, ms->pat_end);
  if (*p == '.') {
    cluaP_charge(ms, 1 + ((size_t)(se - hi) >> 4)); /* no scan needed */
    hi = se;
  } else if (*p != '%' && *p != '[') {
    int ch = *p;
    while (hi < se && *hi == ch) {
      CLUAP_STEP(ms);
      hi++;
    }
  } else {
    while (hi < se && cluaP_item(*hi, p, ep)) {
      CLUAP_STEP(ms);
      hi++;
    }
  }
  for (;;) {
    /* a nested call that would fail on its first byte can be skipped,
       unless it would raise "pattern too complex" */
    if (head < 0 || ms->depth_left == 0 || (hi < se && *hi == head)) {
      const cluaP_byte *r = cluaP_do(ms, hi, rest);
      if (r != NULL) return r;
    }
    if (hi == lo) return NULL;
    hi--;
    CLUAP_STEP(ms);
  }
}

/* Shortest run: the item matched at s at least once. */
static const cluaP_byte *cluaP_lazy(cluaP_State *ms, const cluaP_byte *s,
                                    const cluaP_byte *p,
                                    const cluaP_byte *ep) {
  const cluaP_byte *se = ms->subj_end;
  const cluaP_byte *rest = ep + 1;
  int head = cluaP_head(rest, ms->pat_end);
  for (;;) {
    if (head < 0 || ms->depth_left == 0 || (s < se && *s == head)) {
      const cluaP_byte *r = cluaP_do(ms, s, rest);
      if (r != NULL) return r;
    } else if (*p == '.') {
      const cluaP_byte *q =
          (const cluaP_byte *)memchr(s, head, (size_t)(se - s));
      cluaP_charge(ms, 1 + ((size_t)((q ? q : se) - s) >> 4)); /* memchr */
      if (q == NULL) return NULL;
      s = q;
      continue;
    }
    CLUAP_STEP(ms);
    if (s < se && cluaP_item(*s, p, ep))
      s++;
    else
      return NULL;
  }
}

/* %bxy: p points at x. */
static const cluaP_byte *cluaP_balance(cluaP_State *ms, const cluaP_byte *s,
                                       const cluaP_byte *p) {
  const cluaP_byte *se = ms->subj_end;
  int open, close, depth = 1;
  if (ms->pat_end - p < 2)
    luaL_error(ms->L, "malformed pattern (missing arguments to '%%b')");
  open = p[0];
  close = p[1];
  if (s >= se || *s != open) return NULL;
  while (++s < se) {
    CLUAP_STEP(ms);
    if (*s == close) {
      if (--depth == 0) return s + 1;
    } else if (*s == open) {
      depth++;
    }
  }
  return NULL;
}

/* %1-%9 inside a pattern. */
static const cluaP_byte *cluaP_backref(cluaP_State *ms, const cluaP_byte *s,
                                       int digit) {
  int i = digit - '1';
  ptrdiff_t len;
  if (i < 0 || i >= ms->ncap || ms->cap[i].len == CLUAP_OPEN)
    luaL_error(ms->L, "invalid capture index %%%d", i + 1);
  len = ms->cap[i].len;
  if (len < 0) return NULL; /* position capture never matches text */
  cluaP_charge(ms, (size_t)len >> 5);
  if (ms->subj_end - s >= len &&
      memcmp(ms->cap[i].start, s, (size_t)len) == 0)
    return s + len;
  return NULL;
}

static const cluaP_byte *cluaP_open_capture(cluaP_State *ms,
                                            const cluaP_byte *s,
                                            const cluaP_byte *p,
                                            ptrdiff_t kind) {
  const cluaP_byte *r;
  int k = ms->ncap;
  if (k >= CLUA_PATTERN_MAX_CAPTURES) luaL_error(ms->L, "too many captures");
  ms->cap[k].start = s;
  ms->cap[k].len = kind;
  ms->ncap = k + 1;
  r = cluaP_do(ms, s, p);
  if (r == NULL) ms->ncap = k;
  return r;
}

static const cluaP_byte *cluaP_close_capture(cluaP_State *ms,
                                             const cluaP_byte *s,
                                             const cluaP_byte *p) {
  const cluaP_byte *r;
  int k = ms->ncap - 1;
  while (k >= 0 && ms->cap[k].len != CLUAP_OPEN) k--;
  if (k < 0) luaL_error(ms->L, "invalid pattern capture");
  ms->cap[k].len = s - ms->cap[k].start;
  r = cluaP_do(ms, s, p);
  if (r == NULL) ms->cap[k].len = CLUAP_OPEN;
  return r;
}

/* Try to match pattern [p, pat_end) at s; returns the end of the match or
 * NULL.  Each call is one nesting level (limit CLUA_PATTERN_MAX_DEPTH);
 * continuations in tail position loop instead of nesting. */
static const cluaP_byte *cluaP_do(cluaP_State *ms, const cluaP_byte *s,
                                  const cluaP_byte *p) {
  const cluaP_byte *const pe = ms->pat_end;
  const cluaP_byte *const se = ms->subj_end;
  if (ms->depth_left == 0) luaL_error(ms->L, "pattern too complex");
  ms->depth_left--;
  for (;;) {
    CLUAP_STEP(ms);
    if (p == pe) break;
    switch (*p) {
      case '(':
        if (p[1] == ')')
          s = cluaP_open_capture(ms, s, p + 2, CLUAP_POSITION);
        else
          s = cluaP_open_capture(ms, s, p + 1, CLUAP_OPEN);
        goto done;
      case ')':
        s = cluaP_close_capture(ms, s, p + 1);
        goto done;
      case '$':
        if (p + 1 == pe) {
          if (s != se) s = NULL;
          goto done;
        }
        goto single;
      case '%':
        switch (p[1]) {
          case 'b':
            s = cluaP_balance(ms, s, p + 2);
            if (s == NULL) goto done;
            p += 4;
            continue;
          case 'f': {
            const cluaP_byte *set = p + 2, *ep;
            int before, at;
            if (*set != '[')
              luaL_error(ms->L, "missing '[' after '%%f' in pattern");
            ep = cluaP_item_end(ms, set);
            before = (s == ms->subj) ? 0 : s[-1];
            at = (s < se) ? *s : 0;
            if (!cluaP_set(before, set, ep - 1) && cluaP_set(at, set, ep - 1)) {
              p = ep;
              continue;
            }
            s = NULL;
            goto done;
          }
          case '0': case '1': case '2': case '3': case '4':
          case '5': case '6': case '7': case '8': case '9':
            s = cluaP_backref(ms, s, p[1]);
            if (s == NULL) goto done;
            p += 2;
            continue;
          default:
            goto single;
        }
      default:
      single: {
        const cluaP_byte *ep = cluaP_item_end(ms, p);
        int suffix = *ep; /* NUL at the pattern end */
        if (s < se && cluaP_item(*s, p, ep)) {
          switch (suffix) {
            case '?': {
              const cluaP_byte *r = cluaP_do(ms, s + 1, ep + 1);
              if (r != NULL) {
                s = r;
                goto done;
              }
              p = ep + 1;
              continue;
            }
            case '+':
              s = cluaP_greedy(ms, s + 1, s + 1, p, ep);
              goto done;
            case '*':
              s = cluaP_greedy(ms, s, s + 1, p, ep);
              goto done;
            case '-':
              s = cluaP_lazy(ms, s, p, ep);
              goto done;
            default:
              s++;
              p = ep;
              continue;
          }
        }
        if (suffix == '*' || suffix == '?' || suffix == '-') {
          p = ep + 1;
          continue;
        }
        s = NULL;
        goto done;
      }
    }
  }
done:
  ms->depth_left++;
  return s;
}

/* ------------------------------------------------------------------ */
/* Captures to Lua values                                              */
/* ------------------------------------------------------------------ */

/* Capture i of a successful match [s, e).  Returns its length and sets
 * *out, or returns CLUAP_POSITION after pushing the position. */
static ptrdiff_t cluaP_capture(cluaP_State *ms, int i, const cluaP_byte *s,
                               const cluaP_byte *e, const cluaP_byte **out) {
  ptrdiff_t len;
  if (i >= ms->ncap) {
    if (i != 0) luaL_error(ms->L, "invalid capture index %%%d", i + 1);
    *out = s;
    return e - s;
  }
  len = ms->cap[i].len;
  *out = ms->cap[i].start;
  if (len == CLUAP_OPEN) luaL_error(ms->L, "unfinished capture");
  if (len == CLUAP_POSITION)
    lua_pushinteger(ms->L, (lua_Integer)(ms->cap[i].start - ms->subj) + 1);
  return len;
}

static void cluaP_push_capture(cluaP_State *ms, int i, const cluaP_byte *s,
                               const cluaP_byte *e) {
  const cluaP_byte *c;
  ptrdiff_t len = cluaP_capture(ms, i, s, e, &c);
  if (len != CLUAP_POSITION)
    lua_pushlstring(ms->L, (const char *)c, (size_t)len);
}

/* Pushes all captures; with none, the whole match [s, e) when s != NULL. */
static int cluaP_push_captures(cluaP_State *ms, const cluaP_byte *s,
                               const cluaP_byte *e) {
  int i, n = (ms->ncap == 0 && s != NULL) ? 1 : ms->ncap;
  luaL_checkstack(ms->L, n, "too many captures");
  for (i = 0; i < n; i++) cluaP_push_capture(ms, i, s, e);
  return n;
}

/* ------------------------------------------------------------------ */
/* Library functions                                                   */
/* ------------------------------------------------------------------ */

/* 1-based start index from a possibly negative argument. */
static size_t cluaP_start(lua_Integer pos, size_t len) {
  if (pos > 0) return (size_t)pos;
  if (pos == 0) return 1;
  if (pos < -(lua_Integer)len) return 1;
  return len + (size_t)pos + 1;
}

static int cluaP_has_specials(const char *p, size_t n) {
  size_t i;
  for (i = 0; i < n; i++) {
    switch (p[i]) {
      case '^': case '$': case '*': case '+': case '?':
      case '.': case '(': case '[': case '%': case '-':
        return 1;
      default: break;
    }
  }
  return 0;
}

/* Next start position >= s where a match could begin, given the required
 * first byte head (or -1).  Returns NULL when none is left. */
static const cluaP_byte *cluaP_skip(cluaP_State *ms, const cluaP_byte *s,
                                    int head) {
  const cluaP_byte *q;
  if (head < 0) return s;
  q = (const cluaP_byte *)memchr(s, head, (size_t)(ms->subj_end - s));
  cluaP_charge(ms, 1 + ((size_t)((q ? q : ms->subj_end) - s) >> 4));
  return q;
}

static int cluaP_find_aux(lua_State *L, int want_find) {
  size_t sl, pl;
  const char *s = luaL_checklstring(L, 1, &sl);
  const char *p = luaL_checklstring(L, 2, &pl);
  size_t init = cluaP_start(luaL_optinteger(L, 3, 1), sl) - 1;
  if (init > sl) {
    luaL_pushfail(L);
    return 1;
  }
  if (want_find && (lua_toboolean(L, 4) || !cluaP_has_specials(p, pl))) {
    const char *hit;
    if (pl == 0)
      hit = s + init;
    else
      hit = (const char *)memmem(s + init, sl - init, p, pl);
    if (hit != NULL) {
      lua_pushinteger(L, (lua_Integer)(hit - s) + 1);
      lua_pushinteger(L, (lua_Integer)(hit - s + pl));
      return 2;
    }
  } else {
    cluaP_State ms;
    const cluaP_byte *pat = (const cluaP_byte *)p;
    const cluaP_byte *cur = (const cluaP_byte *)s + init;
    int anchored = (*p == '^');
    int head;
    if (anchored) {
      pat++;
      pl--;
    }
    cluaP_setup(&ms, L, s, sl, (const char *)pat, pl);
    head = anchored ? -1 : cluaP_head(pat, ms.pat_end);
    for (;;) {
      const cluaP_byte *e;
      cur = cluaP_skip(&ms, cur, head);
      if (cur == NULL) break;
      cluaP_restart(&ms);
      e = cluaP_do(&ms, cur, pat);
      if (e != NULL) {
        if (want_find) {
          lua_pushinteger(L, (lua_Integer)(cur - ms.subj) + 1);
          lua_pushinteger(L, (lua_Integer)(e - ms.subj));
          return 2 + cluaP_push_captures(&ms, NULL, NULL);
        }
        return cluaP_push_captures(&ms, cur, e);
      }
      if (anchored || cur >= ms.subj_end) break;
      cur++;
    }
  }
  luaL_pushfail(L);
  return 1;
}

int clua_pattern_find(lua_State *L) { return cluaP_find_aux(L, 1); }

int clua_pattern_match(lua_State *L) { return cluaP_find_aux(L, 0); }

/* gmatch ------------------------------------------------------------- */

typedef struct cluaP_Iter {
  cluaP_State ms;
  size_t pos;                /* offset of the next start position */
  const cluaP_byte *last;    /* end of the previous match, or NULL */
  const cluaP_byte *pat;
  size_t sl, pl;
} cluaP_Iter;

static int cluaP_gmatch_step(lua_State *L) {
  cluaP_Iter *it = (cluaP_Iter *)lua_touserdata(L, lua_upvalueindex(3));
  cluaP_State *ms = &it->ms;
  const cluaP_byte *cur;
  int head;
  cluaP_begin(ms, L); /* this thread; fresh budget for this call */
  head = cluaP_head(it->pat, ms->pat_end);
  if (it->pos > it->sl) return 0;
  for (cur = ms->subj + it->pos; cur <= ms->subj_end; cur++) {
    const cluaP_byte *e;
    cur = cluaP_skip(ms, cur, head);
    if (cur == NULL) break;
    cluaP_restart(ms);
    e = cluaP_do(ms, cur, it->pat);
    if (e != NULL && e != it->last) {
      it->pos = (size_t)(e - ms->subj);
      it->last = e;
      return cluaP_push_captures(ms, cur, e);
    }
  }
  return 0;
}

int clua_pattern_gmatch(lua_State *L) {
  size_t sl, pl;
  const char *s = luaL_checklstring(L, 1, &sl);
  const char *p = luaL_checklstring(L, 2, &pl);
  size_t init = cluaP_start(luaL_optinteger(L, 3, 1), sl) - 1;
  cluaP_Iter *it;
  lua_settop(L, 2); /* the closure keeps both strings alive */
  it = (cluaP_Iter *)lua_newuserdatauv(L, sizeof(cluaP_Iter), 0);
  if (init > sl) init = sl + 1;
  it->ms.L = L;
  it->ms.subj = (const cluaP_byte *)s;
  it->ms.subj_end = (const cluaP_byte *)s + sl;
  it->ms.pat_end = (const cluaP_byte *)p + pl;
  it->pos = init;
  it->last = NULL;
  it->pat = (const cluaP_byte *)p;
  it->sl = sl;
  it->pl = pl;
  lua_pushcclosure(L, cluaP_gmatch_step, 3);
  return 1;
}

/* gsub --------------------------------------------------------------- */

static void cluaP_add_template(cluaP_State *ms, luaL_Buffer *b,
                               const cluaP_byte *s, const cluaP_byte *e,
                               const char *t, size_t tl) {
  const char *end = t + tl;
  while (t < end) {
    const char *pc = (const char *)memchr(t, '%', (size_t)(end - t));
    int d;
    if (pc == NULL) {
      luaL_addlstring(b, t, (size_t)(end - t));
      return;
    }
    luaL_addlstring(b, t, (size_t)(pc - t));
    d = (unsigned char)pc[1]; /* NUL if '%' ends the string */
    if (d == '%') {
      luaL_addchar(b, '%');
    } else if (d == '0') {
      luaL_addlstring(b, (const char *)s, (size_t)(e - s));
    } else if (isdigit(d)) {
      const cluaP_byte *c;
      ptrdiff_t len = cluaP_capture(ms, d - '1', s, e, &c);
      if (len == CLUAP_POSITION)
        luaL_addvalue(b);
      else
        luaL_addlstring(b, (const char *)c, (size_t)len);
    } else {
      luaL_error(ms->L, "invalid use of '%c' in replacement string", '%');
    }
    t = pc + 2;
  }
}

/* Appends the replacement for match [s, e); returns whether it differs
 * from the matched text (as far as stock Lua tracks it). */
static int cluaP_add_value(cluaP_State *ms, luaL_Buffer *b,
                           const cluaP_byte *s, const cluaP_byte *e,
                           int rtype) {
  lua_State *L = ms->L;
  if (rtype == LUA_TFUNCTION) {
    int n;
    lua_pushvalue(L, 3);
    n = cluaP_push_captures(ms, s, e);
    lua_call(L, n, 1);
  } else if (rtype == LUA_TTABLE) {
    cluaP_push_capture(ms, 0, s, e);
    lua_gettable(L, 3);
  } else {
    size_t tl;
    const char *t = lua_tolstring(L, 3, &tl);
    cluaP_add_template(ms, b, s, e, t, tl);
    return 1;
  }
  if (!lua_toboolean(L, -1)) {
    lua_pop(L, 1);
    luaL_addlstring(b, (const char *)s, (size_t)(e - s));
    return 0;
  }
  if (!lua_isstring(L, -1))
    return luaL_error(L, "invalid replacement value (a %s)",
                      luaL_typename(L, -1));
  luaL_addvalue(b);
  return 1;
}

int clua_pattern_gsub(lua_State *L) {
  size_t sl, pl;
  const char *src = luaL_checklstring(L, 1, &sl);
  const char *p = luaL_checklstring(L, 2, &pl);
  int rtype = lua_type(L, 3);
  lua_Integer max_n = luaL_optinteger(L, 4, (lua_Integer)sl + 1);
  const cluaP_byte *pat = (const cluaP_byte *)p;
  const cluaP_byte *cur, *last = NULL;
  int anchored = (*p == '^');
  int changed = 0, head;
  lua_Integer n = 0;
  cluaP_State ms;
  luaL_Buffer b;
  luaL_argexpected(L,
                   rtype == LUA_TNUMBER || rtype == LUA_TSTRING ||
                       rtype == LUA_TFUNCTION || rtype == LUA_TTABLE,
                   3, "string/function/table");
  if (anchored) {
    pat++;
    pl--;
  }
  cluaP_setup(&ms, L, src, sl, (const char *)pat, pl);
  luaL_buffinit(L, &b);
  head = anchored ? -1 : cluaP_head(pat, ms.pat_end);
  cur = ms.subj;
  while (n < max_n) {
    const cluaP_byte *e;
    if (head >= 0) {
      const cluaP_byte *q = cluaP_skip(&ms, cur, head);
      if (q == NULL) q = ms.subj_end; /* no match can start before the end */
      if (q != cur) {
        luaL_addlstring(&b, (const char *)cur, (size_t)(q - cur));
        cur = q;
      }
    }
    cluaP_restart(&ms);
    e = cluaP_do(&ms, cur, pat);
    if (e != NULL && e != last) {
      n++;
      changed |= cluaP_add_value(&ms, &b, cur, e, rtype);
      cur = last = e;
    } else if (cur < ms.subj_end) {
      luaL_addchar(&b, (char)*cur++);
    } else {
      break;
    }
    if (anchored) break;
  }
  if (!changed) {
    lua_pushvalue(L, 1);
  } else {
    luaL_addlstring(&b, (const char *)cur, (size_t)(ms.subj_end - cur));
    luaL_pushresult(&b);
  }
  lua_pushinteger(L, n);
  return 2;
}

/* ------------------------------------------------------------------ */
/* Registration                                                        */
/* ------------------------------------------------------------------ */

static const luaL_Reg cluaP_funcs[] = {
    {"find", clua_pattern_find},
    {"match", clua_pattern_match},
    {"gmatch", clua_pattern_gmatch},
    {"gsub", clua_pattern_gsub},
    {NULL, NULL},
};

int clua_pattern_open(lua_State *L) {
  luaL_newlib(L, cluaP_funcs);
  return 1;
}

void clua_pattern_install(lua_State *L) {
  int top = lua_gettop(L);
  luaL_checkstack(L, 4, "clua_pattern_install");
  lua_getfield(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
  if (lua_istable(L, -1) && lua_getfield(L, -1, "string") == LUA_TTABLE)
    luaL_setfuncs(L, cluaP_funcs, 0);
  lua_settop(L, top);
  lua_pushliteral(L, "");
  if (lua_getmetatable(L, -1) &&
      lua_getfield(L, -1, "__index") == LUA_TTABLE)
    luaL_setfuncs(L, cluaP_funcs, 0); /* harmless if it is the same table */
  lua_settop(L, top);
}
