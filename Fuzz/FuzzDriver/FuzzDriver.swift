import CFuzzerDriver

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Runs libFuzzer with the process's arguments, calling `test` on each input, and exits with
/// libFuzzer's status. A failed precondition in `test` is a finding.
///
/// A target defines its test as `LLVMFuzzerTestOneInput` too: SwiftPM points `main` at the
/// target's own entry point, which calls this, but libFuzzer's archive still refers to the symbol.
public func runFuzzer(_ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, test))
}

/// The input as a buffer (libFuzzer passes a null pointer for the empty input).
public func fuzzInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: count == 0 ? nil : start, count: count)
}
