import CloudBackupAPI

/// Decodes a browse result straight from its bytes. A directory can hold a million entries, and
/// `JSONDecoder` would first build a map of the whole document, several times the size of the body.
/// Nil when the document is not as documented: the caller then decodes it with `JSONDecoder`,
/// whose error names what is wrong.
enum BrowseResultDecoder {
    static func decode(_ body: [UInt8]) -> BrowseResult? {
        var scanner = JSONScanner(body)
        var id: String?, time: String?, event: String?, agent: ResourceRef?, requestID: String?
        var succeeded: Bool?, path: String?, pathEncoded: String?
        var items: [BrowseItem] = []
        let parsed = scanner.object { scanner, key in
            switch key {
            case "id": id = scanner.string(); return id != nil
            case "time": return assign(scanner.optionalString(), to: &time)
            case "event": event = scanner.string(); return event != nil
            case "request_id": requestID = scanner.string(); return requestID != nil
            case "succeeded": succeeded = scanner.bool(); return succeeded != nil
            case "path": path = scanner.string(); return path != nil
            case "path_encoded": return assign(scanner.optionalString(), to: &pathEncoded)
            case "agent":
                if scanner.null() { return true }
                var agentID: String?
                let ok = scanner.object { scanner, key in
                    // Anything besides the ID (links, say) is left to JSONDecoder, which keeps it.
                    guard key == "id" else { return false }
                    agentID = scanner.string()
                    return agentID != nil
                }
                agent = agentID.map { ResourceRef(id: $0) }
                return ok && agent != nil
            case "items":
                return scanner.array { scanner in
                    guard let item = Self.item(&scanner) else { return false }
                    items.append(item)
                    return true
                }
            default:
                return scanner.skipValue()
            }
        }
        guard parsed, scanner.isAtEnd, let id, let event, let requestID, let succeeded, let path else { return nil }
        return BrowseResult(
            id: id, time: time, event: event, agent: agent, requestID: requestID, succeeded: succeeded, path: path,
            pathEncoded: pathEncoded, items: items)
    }

    private static func item(_ scanner: inout JSONScanner) -> BrowseItem? {
        var name: String?, nameEncoded: String?, bytes: Int?, mimeType: String?
        let parsed = scanner.object { scanner, key in
            switch key {
            case "name": name = scanner.string(); return name != nil
            case "name_encoded": return assign(scanner.optionalString(), to: &nameEncoded)
            case "bytes": bytes = scanner.numberText().flatMap(Int.init); return bytes != nil
            case "mime_type": return assign(scanner.optionalString(), to: &mimeType)
            default: return scanner.skipValue()
            }
        }
        guard parsed, let name, let bytes else { return nil }
        return BrowseItem(name: name, nameEncoded: nameEncoded, bytes: bytes, mimeType: mimeType)
    }

    private static func assign(_ value: String??, to target: inout String?) -> Bool {
        guard let value else { return false }
        target = value
        return true
    }
}
