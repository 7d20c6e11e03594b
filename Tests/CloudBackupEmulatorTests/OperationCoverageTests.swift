import CloudBackupAPI
import CloudBackupEmulator
import Testing

@Suite("Every documented operation")
struct OperationCoverageTests {
    /// Each of the 61 operations has a route that does something: none answers 501 (or 405).
    @Test func noOperationAnswers501() async throws {
        #expect(APIOperation.all.count == 61)
        try await EmulatorSession.with { session in
            let configurationID = try await session.createConfiguration(agentID: Seeded.web01)
            let backups = try await session.call("GET", "/backups?limit=1")
            let backupID = backups.items("backups").first?["id"] as? String ?? "none"
            let arguments: [String: String] = [
                "agent_id": Seeded.web01, "backup_id": backupID, "configuration_id": configurationID,
                "dependent_system": "cassandra", "request_id": "unknown", "logfile_id": "unknown",
                "restore_id": "unknown", "cleanup_id": "unknown",
            ]
            // Deleting last, so that the other operations still find their resources.
            let ordered =
                APIOperation.all.filter { $0.method != "DELETE" } + APIOperation.all.filter { $0.method == "DELETE" }
            for operation in ordered {
                let names = operation.template.split(separator: "/").filter { $0.hasPrefix("{") }.map {
                    String($0.dropFirst().dropLast())
                }
                let path = operation.path(names.map { arguments[$0] ?? "x" })
                let body: String? =
                    switch operation.method {
                    case "POST", "PUT": "{}"
                    case "PATCH": #"[{"op":"replace","path":"/nothing","value":1}]"#
                    default: nil
                    }
                let response = try await session.call(
                    operation.method, path, body: body,
                    headers: operation.method == "PATCH" ? [("Content-Type", "application/json-patch+json")] : [])
                #expect(
                    response.status != 501 && response.status != 405,
                    "\(operation): \(response.status) \(response.text)")
            }
        }
    }
}
