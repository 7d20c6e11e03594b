import CloudBackupAPI

/// What `wait` shows of a running backup, restore or cleanup: JSON records on standard error with
/// `--progress`, or on a terminal the job's progress line with its events printed above it.
struct JobWatch: Sendable {
    let kind: JobKind
    let id: String
    /// `--progress` (or `set progress on`): records for machines.
    let writesRecords: Bool
    /// A person watches standard error: the line and the events.
    let showsLine: Bool
    var meter: ProgressMeter
    /// The newest reading, for the terminal line.
    var lastRecord: ProgressRecord?
    private var shownEvents: Set<String> = []

    init(kind: JobKind, id: String, writesRecords: Bool, showsLine: Bool) {
        self.kind = kind
        self.id = id
        self.writesRecords = writesRecords
        self.showsLine = showsLine
        meter = ProgressMeter(job: id, kind: kind.rawValue)
    }

    /// The events are read for the terminal, and for a restore's totals.
    var readsEvents: Bool { showsLine || kind == .restore }

    /// The events not shown yet, as lines for the terminal: `02:01:17  backup_in_progress`.
    mutating func newEventLines(_ events: [Event]) -> [String] {
        guard showsLine else { return [] }
        let fresh = events.filter { !shownEvents.contains($0.id) }
        shownEvents.formUnion(fresh.map(\.id))
        return fresh.map { event in
            let time = event.time.map { String($0.dropFirst(11).prefix(8)) } ?? "--:--:--"
            return "\(time)  \(event.event)"
        }
    }
}
