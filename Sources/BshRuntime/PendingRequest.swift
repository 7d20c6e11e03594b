import CloudBackupAPI

/// The asynchronous request `wait` waits for: the last one this session started.
public enum PendingRequest: Sendable, Equatable {
    /// A browse request: answered when its result can be read (the service says 404 until then).
    case browse(agent: AgentRef, requestID: String, path: RemoteName)
    /// A log file upload: answered when its state is `completed`.
    case logFile(agent: AgentRef, id: String)
    /// A backup, restore or cleanup: answered when it reaches a terminal state.
    case job(kind: JobKind, id: String)
    /// A browse request inside a backup: answered when its result can be read.
    case backupBrowse(backupID: String, requestID: String, path: RemoteName)
    /// A vault encryption request: answered when the agent has reported (404 until then).
    case vaultEncryption(agent: AgentRef, requestID: String)
    /// A vault password verification request: answered when the agent has reported.
    case passwordVerification(agent: AgentRef, requestID: String)

    /// What is being waited for, in words.
    public var description: String {
        switch self {
        case .browse(let agent, let requestID, let path):
            "\(agent.name) to answer browse request \(requestID.prefix(8)) for \(path.escaped)"
        case .logFile(let agent, let id):
            "\(agent.name) to upload log file \(id.prefix(8))"
        case .job(let kind, let id):
            "\(kind.rawValue) \(id.prefix(8)) to finish"
        case .backupBrowse(let backupID, let requestID, let path):
            "browse request \(requestID.prefix(8)) for \(path.escaped) in backup \(backupID.prefix(8))"
        case .vaultEncryption(let agent, let requestID):
            "\(agent.name) to answer vault encryption request \(requestID.prefix(8))"
        case .passwordVerification(let agent, let requestID):
            "\(agent.name) to answer password verification request \(requestID.prefix(8))"
        }
    }
}

/// The kinds of long-running job the service tracks, as the commands name them.
public enum JobKind: String, Sendable, Equatable {
    case backup, restore, cleanup
}

/// The identity of an agent, as the shell remembers it.
public struct AgentRef: Sendable, Equatable {
    public let id: String
    public let name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }

    init(_ agent: Agent) {
        self.init(id: agent.id, name: agent.name)
    }
}
