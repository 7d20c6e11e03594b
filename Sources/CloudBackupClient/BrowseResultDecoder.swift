import CloudBackupAPI

/// Decodes a browse result straight from its bytes. A directory can hold a million entries, and
/// `JSONDecoder` would first build a map of the whole document, several times the size of the body.
/// Nil when the document is not as documented: the caller then decodes it with `JSONDecoder`,
/// whose error names what is wrong.
///
/// A field given twice also falls back: `JSONDecoder` keeps the first value.
enum BrowseResultDecoder {
    static func decode(_ body: [UInt8]) -> BrowseResult? {
        var scanner = JSONScanner(body)
        // An optional field is read into a double optional: nil until the field is seen.
        var id: String?, time: String??, event: String?, agent: ResourceRef??, requestID: String?
        var succeeded: Bool?, path: String?, pathEncoded: String??
        var items = BrowseItems(), itemsSeen = false
        let parsed = scanner.object { scanner, key in
            switch key {
            case "id": return once(scanner.string(), into: &id)
            case "time": return once(scanner.optionalString(), into: &time)
            case "event": return once(scanner.string(), into: &event)
            case "request_id": return once(scanner.string(), into: &requestID)
            case "succeeded": return once(scanner.bool(), into: &succeeded)
            case "path": return once(scanner.string(), into: &path)
            case "path_encoded": return once(scanner.optionalString(), into: &pathEncoded)
            case "agent": return once(Self.agent(&scanner), into: &agent)
            case "items":
                guard !itemsSeen else { return false }
                itemsSeen = true
                let start = scanner.index
                return scanner.array { scanner in
                    guard Self.item(&scanner, into: &items) else { return false }
                    if items.count == Self.sample { Self.reserve(&items, sampledFrom: start, in: scanner) }
                    return true
                }
            default:
                return scanner.skipValue()
            }
        }
        guard parsed, itemsSeen, scanner.isAtEnd, let id, let event, let requestID, let succeeded, let path else { return nil }
        return BrowseResult(
            id: id, time: time ?? nil, event: event, agent: agent ?? nil, requestID: requestID, succeeded: succeeded,
            path: path, pathEncoded: pathEncoded ?? nil, items: items)
    }

    /// The agent reference, `.some(nil)` for null; nil when it holds more than its ID.
    private static func agent(_ scanner: inout JSONScanner) -> ResourceRef?? {
        if scanner.null() { return .some(nil) }
        var agentID: String?
        let ok = scanner.object { scanner, key in
            // Anything besides the ID (links, say) is left to JSONDecoder, which keeps it.
            guard key == "id" else { return false }
            return once(scanner.string(), into: &agentID)
        }
        guard ok, let agentID else { return nil }
        return ResourceRef(id: agentID)
    }

    /// Reads an item into `items`; false when it is not as documented.
    private static func item(_ scanner: inout JSONScanner, into items: inout BrowseItems) -> Bool {
        var nameSeen = false, nameEncoded: String??, bytes: Int?, mimeType: String??
        let parsed = scanner.object { scanner, key in
            switch key {
            case "name":
                guard !nameSeen else { return false }
                nameSeen = true
                return scanner.string { items.appendNameBytes($0) }
            case "name_encoded": return once(scanner.optionalString(), into: &nameEncoded)
            case "bytes": return once(scanner.integer(), into: &bytes)
            case "mime_type": return once(scanner.optionalString(), into: &mimeType)
            default: return scanner.skipValue()
            }
        }
        guard parsed, nameSeen, let bytes else { return false }
        items.finishEntry(nameEncoded: nameEncoded ?? nil, bytes: bytes, mimeType: mimeType ?? nil)
        return true
    }

    /// The number of items read before the rest are counted on and made room for.
    private static let sample = 1024

    /// Makes room for as many more items as the rest of the document holds, at the rate of the
    /// items read so far: arrays that double as they fill would hold up to twice what they need.
    private static func reserve(_ items: inout BrowseItems, sampledFrom start: Int, in scanner: JSONScanner) {
        let read = max(scanner.index - start, 1)
        let expected = Int(Double(items.count) * Double(scanner.bytes.count - start) / Double(read) * 1.01) + 16
        let nameBytes = Int(Double(items.nameBytes.count) / Double(items.count) * Double(expected)) + 64
        items.reserveCapacity(expected, nameBytes: nameBytes)
    }

    /// Stores `value` in `target` unless it is nil or `target` already holds one.
    private static func once<T>(_ value: T?, into target: inout T?) -> Bool {
        guard target == nil, let value else { return false }
        target = value
        return true
    }
}
