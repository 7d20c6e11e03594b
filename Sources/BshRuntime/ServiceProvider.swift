import Foundation
import CloudBackupClient

/// Gives the shell its client on first use. The shell asks only when a statement needs the
/// service, so `echo hi` never opens a connection, reads credentials or starts an emulator.
public protocol ServiceProvider: Sendable {
    /// The client, created (and authenticated lazily) on the first call.
    func client() async throws -> any CloudBackupService
    /// A short name for where the shell is connected, for prompts: a region such as `dfw`, or `emulator`.
    var placeName: String { get async }
    /// True once a client was created: work for completion may then use the network.
    var isConnected: Bool { get async }

    /// Who and where the shell works as (`whoami`); signs in first when it has not.
    func connection() async throws -> ConnectionSummary
    /// Signs in again for `region`: a new token and the region's endpoint. The old connection stays
    /// when this fails.
    func switchRegion(to region: String) async throws -> ConnectionSummary
    /// Signs in with the config file's profile `name`, flags and environment still winning over it.
    func switchProfile(to name: String) async throws -> ConnectionSummary
    /// The config file's profiles (`profile`).
    func profiles() async throws -> [ProfileSummary]
}

extension ServiceProvider {
    public var isConnected: Bool { get async { false } }

    public func connection() async throws -> ConnectionSummary {
        throw ShellError(.failure, "this shell cannot tell whom it is connected as")
    }

    public func switchRegion(to region: String) async throws -> ConnectionSummary {
        throw ShellError(.failure, "this shell cannot switch regions")
    }

    public func switchProfile(to name: String) async throws -> ConnectionSummary {
        throw ShellError(.failure, "this shell cannot switch profiles")
    }

    public func profiles() async throws -> [ProfileSummary] { [] }
}

/// Who and where the shell works as, for `whoami` and the prompt. It never holds the token.
public struct ConnectionSummary: Sendable, Equatable {
    /// The config file's profile in use, if any.
    public var profile: String?
    /// The Identity user; nil with an endpoint and token given directly.
    public var user: String?
    /// The region whose endpoint is used, when it came from a catalog.
    public var region: String?
    /// The Cloud Backup endpoint, ending in `/v2/PROJECT`.
    public var endpoint: String?
    /// When the token stops working, when known.
    public var tokenExpires: Date?
    /// `identity`, `token` (an endpoint and token given directly) or `emulator`.
    public var mode: String

    public init(profile: String?, user: String?, region: String?, endpoint: String?, tokenExpires: Date?, mode: String) {
        self.profile = profile
        self.user = user
        self.region = region
        self.endpoint = endpoint
        self.tokenExpires = tokenExpires
        self.mode = mode
    }
}

/// A profile of the config file, as `profile` lists it: never its secrets.
public struct ProfileSummary: Sendable, Equatable {
    public var name: String
    public var user: String?
    public var region: String?
    /// True for the profile in use.
    public var current: Bool

    public init(name: String, user: String?, region: String?, current: Bool) {
        self.name = name
        self.user = user
        self.region = region
        self.current = current
    }
}
