import CloudBackupAPI

/// The asynchronous request `wait` waits for: the last one this session started.
public enum PendingRequest: Sendable, Equatable {
    /// A browse request: answered when its result can be read (the service says 404 until then).
    case browse(agent: AgentRef, requestID: String, path: RemoteName)
    /// A log file upload: answered when its state is `completed`.
    case logFile(agent: AgentRef, id: String)

    /// What is being waited for, in words.
    public var description: String {
        switch self {
        case .browse(let agent, let requestID, let path):
            "\(agent.name) to answer browse request \(requestID.prefix(8)) for \(path.escaped)"
        case .logFile(let agent, let id):
            "\(agent.name) to upload log file \(id.prefix(8))"
        }
    }
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
