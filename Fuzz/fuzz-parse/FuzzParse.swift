import BshLanguage
import FuzzDriver

@main
enum FuzzParse {
    static func main() { runFuzzer(fuzzParse) }
}

/// Lexes and parses the input as a script, and finds and parses its steps as a runbook's, without
/// the checker's walk (`fuzz-check` does that, more slowly). Every diagnostic must point inside the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParse(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = String(decoding: fuzzInput(start, count), as: UTF8.self)
    let script = SourceFile(name: "fuzz.bsh", text: text)
    let parsed = Parser.parse(script)
    checkRanges(parsed.diagnostics, in: script)
    if let first = parsed.diagnostics.first { _ = DiagnosticRenderer.render(first, in: script) }
    let runbook = Runbook(SourceFile(name: "fuzz.md", text: text))
    checkRanges(runbook.diagnostics + runbook.parsedSteps().flatMap(\.diagnostics), in: runbook.document)
    return 0
}

private func checkRanges(_ diagnostics: [Diagnostic], in file: SourceFile) {
    let size = file.text.utf8.count
    for diagnostic in diagnostics {
        precondition(diagnostic.range.end <= size, "diagnostic \(diagnostic.range) past the end (\(size) bytes)")
    }
}
