import Foundation

/// The backup configurations, oldest first, and when each schedule next starts a backup. The next
/// runs are worked out again only after a configuration changed, and a run coming due visits its
/// own configuration only, so that a project of thousands of configurations costs little per request.
struct ConfigurationTable: Sendable {
    private var records = OrderedRecords<ConfigurationRecord>()
    /// Runs up to this date have been started (or found missed).
    private var checkedUpTo: Date
    /// Each scheduled configuration's next run after `checkedUpTo`; nil until worked out after a change.
    private var nextRuns: [String: Date]?
    /// The earliest of `nextRuns`: before it, a look costs nothing.
    private var earliest: Date?

    init(checkedUpTo: Date) {
        self.checkedUpTo = checkedUpTo
    }

    subscript(id: String) -> ConfigurationRecord? {
        get { records[id] }
        set {
            records[id] = newValue
            nextRuns = nil
        }
    }

    /// Every configuration, oldest first.
    var ordered: [ConfigurationRecord] { records.ordered }

    mutating func removeAll(where shouldRemove: (ConfigurationRecord) -> Bool) {
        records.removeAll(where: shouldRemove)
        nextRuns = nil
    }

    /// The scheduled runs from the last look up to `date`, in time order, for enabled configurations;
    /// afterwards they count as started. Only the configurations with a run due are visited.
    mutating func takeDueRuns(upTo date: Date) -> [(configuration: ConfigurationRecord, time: Date)] {
        if nextRuns != nil, earliest.map({ $0 > date }) ?? true { return [] }
        var next = nextRuns ?? Dictionary(uniqueKeysWithValues: records.ordered.compactMap { record in
            record.times(after: checkedUpTo, count: 1)?.first.map { (record.id, $0) }
        })
        var due: [(configuration: ConfigurationRecord, time: Date)] = []
        for (id, time) in next where time <= date {
            guard let record = records[id] else { continue }
            let times = record.times(after: checkedUpTo, count: 48) ?? []
            for run in times where run <= date { due.append((record, run)) }
            next[id] = times.first { $0 > date } ?? record.times(after: date, count: 1)?.first
        }
        checkedUpTo = date
        nextRuns = next
        earliest = next.values.min()
        return due.sorted { $0.time < $1.time }
    }
}
