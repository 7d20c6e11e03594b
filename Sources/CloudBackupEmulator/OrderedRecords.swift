/// Records by ID that remember the order they were added in, which is the order the lists show:
/// setting a new ID appends it, setting nil removes it.
struct OrderedRecords<Record: Sendable>: Sendable {
    private var byID: [String: Record] = [:]
    private var order: [String] = []

    subscript(id: String) -> Record? {
        get { byID[id] }
        set {
            if let newValue {
                if byID.updateValue(newValue, forKey: id) == nil { order.append(id) }
            } else if byID.removeValue(forKey: id) != nil {
                order.removeAll { $0 == id }
            }
        }
    }

    /// Every record, in no particular order.
    var values: Dictionary<String, Record>.Values { byID.values }

    /// Every record, oldest first.
    var ordered: [Record] { order.compactMap { byID[$0] } }

    /// Every ID, oldest first.
    var ids: [String] { order }

    mutating func removeAll(where shouldRemove: (Record) -> Bool) {
        byID = byID.filter { !shouldRemove($0.value) }
        order.removeAll { byID[$0] == nil }
    }
}
