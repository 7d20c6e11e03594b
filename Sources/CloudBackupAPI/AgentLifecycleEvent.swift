/// The body of `postAgentEvent`: an agent announces that it started or is shutting down.
public struct AgentLifecycleEvent: Codable, Sendable, Equatable {
    public var event: String

    public init(_ kind: Kind) {
        self.event = kind.rawValue
    }

    /// The documented lifecycle events.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case startup, shutdown
    }
}
