/// Records by ID that remember the order they were added in, which is the order the lists show:
/// setting a new ID appends it, setting nil removes it. The records still in progress (as
/// `isActive` says) are indexed, so that the emulator's clock visits them without a pass over every
/// record a large project keeps.
struct OrderedRecords<Record: Sendable>: Sendable {
    private var byID: [String: Record] = [:]
    private var order: [String] = []
    private let isActive: (@Sendable (Record) -> Bool)?
    private var activeIDs: Set<String> = []

    init(isActive: (@Sendable (Record) -> Bool)? = nil) {
        self.isActive = isActive
    }

    subscript(id: String) -> Record? {
        get { byID[id] }
        set {
            if let newValue {
                if byID.updateValue(newValue, forKey: id) == nil { order.append(id) }
                if let isActive {
                    if isActive(newValue) { activeIDs.insert(id) } else { activeIDs.remove(id) }
                }
            } else if byID.removeValue(forKey: id) != nil {
                order.removeAll { $0 == id }
                activeIDs.remove(id)
            }
        }
    }

    /// The records in progress, in no particular order.
    var active: [Record] { activeIDs.compactMap { byID[$0] } }

    /// Every record, in no particular order.
    var values: Dictionary<String, Record>.Values { byID.values }

    /// Every record, oldest first.
    var ordered: [Record] { order.compactMap { byID[$0] } }

    /// Every ID, oldest first.
    var ids: [String] { order }

    mutating func removeAll(where shouldRemove: (Record) -> Bool) {
        byID = byID.filter { !shouldRemove($0.value) }
        order.removeAll { byID[$0] == nil }
        activeIDs = activeIDs.filter { byID[$0] != nil }
    }
}
