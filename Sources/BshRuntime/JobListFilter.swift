import BshValues
import CloudBackupAPI
import CloudBackupClient
import Foundation

/// The `--since DURATION`, `--state STATE` and `--agent A` filters of `backups`, `restores` and
/// `cleanups`. The service's job lists take none of them (only `restorable` and `configuration_id`
/// for backups), so they apply to the listed jobs.
struct JobListFilter: Sendable, Equatable {
    /// Jobs that started, ended or were asked for after this time.
    var since: Date?
    /// Jobs in one of these states; nil for any state.
    var states: Set<String>?
    /// Jobs of this agent (a restore's destination).
    var agentID: String?

    static let options: Set<String> = ["--since", "--state", "--agent"]

    /// True when a job with these fields passes. A job with no times yet has just been asked for: it
    /// is newer than any `--since`.
    func keeps(state: String, agentID: String?, startedTime: String?, endedTime: String?) -> Bool {
        if let states, !states.contains(state) { return false }
        if let wanted = self.agentID, agentID != wanted { return false }
        if let since {
            let times = [startedTime, endedTime].compactMap { $0.flatMap(Timestamp.parse) }
            if !times.isEmpty, !times.contains(where: { $0 >= since }) { return false }
        }
        return true
    }

    func keeps(_ backup: Backup) -> Bool {
        keeps(state: backup.state, agentID: backup.agent?.id, startedTime: backup.startedTime, endedTime: backup.endedTime)
    }

    func keeps(_ restore: RestoreSummary) -> Bool {
        keeps(
            state: restore.state, agentID: restore.destinationAgent?.id, startedTime: restore.startedTime,
            endedTime: restore.endedTime)
    }

    func keeps(_ cleanup: Cleanup) -> Bool {
        keeps(state: cleanup.state, agentID: cleanup.agent?.id, startedTime: cleanup.startedTime, endedTime: cleanup.endedTime)
    }

    /// The states a job of `kind` can be in, for checking `--state`.
    static func states(of kind: JobKind) -> [String] {
        switch kind {
        case .backup: Backup.State.allCases.map(\.rawValue)
        case .restore, .cleanup:
            [
                "start_requested", "start_scheduled", "queued", "preparing", "in_progress", "stop_requested", "completed",
                "completed_with_errors", "failed", "stopped",
            ]
        }
    }
}

extension Shell {
    /// Reads the filters from a list command's options; `--state` takes one state or several
    /// separated by commas.
    func jobListFilter(_ options: OptionWords, kind: JobKind, now: Date = Date()) async throws -> JobListFilter {
        var filter = JobListFilter()
        if let text = options.value("--since") {
            let duration: Duration
            do {
                duration = try DurationText.read(text)
            } catch let error as ValueError {
                throw ShellError.usage("--since: \(error.message)", hint: "a duration, e.g. --since 24h")
            }
            filter.since = now.addingTimeInterval(-ProgressMeter.seconds(duration))
        }
        if let text = options.value("--state") {
            let states = Set(text.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) })
            let known = JobListFilter.states(of: kind)
            if let unknown = states.first(where: { !known.contains($0) }) {
                throw ShellError.usage(
                    "--state: '\(unknown)' is not a \(kind.rawValue) state", hint: "states: \(known.joined(separator: ", "))")
            }
            filter.states = states
        }
        if let query = options.value("--agent") {
            filter.agentID = try await resolveAgent(query).id
        }
        return filter
    }
}
