import CloudBackupAPI
import CloudBackupEmulator
import HTTPTypes
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
            let arguments: PathArguments = [
                .agentID: Seeded.web01, .backupID: backupID, .configurationID: configurationID,
                .dependentSystem: "cassandra", .requestID: "unknown", .logFileID: "unknown",
                .restoreID: "unknown", .cleanupID: "unknown",
            ]
            // Deleting last, so that the other operations still find their resources.
            let ordered =
                APIOperation.all.filter { $0.method != .delete } + APIOperation.all.filter { $0.method == .delete }
            for operation in ordered {
                let path = operation.path(arguments.filter { operation.template.parameters.contains($0.key) })
                let body: String? =
                    switch operation.method {
                    case .post, .put: "{}"
                    case .patch: #"[{"op":"replace","path":"/nothing","value":1}]"#
                    default: nil
                    }
                let response = try await session.call(
                    operation.method.rawValue, path, body: body,
                    headers: operation.method == .patch ? [("Content-Type", "application/json-patch+json")] : [])
                #expect(
                    response.status != 501 && response.status != 405,
                    "\(operation): \(response.status) \(response.text)")
            }
        }
    }
}
