import CEditLine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from the terminal with libedit: line editing, history recall,
/// TAB completion and the user's editrc.
///
/// - The editrc applies to the program name given at creation, so with the
///   default name a `bsh:bind -v` line selects vi bindings.
/// - TAB runs the editor function `bsh-complete`, which asks the completion
///   provider. It is bound again after the editrc is read, since a `bind -v`
///   there resets every key; the editrc may bind `bsh-complete` to other keys.
/// - Text between two U+0001 characters in a prompt is printed but not counted
///   as visible, for terminal escape sequences such as colours.
/// - While `readLine` waits, Ctrl-C makes it return `.interrupted` whatever the
///   process's SIGINT disposition is; that disposition is reinstated before it
///   returns. See `readLine(prompt:)`.
/// - libedit redraws after a terminal resize or a suspend and resume when the
///   signal reaches the reading thread; reading on the main thread (which does
///   not block signals, unlike thread-pool threads) keeps that working.
/// - One reader reads at a time in a process.
/// - Creating a reader switches `LC_CTYPE` to a UTF-8 locale if it is not one
///   already, so multi-byte text edits correctly; create it before starting
///   other threads that depend on the locale.
public final class EditLineReader: LineReader {
    /// The file-backed history, if one was given.
    public let history: HistoryStore?

    private let editor: OpaquePointer
    /// Asked for candidates when TAB is pressed.
    let completionProvider: CompletionProvider?
    private let policy: HistoryPolicy
    private var newestEntry: String?

    /// Creates a reader on standard input and output, or returns nil if libedit
    /// cannot be initialised.
    ///
    /// - Parameters:
    ///   - programName: The name editrc lines are qualified with (`bsh:bind -v`).
    ///   - history: Recalled with the arrow keys and extended by `addHistory`;
    ///     without one, history lasts for the session only, under a default policy.
    ///   - completion: Consulted when TAB is pressed; without one TAB is left as
    ///     libedit binds it.
    ///   - editrcPath: The editrc to read; nil reads `$EDITRC` or `~/.editrc`.
    ///     A missing file is not an error.
    public init?(
        programName: String = "bsh",
        history: HistoryStore? = nil,
        completion: CompletionProvider? = nil,
        editrcPath: String? = nil
    ) {
        UTF8Locale.ensure()
        guard let editor = bsh_editor_create(programName) else { return nil }
        self.editor = editor
        self.history = history
        self.completionProvider = completion
        self.policy = history?.policy ?? HistoryPolicy()
        self.newestEntry = history?.entries.last

        bsh_editor_history_set_size(editor, Int32(clamping: max(policy.maxEntries, 1)))
        for entry in history?.entries ?? [] {
            bsh_editor_history_enter(editor, entry)
        }
        if completion != nil {
            // Unretained: the editor, and with it the callback, ends in deinit.
            let context = Unmanaged.passUnretained(self).toOpaque()
            bsh_editor_set_completion(editor, { editor, context in
                guard let editor, let context else { return BshEditActionBeep }
                let reader = Unmanaged<EditLineReader>.fromOpaque(context).takeUnretainedValue()
                return reader.complete(in: editor)
            }, context)
        }
        if let editrcPath {
            bsh_editor_source(editor, editrcPath)
        } else {
            bsh_editor_source(editor, nil)
        }
    }

    deinit {
        bsh_editor_destroy(editor)
    }

    /// The key bindings in use; the editrc may have changed them.
    public var editingMode: EditingMode {
        get { bsh_editor_mode(editor).flatMap { EditingMode(rawValue: String(cString: $0)) } ?? .emacs }
        set { bsh_editor_set_mode(editor, newValue.rawValue) }
    }

    /// Shows `prompt` and lets the user edit a line.
    ///
    /// Returns `.endOfInput` for Ctrl-D on an empty line (or a read error),
    /// leaving the cursor after the prompt, and
    /// `.interrupted` when a signal interrupts the read: the typed text is
    /// discarded and the cursor moved to a fresh line. For the duration of the
    /// call SIGINT is caught (without `SA_RESTART`, forwarded to this thread if
    /// another one receives it) and libedit restores the terminal mode on
    /// signals; the caller's SIGINT handling applies again once it returns.
    /// The caller must not keep SIGINT blocked on this thread, which rules out
    /// consuming it through `signalfd` or a `DispatchSource` on Linux; a
    /// `sigaction` handler, `SIG_IGN` or `SIG_DFL` all work.
    public func readLine(prompt: String) -> LineReadResult {
        bsh_editor_set_prompt(editor, prompt)
        var count: Int32 = 0
        var error: Int32 = 0
        let text = withSigintInterruptingReads { bsh_editor_gets(editor, &count, &error) }
        if let text, count > 0 {
            var bytes = UnsafeRawBufferPointer(start: text, count: strlen(text))[...]
            if bytes.last == UInt8(ascii: "\n") { bytes = bytes.dropLast() }
            return .line(String(decoding: bytes, as: UTF8.self))
        }
        if count < 0 && error == EINTR {
            bsh_editor_write(editor, "\n")
            return .interrupted
        }
        return .endOfInput
    }

    /// Records `line` in the history store (or, without one, the session's
    /// history) if the policy admits it, making it recallable with the arrow keys.
    public func addHistory(_ line: String) {
        let admitted = history?.record(line) ?? policy.admits(line, after: newestEntry)
        guard admitted else { return }
        newestEntry = line
        bsh_editor_history_enter(editor, line)
    }
}
