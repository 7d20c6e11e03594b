import BshLanguage

extension ShellHost {
    /// Prints diagnostics on standard error, each with its location, the line and a caret, coloured
    /// when standard error takes colours. Secrets in the quoted lines are masked, columns kept.
    /// After the first 50, only how many more there are: past the first few, more messages about one
    /// broken file help nobody.
    public func writeDiagnostics(_ diagnostics: [Diagnostic], in source: SourceFile) {
        guard !diagnostics.isEmpty else { return }
        let source = SecretFilter.masked(source)
        for rendered in DiagnosticRenderer.render(Array(diagnostics.prefix(diagnosticLimit)), in: source, color: usesColor) {
            writeError(rendered + "\n")
        }
        if diagnostics.count > diagnosticLimit {
            writeError("\(source.name): \(diagnostics.count - diagnosticLimit) more problems not shown\n")
        }
    }
}

private let diagnosticLimit = 50
