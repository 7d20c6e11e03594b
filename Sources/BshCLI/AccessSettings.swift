import BshRuntime
import CloudBackupAPI
import CloudBackupClient
import Foundation

/// How bsh reaches the service, resolved field by field from flags, then the environment (bsh's own
/// names, then those the rack CLI and OpenStack tools use), then the embedded emulator.
enum AccessSettings: Equatable {
    case service(ServiceAccess)
    case emulator(reason: String)

    static let defaultIdentityURL = "https://identity.api.rackspacecloud.com/v2.0"
    /// The ports a URL may name.
    static let ports = 1...65535

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
        /// The config file's profile to use (`--profile`).
        var profile: String?
    }

    /// Resolves the settings; throws a message when they are given but cannot work together.
    ///
    /// Each field comes from its flag, else the environment, else `profile` (a profile's credential
    /// command runs only when its secret is the one used). Values are trimmed of surrounding blanks
    /// and line ends (a token pasted with its newline, a file read with its `\r`). A secret that still
    /// holds a control character, or a URL that is not http or https with a host, is refused here,
    /// naming where it came from but never its value.
    static func resolve(flags: Flags, environment: [String: String], profile: ConfigProfile? = nil) throws(UsageError) -> AccessSettings {
        func pick(_ flag: String?, _ flagName: String, _ names: [String], _ key: String, _ stored: String?) -> Setting? {
            if let value = flag.map(trimmed), !value.isEmpty { return Setting(value: value, source: flagName) }
            let fromEnvironment = names.lazy.compactMap { name in
                environment[name].map { Setting(value: trimmed($0), source: name) }
            }.first { !$0.value.isEmpty }
            if let fromEnvironment { return fromEnvironment }
            guard let profile, let stored = stored.map(trimmed), !stored.isEmpty else { return nil }
            return Setting(value: stored, source: "\(key) of profile \(profile.name)")
        }
        func pickSecret(_ flag: String?, _ flagName: String, _ names: [String], _ key: String, _ stored: CredentialSource?)
            throws(UsageError) -> Setting?
        {
            if let found = pick(flag, flagName, names, key, nil) { return try found.checkedSecret() }
            guard let profile, let stored else { return nil }
            let value = trimmed(try stored.reveal(key: key, profile: profile.name))
            let source = stored.describe(key: key, profile: profile.name)
            return value.isEmpty ? nil : try Setting(value: value, source: source).checkedSecret()
        }
        if flags.forceEmulator { return .emulator(reason: "--emulator") }
        let endpoint = pick(flags.endpoint, "--endpoint", ["BSH_ENDPOINT"], "endpoint", profile?.endpoint)
        if let endpoint {
            guard let token = try pickSecret(flags.token, "--token", ["BSH_TOKEN"], "token", profile?.token) else {
                throw UsageError("\(endpoint.source) needs a token: --token, BSH_TOKEN, or token in a profile")
            }
            return .service(.direct(endpoint: try endpoint.checkedURL(), token: Secret(token.value)))
        }
        let lonelyToken = pick(flags.token, "--token", ["BSH_TOKEN"], "token", nil)?.source
            ?? profile.flatMap { profile in profile.token.map { _ in "token of profile \(profile.name)" } }
        if let lonelyToken {
            throw UsageError("\(lonelyToken) needs an endpoint: --endpoint, BSH_ENDPOINT, or endpoint in a profile")
        }
        let username = pick(flags.username, "--username", ["RAX_USERNAME", "RS_USERNAME", "OS_USERNAME"], "username", profile?.username)
        let apiKey = try pickSecret(flags.apiKey, "--api-key", ["RAX_API_KEY", "RS_API_KEY"], "api_key", profile?.apiKey)
        // A password is checked only when it is to be used: with a key, an OpenStack OS_PASSWORD is not.
        let password = apiKey != nil
            ? nil : try pickSecret(flags.password, "--password", ["RAX_PASSWORD", "OS_PASSWORD"], "password", profile?.password)
        let region = pick(flags.region, "--region", ["RAX_REGION", "RS_REGION_NAME", "OS_REGION_NAME"], "region", profile?.region)
        let identityURL = pick(
            flags.identityURL, "--identity-url", ["BSH_IDENTITY_URL", "RS_AUTH_URL", "OS_AUTH_URL"], "identity_url", profile?.identityURL)
        guard let username = username?.value else {
            if apiKey != nil || password != nil {
                throw UsageError("an API key or password is set but no username: set RAX_USERNAME or --username")
            }
            if let profile { throw UsageError("profile \(profile.name) has no username, endpoint or token to connect with") }
            return .emulator(reason: "no credentials")
        }
        let credentials: Credentials
        if let apiKey {
            credentials = .apiKey(username: username, apiKey: Secret(apiKey.value))
        } else if let password {
            credentials = .password(username: username, password: Secret(password.value))
        } else {
            throw UsageError("user \(username) has no API key or password: set RAX_API_KEY (or --api-key) or RAX_PASSWORD")
        }
        let url = try identityURL?.checkedURL() ?? defaultIdentityURL
        return .service(.identity(url: url, credentials: credentials, region: region?.value.uppercased()))
    }

    private static func trimmed(_ value: String) -> String {
        value.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// One value and the flag or variable it came from, to name in an error.
    private struct Setting {
        let value: String
        let source: String

        /// The value, when it can travel in a header: control characters (a stray `\r` inside, say) cannot.
        func checkedSecret() throws(UsageError) -> Setting {
            guard value.unicodeScalars.allSatisfy({ !CharacterSet.controlCharacters.contains($0) }) else {
                throw UsageError("\(source) holds a control character, so it cannot be sent (its value is not shown)")
            }
            return self
        }

        /// The value, when it is an http or https URL with a host, and a port from 1 to 65535 if any.
        func checkedURL() throws(UsageError) -> String {
            guard let url = URLComponents(string: value), let scheme = url.scheme?.lowercased(),
                scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty
            else {
                throw UsageError("\(source) must be an http or https URL with a host, such as \(AccessSettings.exampleURL(for: source))")
            }
            // The text, not `url.port`: a port too large for an Int is no port there, and would be
            // silently replaced by the scheme's.
            if let port = portText, Int(port).map(AccessSettings.ports.contains) != true {
                throw UsageError("\(source) has port \(port); a port is a number from 1 to 65535")
            }
            return value
        }

        /// The port as written after the host, if any.
        private var portText: Substring? {
            guard let start = value.range(of: "://")?.upperBound else { return nil }
            let authority = value[start...].prefix { !"/?#".contains($0) }
            let hostAndPort = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? authority
            guard let colon = hostAndPort.lastIndex(of: ":"), !hostAndPort[colon...].contains("]") else { return nil }
            let port = hostAndPort[hostAndPort.index(after: colon)...]
            return port.isEmpty ? nil : port
        }
    }

    private static func exampleURL(for source: String) -> String {
        source.contains("ENDPOINT") || source == "--endpoint"
            ? "https://dfw.backup.api.rackspacecloud.com/v2/123456" : defaultIdentityURL
    }
}

/// A command-line or configuration mistake, reported with exit status 2; or a failure found before
/// anything ran (a credential command that failed), reported with status 1.
struct UsageError: Error, Equatable {
    let message: String
    let status: ExitStatus

    init(_ message: String, status: ExitStatus = .usage) {
        self.message = message
        self.status = status
    }
}
