/* libedit's readline-compatible API (BSD licence, not GNU readline).
 *
 * Swift 6 cannot assign C globals such as rl_attempted_completion_function
 * (they are not concurrency-safe), and libedit's native el_set()/history()
 * are variadic, which Swift cannot call; the static inline setters below
 * (prefixed cedit_) do both from C. */
#ifndef CEDITLINE_SHIM_H
#define CEDITLINE_SHIM_H
#include <stdio.h>
#include <errno.h>
#include <locale.h>
#include <editline/readline.h>

typedef char **(*cedit_completion_function)(const char *text, int start, int end);
typedef char *(*cedit_generator_function)(const char *text, int state);

/* Prepares line editing: multibyte editing, program name, completion hooks. */
static inline void cedit_setup(const char *program, cedit_completion_function complete) {
    /* Without a locale libedit edits bytes, so "hé" + Backspace leaves half a character. */
    setlocale(LC_CTYPE, "");
    rl_readline_name = program;
    /* No '.' or ':' here: "string.up" and "obj:me" complete as one word. */
    rl_basic_word_break_characters = " \t\n\"\\'`@$><=;|&{(,+-*/%^~#[]}";
    rl_completer_word_break_characters = (char *)rl_basic_word_break_characters;
    rl_completion_append_character = 0;   /* no space after "string.upper" */
    rl_attempted_completion_function = complete;
    rl_initialize();
}

/* Called at the start of each completion: no file-name fallback, no appended space. */
static inline char **cedit_completion_matches(const char *text, cedit_generator_function generator) {
    rl_attempted_completion_over = 1;
    rl_completion_append_character = 0;
    return rl_completion_matches(text, generator);
}

/* The newest history entry, or NULL when the history is empty. */
static inline const char *cedit_newest_history(void) {
    HIST_ENTRY *entry = history_get(history_base + history_length - 1);
    return entry ? entry->line : NULL;
}

/* Writes text to standard output (toError 0) or standard error (1) through C's
 * streams, which Lua's print and io.write also use, and flushes, so output
 * keeps its order. (Swift 6 cannot name the C globals stdout/stderr.)
 * Returns 0, or the errno of a failed write to standard output, this one or an
 * earlier one by Lua (-1 when only the stream's error flag tells: Lua's print
 * flushes and drops the errno); the flag is cleared once reported. Failures on standard error are ignored: there is
 * nowhere to report them. */
static inline int cedit_write(int toError, const char *text) {
    int failure = 0;
    if (fflush(stdout) != 0) failure = errno;
    else if (ferror(stdout)) failure = -1;
    FILE *stream = toError ? stderr : stdout;
    if (!toError && failure == 0 && (fputs(text, stream) == EOF || fflush(stream) != 0)) failure = errno;
    if (toError) {
        fputs(text, stream);
        fflush(stream);
    }
    if (failure != 0) clearerr(stdout);
    return failure;
}

#endif
