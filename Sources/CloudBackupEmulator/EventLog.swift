/// The events the event lists show, oldest first, at most `capacity` of them, and the next ID.
struct EventLog: Sendable {
    /// The most events kept; older ones are dropped first.
    static let capacity = 10_000

    private(set) var events: [RecordedEvent] = []
    /// Event IDs are numeric strings that only grow; the first is in the documentation's range.
    private var nextID = 5_650_135_600

    /// A new event ID, also for result-only events that the lists do not show.
    mutating func takeID() -> Int {
        defer { nextID += 1 }
        return nextID
    }

    mutating func append(_ event: RecordedEvent) {
        events.append(event)
        if events.count > Self.capacity { events.removeFirst(events.count - Self.capacity) }
    }
}
