import CloudBackupAPI

/// An item of a list operation: the member of the list document that holds the items, and the
/// ID that tells an item a later page repeats.
protocol ListedItem: Decodable, Sendable {
    /// `agents`, `backups`, `events`, …
    static var listMember: String { get }
    var listID: String { get }
}

extension Agent: ListedItem {
    static var listMember: String { "agents" }
    var listID: String { id }
}

extension ConfigurationSummary: ListedItem {
    static var listMember: String { "configurations" }
    var listID: String { id }
}

extension LogFile: ListedItem {
    static var listMember: String { "logfiles" }
    var listID: String { id }
}

extension Backup: ListedItem {
    static var listMember: String { "backups" }
    var listID: String { id }
}

extension RestoreSummary: ListedItem {
    static var listMember: String { "restores" }
    var listID: String { id }
}

extension Cleanup: ListedItem {
    static var listMember: String { "cleanups" }
    var listID: String { id }
}

extension Activity: ListedItem {
    static var listMember: String { "activities" }
    var listID: String { id }
}

extension Event: ListedItem {
    static var listMember: String { "events" }
    var listID: String { id }
}
