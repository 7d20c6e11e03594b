/// The daily and weekly summary e-mails of a project (`updateSummarySettings` body, `getSummarySettings`).
public struct SummarySettings: Codable, Sendable, Equatable {
    public var daily: Bool?
    public var weekly: Bool?
    public var notifications: [Recipient]

    public init(daily: Bool?, weekly: Bool?, notifications: [Recipient]) {
        self.daily = daily
        self.weekly = weekly
        self.notifications = notifications
    }

    /// Where summaries go: `{"type": "email", "destination": ...}`.
    public struct Recipient: Codable, Sendable, Equatable {
        public var type: String
        public var destination: String

        public init(type: String = "email", destination: String) {
            self.type = type
            self.destination = destination
        }
    }
}
