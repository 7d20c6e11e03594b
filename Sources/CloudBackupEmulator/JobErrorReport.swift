import CloudBackupAPI

/// Per-file errors of a job (`listBackupErrors`, `listRestoreErrors`, `listCleanupErrors`) and the summary its
/// document carries.
struct JobErrorReport: Sendable {
    var count = 0
    var reason = ""
    /// A cleanup's diagnostics are `null`.
    var diagnostics: String? = ""
    var list: [JSONValue] = []

    /// The description the service adds to each entry from its `type`: the documented examples
    /// return one, though the tables omit it.
    static func description(ofType type: String) -> String {
        switch type {
        case "file_or_folder_missing":
            "The item was found during the search but was missing when we tried to back it up."
        case "phx_exception": "The agent experience a problem (Phoenix)."
        case "file_missing_blocks": "A vault validation determined that the specified file is missing blocks."
        default: "The agent reported a problem with this item."
        }
    }

    /// Reads the `/errors` value of a PATCH.
    init(patched value: JSONValue) throws {
        guard case .object = value else { throw ServiceError.invalid("/errors must be an object.") }
        count = value["count"]?.asInt ?? 0
        reason = value["reason"]?.stringValue ?? ""
        diagnostics = value["diagnostics"]?.stringValue
        list = value["list"]?.asArray ?? []
    }

    init() {}
}
