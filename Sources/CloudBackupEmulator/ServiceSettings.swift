/// What the service is told rather than what its agents do: the summary e-mail settings, and the
/// dependent systems a test has taken offline (health answers 503).
struct ServiceSettings: Sendable {
    var summaries = SummarySettingsDocument.initial
    /// `cassandra`, `pecan`, `rse`.
    var offlineSystems: Set<String> = []
}
