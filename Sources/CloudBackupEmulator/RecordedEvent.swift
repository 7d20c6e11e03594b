import CloudBackupAPI

/// An event as the service keeps it for the event lists (EV2, EV4): its numeric ID, the agent it
/// concerns (none for a project-wide activation) and its JSON document.
struct RecordedEvent: Sendable {
    let id: Int
    let at: ContinuousClock.Instant
    let agentID: String?
    let name: String
    /// The backups, restores, cleanups and configurations the event is about (EV5–EV8).
    let subjects: Set<String>
    let document: JSONValue
}
