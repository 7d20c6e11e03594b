/// The snapshot a backup makes, and the snapshots a cleanup removes.
struct JobSnapshot: Sendable {
    /// A backup's `snapshot_id`, once it is done.
    var id: Int?
    /// The files as the backup found them; seeded history computes them from the host instead.
    var files: FileNode?
    var restorable = false
    /// A cleanup's `snapshot_ids`.
    var removedIDs: [Int] = []
}
