/// The body of `registerAgent`: an agent registers itself. The answer is the `Agent` with its `password`.
public struct AgentRegistration: Codable, Sendable, Equatable {
    public var name: String
    public var version: String
    /// `flavor`, `region` (may be nil for `nova`), `machine`, `os`, `fingerprint` and `addresses`.
    public var host: AgentHost
    public var rsaPublicKey: RSAPublicKey
    /// Only `use_internal` is read.
    public var vault: AgentVault?

    public init(name: String, version: String, host: AgentHost, rsaPublicKey: RSAPublicKey, vault: AgentVault? = nil) {
        self.name = name
        self.version = version
        self.host = host
        self.rsaPublicKey = rsaPublicKey
        self.vault = vault
    }

    enum CodingKeys: String, CodingKey {
        case name, version, host
        case rsaPublicKey = "rsa_public_key"
        case vault
    }
}
