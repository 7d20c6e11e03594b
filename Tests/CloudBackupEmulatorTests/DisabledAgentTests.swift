import CloudBackupAPI
import Testing

@testable import CloudBackupEmulator

/// The docs say only that `updateAgent` sets `/enabled` to `true` or `false`; a disabled agent here
/// keeps its documented answers (202 and 201, then 404 or `requested` until the agent answers) and
/// simply takes no work until it is enabled again.
@Suite("A disabled agent answers nothing until enabled")
struct DisabledAgentTests {
    @Test func itsRequestsStayUnansweredUntilItIsEnabledAgain() async throws {
        try await EmulatorSession.with { session in
            try await session.activate("real_time")
            let agent = "/agents/" + Seeded.web01
            let configurationID = try await session.createConfiguration(agentID: Seeded.web01)
            #expect(try await session.patch(agent, #"[{"op":"replace","path":"/enabled","value":false}]"#).status == 204)
            #expect(try await session.call("GET", agent).json["enabled"] as? Bool == false)

            let browse = try await session.call("POST", agent + "/browse-requests", body: #"{"path":"/etc"}"#)
            let upload = try await session.call("POST", agent + "/logfiles")
            let verify = try await session.call(
                "POST", agent + "/vault-password-verification-requests",
                body: #"{"encrypted_password_hex":"\#(SeedProject.vaultPasswordHex)","agent_id":null}"#)
            let backup = try await session.call(
                "POST", "/backups", body: #"{"configuration_id":"\#(configurationID)","state":"start_requested"}"#)
            #expect([browse.status, upload.status, verify.status, backup.status] == [202, 202, 202, 201])
            let listing = try #require(browse.header("Location"))
            let logFile = try #require(upload.header("Location"))
            let verification = try #require(verify.header("Location"))
            let backupID = try #require(backup.locationID)

            try await enabledAgentAnswers(session)
            #expect(try await session.fetch(listing).status == 404)
            #expect(try await session.fetch(logFile).json["state"] as? String == "requested")
            #expect(try await session.fetch(verification).status == 404)
            #expect(try await session.call("GET", "/backups/" + backupID).json["state"] as? String == "start_requested")

            #expect(try await session.patch(agent, #"[{"op":"replace","path":"/enabled","value":true}]"#).status == 204)
            let answer = try await eventually("the browse result") {
                let response = try await session.fetch(listing)
                return response.status == 200 ? response : nil
            }
            #expect(answer.json["succeeded"] as? Bool == true)
            #expect(answer.items("items").contains { $0["name"] as? String == "hosts" })
            _ = try await eventually("the log upload") {
                try await session.fetch(logFile).json["state"] as? String == "completed" ? true : nil
            }
            let verified = try await eventually("the verification") {
                let response = try await session.fetch(verification)
                return response.status == 200 ? response : nil
            }
            #expect(verified.json["valid"] as? Bool == true)
            _ = try await session.waitFor("/backups/" + backupID, "state", in: ["completed", "completed_with_errors"])
        }
    }

    /// Waits until web02, enabled and polling as often, has completed a log upload and then answered
    /// a browse, both filed after the disabled agent's requests: by then an enabled agent would
    /// have answered every one of them (an upload takes longest).
    private func enabledAgentAnswers(_ session: EmulatorSession) async throws {
        let agent = "/agents/" + Seeded.web02
        let logFile = try #require(try await session.call("POST", agent + "/logfiles").header("Location"))
        _ = try await eventually("web02's upload") {
            try await session.fetch(logFile).json["state"] as? String == "completed" ? true : nil
        }
        let browse = try await session.call("POST", agent + "/browse-requests", body: #"{"path":"/"}"#)
        let listing = try #require(browse.header("Location"))
        _ = try await eventually("web02's browse") { try await session.fetch(listing).status == 200 ? true : nil }
    }
}
