import BshRuntime
import Synchronization

/// Which prompt lines may be kept in the history file: none that mentions a credential by name
/// (`--api-key`, `password=`, a URL's password), nor any holding the value of a secret in use.
struct HistoryAdmission: Sendable {
    /// The values of the secrets in use, growing when `profile` switches to another.
    let secretsInUse: SecretsInUse

    init(secrets: [String]) {
        secretsInUse = SecretsInUse(secrets)
    }

    init(secretsInUse: SecretsInUse) {
        self.secretsInUse = secretsInUse
    }

    func admits(_ line: String) -> Bool {
        !SecretFilter.mentionsSecret(line) && !secretsInUse.values.contains { line.contains($0) }
    }
}

/// Every secret the process has used so far: those it started with, and those of each profile it
/// switched to. Lines holding one are never kept.
final class SecretsInUse: Sendable {
    private let state: Mutex<[String]>

    init(_ secrets: [String]) {
        state = Mutex(secrets.filter { !$0.isEmpty })
    }

    var values: [String] { state.withLock { $0 } }

    func add(_ secrets: [String]) {
        state.withLock { $0 += secrets.filter { !$0.isEmpty } }
    }
}
