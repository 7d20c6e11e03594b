import CloudBackupAPI

/// An event as the service keeps it for the event lists: its numeric ID, the agent it concerns
/// (none for a project-wide activation) and its JSON document.
struct RecordedEvent: Sendable {
    let id: Int
    let at: ContinuousClock.Instant
    let agentID: String?
    let name: String
    /// The backups, restores, cleanups and configurations the event is about, whose own event
    /// lists show it.
    let subjects: Set<String>
    let document: JSONValue
}
