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
    /// The agent that does the work: the backed-up agent, the restore's destination, the cleaned agent.
    var agentID: String
    /// The configuration of a backup, or of the backup a restore reads.
    var configurationID: String?
    /// The backup a restore reads.
    var backupID: String?
    let createdAt: Instant
    var state: String
    var pickedUpAt: Instant?
    var stopRequestedAt: Instant?
    /// How many steps of the simulated timeline have happened.
    var stepsApplied = 0
    /// Once the agent reports through PATCH itself, the simulation leaves the job alone.
    var reportedByAgent = false
    var lastUpdated: Instant
    var startedTime: String?
    var endedTime: String?
    var errors = JobErrorReport()
    /// The counters of the kind (`files_searched`, `bytes_restored`, ...).
    var counters: [String: Int] = [:]
    /// Backups: what is backed up, where, and the snapshot once done.
    var selection = PathSelection(inclusions: [], exclusions: [])
    var vaultID: String?
    var snapshotID: Int?
    /// The files as the backup found them; seeded history computes them from the host instead.
    var snapshotFiles: FileNode?
    var restorable = false
    /// Restores.
    var destinationPath: String?
    var overwriteFiles = false
    /// Cleanups.
    var snapshotIDs: [Int] = []
    /// The totals the simulated run works towards: files and bytes.
    var plannedFiles = 0
    var plannedBytes = 0

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

/// Per-file errors of a job (`listBackupErrors`, `listRestoreErrors`, `listCleanupErrors`) and the summary its
/// document carries.
struct JobErrorReport: Sendable {
    var count = 0
    var reason = ""
    /// A cleanup's diagnostics are `null`.
    var diagnostics: String? = ""
    var list: [JSONValue] = []

    /// The description the service adds to each entry from its `type`: the documented examples
    /// return one, though the tables omit it.
    static func description(ofType type: String) -> String {
        switch type {
        case "file_or_folder_missing":
            "The item was found during the search but was missing when we tried to back it up."
        case "phx_exception": "The agent experience a problem (Phoenix)."
        case "file_missing_blocks": "A vault validation determined that the specified file is missing blocks."
        default: "The agent reported a problem with this item."
        }
    }

    /// Reads the `/errors` value of a PATCH.
    init(patched value: JSONValue) throws {
        guard case .object = value else { throw ServiceError.invalid("/errors must be an object.") }
        count = value["count"]?.asInt ?? 0
        reason = value["reason"]?.stringValue ?? ""
        diagnostics = value["diagnostics"]?.stringValue
        list = value["list"]?.asArray ?? []
    }

    init() {}
}
