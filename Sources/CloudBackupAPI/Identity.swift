/// The body of an Identity v2.0 token request, with API key or password credentials.
public struct AuthRequest: Codable, Sendable, Equatable {
    public var auth: Auth

    public init(username: String, apiKey: Secret) {
        auth = Auth(apiKeyCredentials: .init(username: username, apiKey: apiKey), passwordCredentials: nil)
    }

    public init(username: String, password: Secret) {
        auth = Auth(apiKeyCredentials: nil, passwordCredentials: .init(username: username, password: password))
    }

    /// The `auth` object: exactly one kind of credentials is set.
    public struct Auth: Codable, Sendable, Equatable {
        public var apiKeyCredentials: APIKeyCredentials?
        public var passwordCredentials: PasswordCredentials?

        enum CodingKeys: String, CodingKey {
            case apiKeyCredentials = "RAX-KSKEY:apiKeyCredentials"
            case passwordCredentials
        }
    }

    /// Rackspace's API key credentials.
    public struct APIKeyCredentials: Codable, Sendable, Equatable {
        public var username: String
        public var apiKey: Secret
    }

    /// Identity v2.0 password credentials.
    public struct PasswordCredentials: Codable, Sendable, Equatable {
        public var username: String
        public var password: Secret
    }
}

/// The `{"access": ...}` document Identity returns for a token request.
public struct AccessResponse: Codable, Sendable, Equatable {
    public var access: Access

    public init(access: Access) {
        self.access = access
    }

    /// The token, the service catalog and the user.
    public struct Access: Codable, Sendable, Equatable {
        public var token: Token
        public var serviceCatalog: [CatalogEntry]
        public var user: User?

        public init(token: Token, serviceCatalog: [CatalogEntry], user: User?) {
            self.token = token
            self.serviceCatalog = serviceCatalog
            self.user = user
        }
    }

    /// The issued token, its expiry (ISO-8601) and the tenant (the project ID).
    public struct Token: Codable, Sendable, Equatable {
        public var id: Secret
        public var expires: String
        public var tenant: Tenant?
        public var authenticatedBy: [String]?

        public init(id: Secret, expires: String, tenant: Tenant?, authenticatedBy: [String]?) {
            self.id = id
            self.expires = expires
            self.tenant = tenant
            self.authenticatedBy = authenticatedBy
        }

        enum CodingKeys: String, CodingKey {
            case id, expires, tenant
            case authenticatedBy = "RAX-AUTH:authenticatedBy"
        }
    }

    /// The account the token is for.
    public struct Tenant: Codable, Sendable, Equatable {
        public var id: String
        public var name: String?

        public init(id: String, name: String?) {
            self.id = id
            self.name = name
        }
    }

    /// The authenticated user and their roles.
    public struct User: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var roles: [Role]?
        public var defaultRegion: String?

        public init(id: String, name: String, roles: [Role]?, defaultRegion: String?) {
            self.id = id
            self.name = name
            self.roles = roles
            self.defaultRegion = defaultRegion
        }

        enum CodingKeys: String, CodingKey {
            case id, name, roles
            case defaultRegion = "RAX-AUTH:defaultRegion"
        }
    }

    /// A role granted to the user.
    public struct Role: Codable, Sendable, Equatable {
        public var id: String?
        public var name: String
        public var description: String?
        public var tenantId: String?

        public init(id: String?, name: String, description: String?, tenantId: String?) {
            self.id = id
            self.name = name
            self.description = description
            self.tenantId = tenantId
        }
    }
}

/// One service of the catalog, with its endpoints per region.
public struct CatalogEntry: Codable, Sendable, Equatable {
    public var name: String
    public var type: String
    public var endpoints: [Endpoint]

    public init(name: String, type: String, endpoints: [Endpoint]) {
        self.name = name
        self.type = type
        self.endpoints = endpoints
    }

    /// Cloud Backup's catalog type and name.
    public static let backupType = "rax:backup"
    public static let backupName = "cloudBackup"

    /// One endpoint; global services have no region.
    public struct Endpoint: Codable, Sendable, Equatable {
        public var publicURL: String
        public var internalURL: String?
        public var region: String?
        public var tenantId: String?

        public init(publicURL: String, internalURL: String? = nil, region: String?, tenantId: String?) {
            self.publicURL = publicURL
            self.internalURL = internalURL
            self.region = region
            self.tenantId = tenantId
        }
    }
}
