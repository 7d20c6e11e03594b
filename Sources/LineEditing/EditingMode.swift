/// The key binding set of a libedit editor.
public enum EditingMode: String, Sendable, CaseIterable {
    /// Emacs-style bindings (libedit's default).
    case emacs
    /// vi-style bindings, starting in insert mode.
    case vi
}
