#include "CEditLine.h"

#include <errno.h>
#include <histedit.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char completion_function[] = "bsh-complete";

struct BshEditor {
    EditLine *el;
    History *history;
    HistEvent event;
    FILE *out;
    char *prompt;
    BshCompletionHandler complete;
    void *complete_context;
};

static BshEditor *editor_of(EditLine *el) {
    void *editor = NULL;
    el_get(el, EL_CLIENTDATA, &editor);
    return editor;
}

static char *prompt_text(EditLine *el) {
    BshEditor *editor = editor_of(el);
    static char empty[] = "";
    return editor != NULL && editor->prompt != NULL ? editor->prompt : empty;
}

static unsigned char complete_word(EditLine *el, int key) {
    (void)key;
    BshEditor *editor = editor_of(el);
    if (editor == NULL || editor->complete == NULL) return CC_ERROR;
    switch (editor->complete(editor, editor->complete_context)) {
    case BshEditActionRefresh: return CC_REFRESH;
    case BshEditActionRedisplay: return CC_REDISPLAY;
    case BshEditActionBeep: return CC_REFRESH_BEEP;
    }
    return CC_ERROR;
}

/* `bind -v`/`bind -e` (from an editrc or a mode switch) reset every key, so
   the completion key is bound again after each of them. */
static void bind_completion_key(BshEditor *editor) {
    if (editor->complete != NULL) {
        el_set(editor->el, EL_BIND, "^I", completion_function, NULL);
    }
}

BshEditor *bsh_editor_create(const char *program) {
    BshEditor *editor = calloc(1, sizeof *editor);
    if (editor == NULL) return NULL;
    editor->out = stdout;
    editor->el = el_init(program, stdin, stdout, stderr);
    editor->history = history_init();
    if (editor->el == NULL || editor->history == NULL) {
        bsh_editor_destroy(editor);
        return NULL;
    }
    history(editor->history, &editor->event, H_SETSIZE, 1000);
    history(editor->history, &editor->event, H_SETUNIQUE, 1);
    el_set(editor->el, EL_CLIENTDATA, editor);
    el_set(editor->el, EL_HIST, history, editor->history);
    el_set(editor->el, EL_PROMPT_ESC, prompt_text, '\1');
    el_set(editor->el, EL_EDITOR, "emacs");
    /* libedit then restores the terminal before a signal's previous handler
       runs, and follows SIGWINCH itself. */
    el_set(editor->el, EL_SIGNAL, 1);
    return editor;
}

void bsh_editor_destroy(BshEditor *editor) {
    if (editor == NULL) return;
    if (editor->el != NULL) el_end(editor->el);
    if (editor->history != NULL) history_end(editor->history);
    free(editor->prompt);
    free(editor);
}

int bsh_editor_set_prompt(BshEditor *editor, const char *prompt) {
    char *copy = strdup(prompt);
    if (copy == NULL) return -1;
    free(editor->prompt);
    editor->prompt = copy;
    return 0;
}

int bsh_editor_set_mode(BshEditor *editor, const char *mode) {
    if (el_set(editor->el, EL_EDITOR, mode) != 0) return -1;
    bind_completion_key(editor);
    return 0;
}

const char *bsh_editor_mode(BshEditor *editor) {
    const char *mode = NULL;
    if (el_get(editor->el, EL_EDITOR, &mode) != 0) return NULL;
    return mode;
}

int bsh_editor_source(BshEditor *editor, const char *path) {
    int status = el_source(editor->el, path);
    bind_completion_key(editor);
    return status == 0 ? 0 : -1;
}

const char *bsh_editor_gets(BshEditor *editor, int *count, int *error) {
    fflush(editor->out);
    errno = 0;
    const char *line = el_gets(editor->el, count);
    *error = errno;
    return line;
}

void bsh_editor_write(BshEditor *editor, const char *text) {
    fputs(text, editor->out);
    fflush(editor->out);
}

int bsh_editor_columns(BshEditor *editor) {
    int columns = 0;
    if (el_get(editor->el, EL_GETTC, "co", &columns) != 0 || columns <= 0) return 80;
    return columns;
}

int bsh_editor_history_set_size(BshEditor *editor, int size) {
    return history(editor->history, &editor->event, H_SETSIZE, size) < 0 ? -1 : 0;
}

int bsh_editor_history_enter(BshEditor *editor, const char *line) {
    return history(editor->history, &editor->event, H_ENTER, line) < 0 ? -1 : 0;
}

int bsh_editor_set_completion(BshEditor *editor, BshCompletionHandler handler, void *context) {
    editor->complete = handler;
    editor->complete_context = context;
    if (el_set(editor->el, EL_ADDFN, completion_function,
               "Complete the word before the cursor", complete_word) != 0) {
        return -1;
    }
    bind_completion_key(editor);
    return 0;
}

int bsh_editor_line(BshEditor *editor, const char **buffer, int *cursor, int *length) {
    const LineInfo *info = el_line(editor->el);
    if (info == NULL || info->buffer == NULL) return -1;
    *buffer = info->buffer;
    *cursor = (int)(info->cursor - info->buffer);
    *length = (int)(info->lastchar - info->buffer);
    return 0;
}

int bsh_editor_insert(BshEditor *editor, const char *text) {
    return el_insertstr(editor->el, text);
}

void bsh_editor_delete(BshEditor *editor, int count) {
    el_deletestr(editor->el, count);
}

/*
 * SIGINT guard. A signal handler cannot be handed any context, so the thread
 * that is reading is process-wide state; it is written only before the guard
 * activates and read only by the handler while the guard is active. It is
 * atomic all the same: a handler still running for one guard may read it while
 * the next guard, on another thread, writes it.
 */

struct BshSigintGuard {
    struct sigaction previous;
    sigset_t previous_mask;
};

static _Atomic pthread_t reading_thread;
static atomic_int guard_active;

static void interrupt_reading_thread(int signo) {
    int saved_errno = errno;
    if (atomic_load(&guard_active)) {
        pthread_t reader = atomic_load(&reading_thread);
        if (!pthread_equal(pthread_self(), reader)) pthread_kill(reader, signo);
    }
    errno = saved_errno;
}

BshSigintGuard *bsh_sigint_guard_begin(void) {
    BshSigintGuard *guard = calloc(1, sizeof *guard);
    if (guard == NULL) return NULL;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = interrupt_reading_thread;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; /* no SA_RESTART: the blocked read must fail with EINTR */
    atomic_store(&reading_thread, pthread_self());
    atomic_store(&guard_active, 1);
    if (sigaction(SIGINT, &action, &guard->previous) != 0) {
        atomic_store(&guard_active, 0);
        free(guard);
        return NULL;
    }
    /* Worker threads (libdispatch's among them) often block SIGINT. */
    sigset_t interrupt;
    sigemptyset(&interrupt);
    sigaddset(&interrupt, SIGINT);
    pthread_sigmask(SIG_UNBLOCK, &interrupt, &guard->previous_mask);
    return guard;
}

void bsh_sigint_guard_end(BshSigintGuard *guard) {
    if (guard == NULL) return;
    pthread_sigmask(SIG_SETMASK, &guard->previous_mask, NULL);
    sigaction(SIGINT, &guard->previous, NULL);
    atomic_store(&guard_active, 0);
    free(guard);
}
