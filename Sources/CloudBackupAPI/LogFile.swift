/// A log file an agent was asked to upload (`requestLogFile` response, `listLogFiles` items, `getLogFile`).
public struct LogFile: Codable, Sendable, Equatable {
    public var id: String
    public var date: String
    /// `requested`, `started` or `completed`.
    public var state: String
    public var links: [Link]

    public init(id: String, date: String, state: String, links: [Link]) {
        self.id = id
        self.date = date
        self.state = state
        self.links = links
    }

    /// The documented states, in the order they are reached.
    public enum State: String, Sendable, CaseIterable {
        case requested, started, completed
    }

    /// The temporary download URL (no token needed), present once the upload completed.
    public var temporaryURL: String? { links.href(rel: "logfile_temp_url") }

    /// The Cloud Files object URL, present once the upload completed.
    public var objectURL: String? { links.href(rel: "logfile") }
}

/// The `{"logfiles": [...]}` document of `listLogFiles`.
public struct LogFileList: Codable, Sendable, Equatable {
    public var logfiles: [LogFile]

    public init(logfiles: [LogFile]) {
        self.logfiles = logfiles
    }
}

/// One operation of a JSON Patch document (RFC 6902), as PATCH requests send them.
public struct PatchOperation: Codable, Sendable, Equatable {
    public var op: String
    public var path: String
    public var value: JSONValue?

    public init(op: String, path: String, value: JSONValue?) {
        self.op = op
        self.path = path
        self.value = value
    }
}
