import CloudBackupAPI
import CloudBackupClient

/// `events --follow`: events printed as they happen.
extension Shell {
    /// How often the followed lists are read again.
    static let followInterval = Duration.seconds(1)

    /// Prints the events of `lists` as they come (the ones there already first), oldest first, until
    /// `until` is met or the statement is interrupted; returns how many were printed.
    func followEvents(_ lists: [@Sendable (ListOptions) -> Paginated<Event>], until: FollowUntil?) async throws -> Int {
        let clock = ContinuousClock()
        let start = clock.now
        var markers = [String?](repeating: nil, count: lists.count)
        var printed = 0
        while true {
            var fresh: [Event] = []
            for (index, list) in lists.enumerated() {
                let events = try await list(ListOptions(marker: markers[index], sortDirection: .asc)).collect()
                    .filter { Self.eventNumber($0.id) > markers[index].map(Self.eventNumber) ?? -1 }
                if let newest = events.max(by: { Self.eventNumber($0.id) < Self.eventNumber($1.id) }) {
                    markers[index] = newest.id
                }
                fresh += events
            }
            var seen = Set<String>()
            let ordered = fresh.sorted { Self.eventNumber($0.id) < Self.eventNumber($1.id) }
            for event in ordered where seen.insert(event.id).inserted {
                host.writeOutput(options.json ? Renderer.jsonLine(event) + "\n" : Self.eventLine(event))
                printed += 1
                if until?.isMet(by: event) == true { return printed }
            }
            if case .after(let limit) = until, clock.now - start >= limit { return printed }
            var pause = Self.followInterval
            if case .after(let limit) = until { pause = min(pause, limit - (clock.now - start)) }
            try await Task.sleep(for: max(pause, .milliseconds(10)))
        }
    }

    static func eventNumber(_ id: String) -> Int { Int(id) ?? -1 }

    /// `2026-12-04T02:01:17.000000Z  backup_in_progress  web01  1234`.
    static func eventLine(_ event: Event) -> String {
        let agent = event.agent?.name ?? event.agent?.id.map { String($0.prefix(8)) } ?? "-"
        let name = event.event + String(repeating: " ", count: max(0, 24 - event.event.count))
        return [event.time ?? "-", name, agent, event.id].joined(separator: "  ") + "\n"
    }
}
