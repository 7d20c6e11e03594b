/// The backups, restores and cleanups, oldest first, and the numbers the next ones get.
struct JobTable: Sendable {
    private var records = OrderedRecords<JobRecord>(isActive: { !$0.isFinished })
    /// Jobs are numbered in the order they were created.
    private var nextSequence: Int
    /// Snapshot IDs are integers that only grow.
    private var nextSnapshotID: Int

    init(firstSequence: Int, firstSnapshotID: Int) {
        nextSequence = firstSequence
        nextSnapshotID = firstSnapshotID
    }

    subscript(id: String) -> JobRecord? {
        get { records[id] }
        set { records[id] = newValue }
    }

    var values: Dictionary<String, JobRecord>.Values { records.values }

    /// The jobs not finished yet: few, however many a project has done.
    var unfinished: [JobRecord] { records.active }

    /// Every job, oldest first.
    var ordered: [JobRecord] { records.ordered }

    mutating func removeAll(where shouldRemove: (JobRecord) -> Bool) {
        records.removeAll(where: shouldRemove)
    }

    /// The sequence number of a new job.
    mutating func takeSequence() -> Int {
        defer { nextSequence += 1 }
        return nextSequence
    }

    /// The snapshot ID of a finished backup.
    mutating func takeSnapshotID() -> Int {
        defer { nextSnapshotID += 1 }
        return nextSnapshotID
    }
}
