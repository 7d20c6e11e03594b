import CEditLine

/// Runs `body` with SIGINT redirected so that it interrupts a blocking read on
/// the calling thread (the read fails with EINTR) instead of reaching the
/// process's own disposition, which is reinstated afterwards. Only one read
/// may be guarded at a time.
func withSigintInterruptingReads<Result>(_ body: () -> Result) -> Result {
    let guardToken = bsh_sigint_guard_begin()
    defer { bsh_sigint_guard_end(guardToken) }
    return body()
}
