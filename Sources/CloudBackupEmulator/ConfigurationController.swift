import CloudBackupAPI
import Foundation
import Hummingbird

/// Configurations: `createConfiguration`, `listConfigurations`, `getConfiguration`,
/// `updateConfiguration`, `deleteConfiguration`, and an agent's list, `listAgentConfigurations`.
enum ConfigurationController {
    static let handlers: [APIOperation: OperationHandler] = [
        .createConfiguration: create,
        .listConfigurations: list,
        .getConfiguration: get,
        .updateConfiguration: update,
        .deleteConfiguration: delete,
        .listAgentConfigurations: listForAgent,
    ]

    @Sendable static func create(_ request: APIRequest) async throws -> Response {
        let input = try ConfigurationInput.parse(try request.jsonObject())
        let record = try await request.store.createConfiguration(input)
        let document = ConfigurationDocument.make(record, lastCompleted: nil, now: Date(), urls: request.urls)
        let location = request.urls.endpoint + "/configurations/" + record.id
        return try JSONResponse.make(document, status: .created, headers: [.location: location])
    }

    @Sendable static func list(_ request: APIRequest) async throws -> Response {
        let restorable = request.query["restorable"]?.lowercased() == "true"
        let records = await request.store.configurationList(restorableOnly: restorable)
        return try await render(
            records, url: request.urls.endpoint + "/configurations", carried: restorable ? [("restorable", "true")] : [], request)
    }

    @Sendable static func listForAgent(_ request: APIRequest) async throws -> Response {
        let agentID = request.parameter(.agentID)
        guard await request.store.agent(id: agentID) != nil else { throw ServiceError.agentNotFound }
        return try await render(
            await request.store.configurationList(agentID: agentID), url: request.urls.agent(agentID) + "/configurations", request)
    }

    @Sendable static func get(_ request: APIRequest) async throws -> Response {
        let store = request.store
        guard let record = await store.configuration(id: request.parameter(.configurationID)) else {
            throw ServiceError.notFound("Configuration not found.")
        }
        let last = await store.lastCompletedBackup(configurationID: record.id)
        return try JSONResponse.make(
            ConfigurationDocument.make(record, lastCompleted: last, now: Date(), urls: request.urls))
    }

    @Sendable static func update(_ request: APIRequest) async throws -> Response {
        let operations = try PatchEntry.parse(request, allowedOps: ["replace"])
        try await request.store.updateConfiguration(id: request.parameter(.configurationID), operations: operations)
        return JSONResponse.empty(.noContent)
    }

    @Sendable static func delete(_ request: APIRequest) async throws -> Response {
        try await request.store.deleteConfiguration(id: request.parameter(.configurationID))
        return JSONResponse.empty(.noContent)
    }

    private static func render(
        _ records: [ConfigurationRecord], url: String, carried: [(String, String)] = [], _ request: APIRequest
    ) async throws -> Response {
        let last = await request.store.lastCompletedBackups()
        let now = Date()
        let items = records.map { record in
            ConfigurationDocument.make(
                record, lastCompleted: last[record.id], now: now, urls: request.urls, summary: true)
        }
        return try UnpagedList.response("configurations", items, ids: records.map(\.id), url: url, carried: carried, request)
    }
}
