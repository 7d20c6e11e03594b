import BshLanguage

extension ShellHost {
    /// Prints diagnostics on standard error, each with its location, the line and a caret, coloured
    /// when standard error takes colours.
    public func writeDiagnostics(_ diagnostics: [Diagnostic], in source: SourceFile) {
        for diagnostic in diagnostics {
            writeError(DiagnosticRenderer.render(diagnostic, in: source, color: usesColor) + "\n")
        }
    }
}
