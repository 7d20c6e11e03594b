import BshValues

/// `$env`: the process environment as a record, sorted by name, with credentials hidden.
enum EnvironmentRecord {
    /// Words that mark a variable as holding a credential, matched case-insensitively anywhere in its name.
    static let secretWords = ["TOKEN", "KEY", "PASSWORD", "SECRET", "CREDENTIAL"]

    /// The record; the value of a variable whose name holds one of `secretWords` is `***`.
    static func value(of environment: [String: String]) -> Value {
        .record(Record(environment.sorted { $0.key < $1.key }.map { name, value in
            (name, .string(isSecret(name) ? "***" : value))
        }))
    }

    static func isSecret(_ name: String) -> Bool {
        let upper = name.uppercased()
        return secretWords.contains { upper.contains($0) }
    }
}
