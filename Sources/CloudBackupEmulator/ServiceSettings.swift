/// What the service is told rather than what its agents do: where it is reached, the summary
/// e-mail settings, and the dependent systems a test has taken offline (health answers 503).
struct ServiceSettings: Sendable {
    /// Set once the server listens; links and `Location` headers are built from it.
    var urls = ServiceURLs(base: "http://127.0.0.1")
    var summaries = SummarySettingsDocument.initial
    /// `cassandra`, `pecan`, `rse`.
    var offlineSystems: Set<String> = []
}
