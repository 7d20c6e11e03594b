import CloudBackupAPI

/// One operation of an RFC 6902 document as the service accepts it: `replace` and `add`, which
/// the docs give the same meaning.
struct PatchEntry: Sendable {
    let op: String
    let path: String
    let value: JSONValue

    /// The operations of a PATCH body; 400 unless it is an array of `{op, path, value}`.
    static func parse(_ request: APIRequest, allowedOps: Set<String> = ["replace", "add"]) throws -> [PatchEntry] {
        try request.requirePatchContentType()
        guard let items = try request.json().asArray, !items.isEmpty else {
            throw ServiceError.invalid("The body must be a non-empty JSON Patch array.")
        }
        return try items.enumerated().map { index, item in
            guard let op = item["op"]?.stringValue, let path = item["path"]?.stringValue, let value = item["value"]
            else {
                throw ServiceError.invalid("[\(index)] needs op, path and value.")
            }
            guard allowedOps.contains(op) else {
                throw ServiceError.invalid(
                    "[\(index)].op must be one of \(allowedOps.sorted().joined(separator: ", ")).")
            }
            return PatchEntry(op: op, path: path, value: value)
        }
    }
}
