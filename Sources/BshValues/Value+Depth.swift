extension Value {
    /// How deeply lists and records may nest, as deeply as a JSON document may: everything that walks
    /// a value (printing, comparing, converting, freeing) recurses, and must stay within its stack.
    public static let maximumDepth = 512

    /// A list of `items`; an error if it would nest deeper than `maximumDepth`.
    public static func list(checking items: [Value]) throws -> Value {
        if items.contains(where: { $0.nests(deeperThan: maximumDepth - 1) }) {
            throw ValueError("a list would nest more than \(maximumDepth) levels deep")
        }
        return .list(items)
    }

    /// True when the value has more than `limit` levels of lists and records (a number has none, a
    /// list of numbers one). Looks no deeper than `limit`.
    func nests(deeperThan limit: Int) -> Bool {
        guard limit >= 0 else { return true }
        switch self {
        case .list(let items): return items.contains { $0.nests(deeperThan: limit - 1) }
        case .record(let record) where record.isKnownFlat: return limit == 0 && !record.isEmpty
        case .record(let record): return record.values.contains { $0.nests(deeperThan: limit - 1) }
        default: return false
        }
    }
}
