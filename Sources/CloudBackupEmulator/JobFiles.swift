/// The files a backup or restore works on: the rules that select them and, for a restore, where
/// they go.
struct JobFiles: Sendable {
    /// A backup's configuration rules, or a restore's own.
    var selection = PathSelection(inclusions: [], exclusions: [])
    /// Below which path a restore writes; nil restores to the original locations.
    var destinationPath: String?
    var overwriteFiles = false
}
