import CloudBackupAPI

/// A backup, restore or cleanup: work an agent picks up at a poll and reports on as it goes.
struct JobRecord: Sendable {
    typealias Instant = ContinuousClock.Instant

    enum Kind: String, Sendable {
        case backup, restore, cleanup

        /// The states after which the job cannot be modified (the 409 lists of `updateBackup`, `updateRestore`,
        /// `updateCleanup`).
        var finishedStates: [String] {
            switch self {
            case .backup: ["completed", "completed_with_errors", "failed", "stopped", "skipped", "missed"]
            case .restore, .cleanup: ["completed", "completed_with_errors", "failed", "stopped"]
            }
        }

        /// The collection's path segment and list key.
        var plural: String { rawValue + "s" }

        /// The path parameter that names a job of this kind.
        var pathParameter: PathParameter {
            switch self {
            case .backup: .backupID
            case .restore: .restoreID
            case .cleanup: .cleanupID
            }
        }
    }

    let kind: Kind
    let id: String
    /// Creation order, for lists and markers.
    let sequence: Int
    var state: String
    var links: JobLinks
    var times: JobTimes
    var simulation = JobSimulation()
    var results = JobResults()
    var files = JobFiles()
    var snapshot = JobSnapshot()

    /// A new job of `agentID`, created and last updated at `now`.
    init(kind: Kind, id: String, sequence: Int, agentID: String, state: String, at now: Instant) {
        self.kind = kind
        self.id = id
        self.sequence = sequence
        self.state = state
        links = JobLinks(agentID: agentID)
        times = JobTimes(createdAt: now, lastUpdated: now)
    }

    var isFinished: Bool { kind.finishedStates.contains(state) }

    /// The counter names of the kind, in the documented order.
    var counterNames: [String] {
        switch kind {
        case .backup:
            [
                "files_searched", "files_backed_up", "bytes_searched", "bytes_backed_up", "bytes_in_db",
                "bandwidth_avg_bps",
            ]
        case .restore: ["files_restored", "bytes_restored"]
        case .cleanup: ["bytes_before", "bytes_after"]
        }
    }
}
