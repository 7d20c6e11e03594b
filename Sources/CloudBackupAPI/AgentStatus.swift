/// Whether an agent is working and reachable (`getAgentStatus`). Online detection relies on heartbeats, which
/// agents send rarely in `idle` mode.
public struct AgentStatus: Codable, Sendable, Equatable {
    public var busy: Bool
    public var online: Bool

    public init(busy: Bool, online: Bool) {
        self.busy = busy
        self.online = online
    }
}
