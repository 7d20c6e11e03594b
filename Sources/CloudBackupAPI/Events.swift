/// The body of `POST /v2/{project_id}/events` (`postProjectEvent`): sets how often agents poll for work.
public struct AgentActivation: Codable, Sendable, Equatable {
    public var event: String
    public var mode: String

    public init(mode: Mode) {
        self.event = "agent_activate"
        self.mode = mode.rawValue
    }

    /// The documented event modes. Agents fall back to `idle` after a while.
    public enum Mode: String, Codable, Sendable, CaseIterable {
        case idle, active, realTime = "real_time"
    }
}
