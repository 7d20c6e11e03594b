/// What a job reports as it runs: its per-file errors and its counters.
struct JobResults: Sendable {
    var errors = JobErrorReport()
    /// The counters of the kind (`files_searched`, `bytes_restored`, ...).
    var counters: [String: Int] = [:]
}
