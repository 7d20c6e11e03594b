/// The absolute URLs the emulator hands out, all on its own host and with the project ID (the
/// documentation's links leave it out, though its paths have it).
struct ServiceURLs: Sendable, Equatable {
    /// `http://HOST:PORT`, no trailing slash.
    let base: String

    var identity: String { base + "/v2.0" }
    /// The Cloud Backup endpoint, as the catalog's `publicURL` gives it.
    var endpoint: String { base + "/v2/" + EmulatorConfiguration.projectID }
    /// The Cloud Files account URL.
    var objectStore: String { base + "/v1/" + SeedProject.cloudFilesAccount }
    /// Cloud Servers is not emulated; its URLs only give links a realistic target.
    var compute: String { base + "/servers/v2/" + EmulatorConfiguration.projectID }

    func agent(_ agentID: String) -> String { endpoint + "/agents/" + agentID }
}
