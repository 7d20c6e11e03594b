import Glibc

/// Allocator settings for a process that may build a large syntax tree or result at once.
enum MemoryTuning {
    /// glibc gives each thread that allocates its own arena, and grows those one page at a time, a
    /// system call (mprotect) each: a 100,000-line script's syntax tree took 9,700 of them, a fifth of
    /// its run time. The main heap grows by a pad instead; with one arena every thread uses it (small
    /// allocations are served by each thread's cache, not the arena's lock), and a 16 MiB pad costs
    /// nothing until its pages are touched.
    static func apply() {
        // mallopt is declared in <malloc.h>, which Swift's Glibc module does not include.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        let arenaMax: Int32 = -8, topPad: Int32 = -2  // M_ARENA_MAX, M_TOP_PAD
        _ = mallopt(arenaMax, 1)
        _ = mallopt(topPad, 16 << 20)
    }
}
