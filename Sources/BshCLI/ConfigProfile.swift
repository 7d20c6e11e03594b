import TOMLKit

/// One `[profile.NAME]` table of the config file. Its keys are the long flags' names, in snake case.
struct ConfigProfile: Sendable, Equatable {
    let name: String
    var username: String?
    var region: String?
    var identityURL: String?
    var endpoint: String?
    var apiKey: CredentialSource?
    var password: CredentialSource?
    var token: CredentialSource?
    /// How results are printed: table, json, ndjson or csv.
    var output: String?

    static let plainKeys = ["username", "region", "identity_url", "endpoint", "output"]
    static let secretKeys = ["api_key", "password", "token"]
    static let keys = plainKeys + secretKeys + secretKeys.map { $0 + "_command" }
    static let outputs = ["table", "json", "ndjson", "csv"]

    /// The secret keys written inline in the file, which make it private.
    var inlineSecretKeys: [String] {
        [("api_key", apiKey), ("password", password), ("token", token)].compactMap { key, source in
            if case .inline = source { return key }
            return nil
        }
    }

    /// True when a key names a command to run.
    var hasCommand: Bool {
        [apiKey, password, token].contains { if case .command = $0 { true } else { false } }
    }

    /// The profile in `table`; `place` names the file in errors.
    init(name: String, table: TOMLTable, place: String) throws(UsageError) {
        self.name = name
        let unknown = table.keys.filter { !Self.keys.contains($0) }
        if let key = unknown.first {
            throw UsageError("\(place): unknown key '\(key)' in [profile.\(name)]; the keys are \(Self.keys.joined(separator: ", "))")
        }
        func string(_ key: String) throws(UsageError) -> String? {
            guard let value = table[key] else { return nil }
            guard let text = value.string else {
                throw UsageError("\(place): \(key) in [profile.\(name)] must be a string, not \(value.type)")
            }
            return text
        }
        func secret(_ key: String) throws(UsageError) -> CredentialSource? {
            switch (try string(key), try string(key + "_command")) {
            case (let value?, nil): return .inline(value)
            case (nil, let command?): return .command(command)
            case (nil, nil): return nil
            case (_?, _?): throw UsageError("\(place): [profile.\(name)] has both \(key) and \(key)_command; keep one")
            }
        }
        username = try string("username")
        region = try string("region")
        identityURL = try string("identity_url")
        endpoint = try string("endpoint")
        apiKey = try secret("api_key")
        password = try secret("password")
        token = try secret("token")
        output = try string("output")
        if let output, !Self.outputs.contains(output) {
            throw UsageError("\(place): output in [profile.\(name)] is '\(output)'; it is one of \(Self.outputs.joined(separator: ", "))")
        }
    }

    init(name: String) {
        self.name = name
    }
}
