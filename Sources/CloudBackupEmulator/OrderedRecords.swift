/// Records by ID that remember the order they were added in, which is the order the lists show:
/// setting a new ID appends it, setting nil removes it. The records still in progress (as
/// `isActive` says) are indexed, so that the emulator's clock visits them without a pass over every
/// record a large project keeps.
struct OrderedRecords<Record: Sendable>: Sendable {
    private var byID: [String: Record] = [:]
    private var order: [String] = []
    private let isActive: (@Sendable (Record) -> Bool)?
    private var activeIDs: Set<String> = []
    /// The owner a record belongs to (an agent), for `ordered(ownedBy:)`; set once, never changed.
    private let owner: (@Sendable (Record) -> String)?
    private var idsByOwner: [String: [String]] = [:]
    /// Changes with every change to the records (and may change without one): what is made from
    /// them can be kept while it stays the same.
    private(set) var version = 0

    init(isActive: (@Sendable (Record) -> Bool)? = nil, owner: (@Sendable (Record) -> String)? = nil) {
        self.isActive = isActive
        self.owner = owner
    }

    subscript(id: String) -> Record? {
        get { byID[id] }
        // In place: `agents[id]?.schedule.activate(…)` must not copy an agent (its files and all) out
        // and back for every agent of a large project.
        _modify {
            let before = owner.flatMap { owner in byID[id].map(owner) }
            let existed = byID[id] != nil
            yield &byID[id]
            version &+= 1
            let now = byID[id]
            if let now {
                if !existed {
                    order.append(id)
                    if let owner { idsByOwner[owner(now), default: []].append(id) }
                }
                if let isActive {
                    if isActive(now) { activeIDs.insert(id) } else { activeIDs.remove(id) }
                }
            } else if existed {
                order.removeAll { $0 == id }
                activeIDs.remove(id)
                if let before { idsByOwner[before]?.removeAll { $0 == id } }
            }
        }
    }

    /// The records of one owner, oldest first, without a pass over the others.
    func ordered(ownedBy key: String) -> [Record] {
        (idsByOwner[key] ?? []).compactMap { byID[$0] }
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
        version &+= 1
        byID = byID.filter { !shouldRemove($0.value) }
        order.removeAll { byID[$0] == nil }
        activeIDs = activeIDs.filter { byID[$0] != nil }
        idsByOwner = idsByOwner.mapValues { $0.filter { byID[$0] != nil } }
    }
}
