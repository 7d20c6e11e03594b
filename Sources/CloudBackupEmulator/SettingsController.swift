import CloudBackupAPI
import Hummingbird

/// Summary e-mail settings: `updateSummarySettings` and `getSummarySettings`.
enum SettingsController {
    static let handlers: [APIOperation: OperationHandler] = [
        .updateSummarySettings: put,
        .getSummarySettings: get,
    ]

    @Sendable static func put(_ request: APIRequest) async throws -> Response {
        let document = try SummarySettingsDocument.parse(try request.jsonObject())
        await request.store.setSummarySettings(document)
        return JSONResponse.empty(.noContent)
    }

    @Sendable static func get(_ request: APIRequest) async throws -> Response {
        try JSONResponse.make(await request.store.settings.summaries)
    }
}

/// The summary settings document (CloudBackupAPI's `SummarySettings`).
enum SummarySettingsDocument {
    /// No summaries until `updateSummarySettings` sets them.
    static let initial: JSONValue = .object([
        ("daily", .bool(false)), ("weekly", .bool(false)), ("notifications", .array([])),
    ])

    static func parse(_ body: JSONValue) throws -> JSONValue {
        var errors: [String] = []
        for key in ["daily", "weekly"] where body[key] != nil && body[key]?.asBool == nil {
            errors.append("\(key) must be a boolean.")
        }
        var notifications: [JSONValue] = []
        if let items = body["notifications"]?.asArray {
            for (index, item) in items.enumerated() {
                guard let type = item["type"]?.stringValue, type == "email",
                    let destination = item["destination"]?.stringValue, destination.contains("@")
                else {
                    errors.append("notifications[\(index)] needs type email and a destination address.")
                    continue
                }
                notifications.append(.object([("type", .string(type)), ("destination", .string(destination))]))
            }
        } else {
            errors.append("notifications is required.")
        }
        guard errors.isEmpty else { throw ServiceError.validation("Validation failed.", errors: errors) }
        return .object([
            ("daily", .bool(body["daily"]?.asBool ?? false)), ("weekly", .bool(body["weekly"]?.asBool ?? false)),
            ("notifications", .array(notifications)),
        ])
    }
}

extension Store {
    func setSummarySettings(_ document: JSONValue) {
        settings.summaries = document
    }
}
