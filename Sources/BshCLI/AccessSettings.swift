import CloudBackupAPI
import CloudBackupClient

/// How bsh reaches the service, resolved field by field from flags, then the environment (bsh's own
/// names, then those the rack CLI and OpenStack tools use), then the embedded emulator.
enum AccessSettings: Equatable {
    case service(ServiceAccess)
    case emulator(reason: String)

    static let defaultIdentityURL = "https://identity.api.rackspacecloud.com/v2.0"

    /// The values given on the command line.
    struct Flags: Equatable {
        var username: String?
        var apiKey: String?
        var password: String?
        var region: String?
        var identityURL: String?
        var endpoint: String?
        var token: String?
        var forceEmulator = false
    }

    /// Resolves the settings; throws a message when they are given but cannot work together.
    static func resolve(flags: Flags, environment: [String: String]) throws(UsageError) -> AccessSettings {
        func pick(_ flag: String?, _ names: [String]) -> String? {
            if let flag, !flag.isEmpty { return flag }
            return names.lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        }
        if flags.forceEmulator { return .emulator(reason: "--emulator") }
        let endpoint = pick(flags.endpoint, ["BSH_ENDPOINT"])
        let token = pick(flags.token, ["BSH_TOKEN"])
        if let endpoint {
            guard let token else { throw UsageError("--endpoint (or BSH_ENDPOINT) needs a token: --token or BSH_TOKEN") }
            return .service(.direct(endpoint: endpoint, token: Secret(token)))
        }
        if token != nil { throw UsageError("--token (or BSH_TOKEN) needs an endpoint: --endpoint or BSH_ENDPOINT") }
        let username = pick(flags.username, ["RAX_USERNAME", "RS_USERNAME", "OS_USERNAME"])
        let apiKey = pick(flags.apiKey, ["RAX_API_KEY", "RS_API_KEY"])
        let password = pick(flags.password, ["RAX_PASSWORD", "OS_PASSWORD"])
        let region = pick(flags.region, ["RAX_REGION", "RS_REGION_NAME", "OS_REGION_NAME"])
        let identityURL = pick(flags.identityURL, ["BSH_IDENTITY_URL", "RS_AUTH_URL", "OS_AUTH_URL"]) ?? defaultIdentityURL
        guard let username else {
            if apiKey != nil || password != nil {
                throw UsageError("an API key or password is set but no username: set RAX_USERNAME or --username")
            }
            return .emulator(reason: "no credentials")
        }
        let credentials: Credentials
        if let apiKey {
            credentials = .apiKey(username: username, apiKey: Secret(apiKey))
        } else if let password {
            credentials = .password(username: username, password: Secret(password))
        } else {
            throw UsageError("user \(username) has no API key or password: set RAX_API_KEY (or --api-key) or RAX_PASSWORD")
        }
        return .service(.identity(url: identityURL, credentials: credentials, region: region?.uppercased()))
    }
}

/// A command-line mistake, reported with exit status 2.
struct UsageError: Error, Equatable {
    let message: String

    init(_ message: String) {
        self.message = message
    }
}
