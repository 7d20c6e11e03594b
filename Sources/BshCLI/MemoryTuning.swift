#if canImport(Glibc)
import Glibc
#endif

/// Allocator settings for a process that may build a large syntax tree or result at once.
enum MemoryTuning {
    /// glibc gives each thread that allocates an arena of its own, and grows such an arena one page
    /// at a time, each a system call (mprotect): a 100,000-line script's syntax tree, built on a
    /// thread of the task pool, took 9,700 of them, a fifth of its run time. With one arena every
    /// thread uses the main heap, which grows by 128 KiB steps; small allocations are still served
    /// by each thread's own cache, not under the arena's lock. A user's own settings win.
    static func apply() {
        #if canImport(Glibc)
        guard getenv("MALLOC_ARENA_MAX") == nil, getenv("GLIBC_TUNABLES") == nil else { return }
        // mallopt is declared in <malloc.h>, which Swift's Glibc module does not include.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return }
        let arenaMax: Int32 = -8  // M_ARENA_MAX
        _ = unsafeBitCast(symbol, to: Mallopt.self)(arenaMax, 1)
        #endif
    }
}
