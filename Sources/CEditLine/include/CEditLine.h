#ifndef BSH_CEDITLINE_H
#define BSH_CEDITLINE_H

/*
 * Plain C entry points over libedit, whose el_set/el_get/history calls are
 * variadic and so cannot be called from Swift directly.
 */

#ifdef __cplusplus
extern "C" {
#endif

/// A libedit editor with its history, reading stdin and writing stdout.
typedef struct BshEditor BshEditor;

/// What the editor should do after a completion handler returns.
typedef enum BshEditAction {
    /// Redraw the edited line (text was inserted or deleted).
    BshEditActionRefresh = 0,
    /// Output was written below the line: redraw prompt and line afresh.
    BshEditActionRedisplay = 1,
    /// Nothing changed: ring the bell.
    BshEditActionBeep = 2,
} BshEditAction;

/// Called synchronously when the completion key is pressed.
typedef BshEditAction (*BshCompletionHandler)(BshEditor *editor, void *context);

/// Creates an editor named `program` (the prefix editrc lines may use, as in
/// `program:bind -v`) with emacs bindings and terminal signal handling on.
/// Returns NULL if libedit cannot be initialised.
BshEditor *bsh_editor_create(const char *program);

/// Restores the terminal and frees the editor.
void bsh_editor_destroy(BshEditor *editor);

/// Copies the prompt shown by the next read. Text between two U+0001 bytes is
/// printed but not counted as visible (for terminal escape sequences).
int bsh_editor_set_prompt(BshEditor *editor, const char *prompt);

/// Selects "emacs" or "vi" bindings, keeping the completion key bound.
int bsh_editor_set_mode(BshEditor *editor, const char *mode);

/// The current binding set, "emacs" or "vi"; NULL if unknown.
const char *bsh_editor_mode(BshEditor *editor);

/// Reads editrc commands from `path`, or from $EDITRC / ~/.editrc when NULL,
/// then rebinds the completion key. Returns 0 on success, -1 otherwise.
int bsh_editor_source(BshEditor *editor, const char *path);

/// Reads one line. Returns it with its newline, or NULL with `*count` 0 at end
/// of input or -1 on error; `*error` receives errno (EINTR when a signal
/// interrupted the read). The returned text is valid until the next call.
const char *bsh_editor_gets(BshEditor *editor, int *count, int *error);

/// Writes text to the editor's output and flushes it.
void bsh_editor_write(BshEditor *editor, const char *text);

/// The terminal width in columns, or 80 when unknown.
int bsh_editor_columns(BshEditor *editor);

/// Caps the in-memory history.
int bsh_editor_history_set_size(BshEditor *editor, int size);

/// Appends a line to the in-memory history (what the arrow keys recall).
int bsh_editor_history_enter(BshEditor *editor, const char *line);

/// Registers `handler` as the editor function `bsh-complete` and binds TAB to it.
int bsh_editor_set_completion(BshEditor *editor, BshCompletionHandler handler, void *context);

/// The line being edited as UTF-8 bytes (not NUL-terminated): its start, the
/// cursor's byte offset and the byte length. Valid until the line changes.
int bsh_editor_line(BshEditor *editor, const char **buffer, int *cursor, int *length);

/// Inserts text at the cursor. Returns -1 if it does not fit.
int bsh_editor_insert(BshEditor *editor, const char *text);

/// Deletes `count` characters (code points) before the cursor.
void bsh_editor_delete(BshEditor *editor, int count);

/// The SIGINT disposition in force before a guard was begun.
typedef struct BshSigintGuard BshSigintGuard;

/// Until the guard ends, SIGINT interrupts a blocking read on the calling
/// thread (EINTR) instead of reaching the previous disposition: it is unblocked
/// on this thread, and a SIGINT delivered to another thread is forwarded here.
/// Only one guard may be active at a time. Returns NULL if the handler could
/// not be installed.
BshSigintGuard *bsh_sigint_guard_begin(void);

/// Reinstates this thread's signal mask and the previous SIGINT disposition,
/// and frees the guard.
void bsh_sigint_guard_end(BshSigintGuard *guard);

#ifdef __cplusplus
}
#endif

#endif
