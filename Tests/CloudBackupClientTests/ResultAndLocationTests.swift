import CloudBackupAPI
import CloudBackupClient
import Testing

/// IDs from `Location`, bodies where documented, and the answers that mean "not yet" or "degraded".
@Suite("Results and Location headers")
struct ResultAndLocationTests {
    @Test func createsWithoutABodyReadTheResourceNamedByLocation() async throws {
        let transport = FakeTransport { request in
            if request.method == "POST" {
                return .empty(201, headers: [("Location", "https://elsewhere.example/v2/backups/new-id?x=1")])
            }
            return DocumentedAnswers.answer(request)
        }
        let backup = try await FakeService.client(transport).startBackup(configurationID: "c1")
        #expect(backup.snapshotID == 1111)
        // The newest backup is noted first, so that a lost answer could be looked for.
        #expect(transport.requests.map(\.relative) == ["/backups?limit=1&sort_dir=desc", "/backups", "/backups/new-id"])
        #expect(transport.requests.allSatisfy { !$0.url.contains("elsewhere") })
    }

    @Test func aRequestWithoutLocationIsAnError() async throws {
        let transport = FakeTransport { _ in .empty(202) }
        let error = await #expect(throws: APIError.self) {
            try await FakeService.client(transport).requestPasswordVerification(
                agentID: "a1", PasswordVerificationRequest(encryptedPasswordHex: "ab"))
        }
        #expect(error?.kind == .decoding)
    }

    @Test func pendingResultsAreNilUntilReported() async throws {
        let transport = FakeTransport { _ in .json(404, Array(#"{"message": "not found"}"#.utf8)) }
        let client = FakeService.client(transport)
        #expect(try await client.vaultEncryptionResult(agentID: "a1", requestID: "r1") == nil)
        #expect(try await client.passwordVerificationResult(agentID: "a1", requestID: "r1") == nil)
        #expect(try await client.backupBrowseResult(backupID: "b1", requestID: "r1") == nil)
    }

    @Test func degradedHealthIsReturnedNotThrown() async throws {
        let body = Array(#"{"storage": {"cassandra": {"online": false, "links": []}}, "transport": {"pecan": {"online": true, "node": "n1"}}}"#.utf8)
        let transport = FakeTransport { _ in .json(503, body) }
        let client = FakeService.client(transport)
        let health = try await client.health()
        #expect(!health.allOnline)
        #expect(health.systems.map(\.name) == ["storage/cassandra", "transport/pecan"])
        #expect(transport.requests.count == 1)
    }

    @Test func aFinishedBackupCannotBeStopped() async throws {
        let body = FakeService.example("patch-update-a-backup-v2-project-id-backups-backup-id.response")
        let transport = FakeTransport { _ in .json(409, body) }
        let error = await #expect(throws: APIError.self) { try await FakeService.client(transport).stopBackup(id: "b1") }
        #expect(error?.status == 409)
        #expect(error?.message.hasPrefix("Modifying a backup that is already in a state of") == true)
    }

    @Test func eventDetailsAreKept() async throws {
        let transport = FakeTransport(DocumentedAnswers.answer)
        let events = try await FakeService.client(transport).backupEvents(backupID: "b1").collect()
        let progress = try #require(events.first { $0.event == "backup_progress" })
        #expect(progress.totalBytes != nil)
        #expect(progress.backupID != nil)
        let browse = try #require(events.first { $0.event == "backup_browse" })
        #expect(browse.agent?.vault?.encrypted != nil)
        #expect(browse.path != nil)
    }
}
