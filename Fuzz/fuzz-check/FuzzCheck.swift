import BshLanguage
import BshRuntime
import FuzzDriver

@main
enum FuzzCheck {
    static func main() { runFuzzer(fuzzCheck) }
}

/// Reads the input as a script and as a Markdown runbook, as `bsh check` does, and renders the
/// diagnostics it would print (the first 50). Every diagnostic must point inside the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCheck(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = String(decoding: fuzzInput(start, count), as: UTF8.self)
    let script = SourceFile(name: "fuzz.bsh", text: text)
    render(ScriptChecker.check(script), in: script)
    let document = SourceFile(name: "fuzz.md", text: text)
    render(ScriptChecker.check(Runbook(document)), in: document)
    return 0
}

private func render(_ diagnostics: [Diagnostic], in file: SourceFile) {
    let size = file.text.utf8.count
    for diagnostic in diagnostics {
        precondition(diagnostic.range.end <= size, "diagnostic \(diagnostic.range) past the end (\(size) bytes)")
    }
    _ = DiagnosticRenderer.render(Array(diagnostics.prefix(50)), in: file)
}
