import BshRuntime

/// Which prompt lines may be kept in the history file: none that mentions a credential by name
/// (`--api-key`, `password=`, a URL's password), nor any holding the value of a secret in use.
struct HistoryAdmission: Sendable {
    /// The values of the secrets in use; empty ones are left out.
    let secrets: [String]

    init(secrets: [String]) {
        self.secrets = secrets.filter { !$0.isEmpty }
    }

    func admits(_ line: String) -> Bool {
        !SecretFilter.mentionsSecret(line) && !secrets.contains { line.contains($0) }
    }
}
