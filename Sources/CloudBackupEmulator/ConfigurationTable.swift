import Foundation

/// The backup configurations, oldest first, and when their schedules next start a backup. The
/// next run is worked out again only after a configuration changed or a run came due, so that
/// a project of thousands of configurations costs nothing per request.
struct ConfigurationTable: Sendable {
    private var records = OrderedRecords<ConfigurationRecord>()
    /// Runs up to this date have been started (or found missed).
    private var checkedUpTo: Date
    /// The earliest run after `checkedUpTo`, when known; `.some(nil)` when no schedule has one.
    private var nextRun: Date??

    init(checkedUpTo: Date) {
        self.checkedUpTo = checkedUpTo
    }

    subscript(id: String) -> ConfigurationRecord? {
        get { records[id] }
        set {
            records[id] = newValue
            nextRun = nil
        }
    }

    /// Every configuration, oldest first.
    var ordered: [ConfigurationRecord] { records.ordered }

    mutating func removeAll(where shouldRemove: (ConfigurationRecord) -> Bool) {
        records.removeAll(where: shouldRemove)
        nextRun = nil
    }

    /// The scheduled runs from the last look up to `date`, in time order, for enabled configurations;
    /// afterwards they count as started.
    mutating func takeDueRuns(upTo date: Date) -> [(configuration: ConfigurationRecord, time: Date)] {
        if case .some(let next) = nextRun, next.map({ $0 > date }) ?? true { return [] }
        var due: [(configuration: ConfigurationRecord, time: Date)] = []
        var earliest: Date?
        for record in records.ordered {
            guard let times = record.times(after: checkedUpTo, count: 48) else { continue }
            for time in times where time <= date { due.append((record, time)) }
            if let later = times.first(where: { $0 > date }) ?? record.times(after: date, count: 1)?.first {
                earliest = min(earliest ?? later, later)
            }
        }
        checkedUpTo = date
        nextRun = .some(earliest)
        return due.sorted { $0.time < $1.time }
    }
}
