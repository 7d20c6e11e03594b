import CloudBackupAPI
import Hummingbird

/// Health: `getHealth` (every dependent system, in all three groups of the documentation's 200
/// example, each with `links`), `getDependentSystemHealth` (one of `cassandra`, `pecan`, `rse`, the
/// systems of those groups; any other name is a 404, as the documentation lists none) and `ping`.
/// Every system is online unless taken offline (`Emulator.setDependentSystem`); then `getHealth` and
/// `getDependentSystemHealth` answer 503 with the same body shape.
enum HealthController {
    static let handlers: [APIOperation: OperationHandler] = [
        .getHealth: health,
        .getDependentSystemHealth: system,
        .ping: { _ in JSONResponse.empty(.noContent) },
    ]

    /// The dependent systems, by the group `getHealth` files them under.
    static let groups = [("event", "rse"), ("storage", "cassandra"), ("transport", "pecan")]

    @Sendable static func health(_ request: APIRequest) async throws -> Response {
        let offline = await request.store.settings.offlineSystems
        let base = request.urls.endpoint + "/health/"
        let body = JSONValue.object(
            groups.map { group, name in
                (
                    group,
                    .object([(name, document(name, online: !offline.contains(name), base: base, urls: request.urls))])
                )
            })
        return try JSONResponse.make(body, status: offline.isEmpty ? .ok : .serviceUnavailable)
    }

    @Sendable static func system(_ request: APIRequest) async throws -> Response {
        let name = request.parameter(.dependentSystem)
        guard groups.contains(where: { $0.1 == name }) else {
            throw ServiceError.notFound("Unknown dependent system: \(name). Use cassandra, pecan or rse.")
        }
        let online = await !request.store.settings.offlineSystems.contains(name)
        let full = document(name, online: online, base: request.urls.endpoint + "/health/", urls: request.urls)
        return try JSONResponse.make(
            JSONValue.object([("online", .bool(online)), ("links", full["links"] ?? .array([]))]),
            status: online ? .ok : .serviceUnavailable)
    }

    private static func document(_ name: String, online: Bool, base: String, urls: ServiceURLs) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("online", .bool(online))]
        var links: [(rel: String, href: String)] = [("self", base + name)]
        switch name {
        case "pecan":
            members.append(("node", .string("phx-web-01")))
        case "rse":
            let region = JSONValue.object([("online", .bool(online))])
            members.append(("regions", .object([("dfw", region), ("iad", region)])))
            links += [("dfw", urls.base), ("iad", urls.base)]
        default:
            break
        }
        members.append(("links", .links(links)))
        return .object(members)
    }
}

extension Store {
    func setDependentSystem(_ name: String, online: Bool) {
        if online { settings.offlineSystems.remove(name) } else { settings.offlineSystems.insert(name) }
    }
}
