/// The `errors` summary embedded in a backup, restore or cleanup. Empty is `0`, `""`, `""`.
public struct ErrorSummary: Codable, Sendable, Equatable {
    public var count: Int
    public var reason: String?
    public var diagnostics: String?
    /// Rel `full`, to the operation's error report.
    public var links: [Link]?

    public init(count: Int, reason: String? = nil, diagnostics: String? = nil, links: [Link]? = nil) {
        self.count = count
        self.reason = reason
        self.diagnostics = diagnostics
        self.links = links
    }
}

/// The per-file errors of a backup, restore or cleanup (`listBackupErrors`, `listRestoreErrors`,
/// `listCleanupErrors`); also the value an agent patches into `/errors`, which has no `description`s and no `links`.
public struct ErrorReport: Codable, Sendable, Equatable {
    public var count: Int
    public var reason: String?
    public var diagnostics: String?
    public var list: [Item]
    public var links: [Link]?

    public init(count: Int, reason: String? = nil, diagnostics: String? = nil, list: [Item], links: [Link]? = nil) {
        self.count = count
        self.reason = reason
        self.diagnostics = diagnostics
        self.list = list
        self.links = links
    }

    /// One file the operation could not process.
    public struct Item: Codable, Sendable, Equatable {
        public var index: Int
        public var path: String
        /// e.g. `file_or_folder_missing`, `phx_exception`, `file_missing_blocks`.
        public var type: String
        /// Supplied by the service from `type`.
        public var description: String?
        public var exception: ErrorException?

        public init(index: Int, path: String, type: String, description: String? = nil, exception: ErrorException? = nil) {
            self.index = index
            self.path = path
            self.type = type
            self.description = description
            self.exception = exception
        }
    }
}

/// The agent-side exception behind a per-file error.
public struct ErrorException: Codable, Sendable, Equatable {
    public var code: Int
    public var description: String?
    public var details: String?

    public init(code: Int, description: String? = nil, details: String? = nil) {
        self.code = code
        self.description = description
        self.details = details
    }
}
