import CloudBackupAPI
import CloudBackupClient
import Testing

@Suite("Log files over HTTP")
struct LogFileTests {
    static let web01 = "8f135b4f-7a69-4b8a-947f-5e80d772fd97"

    @Test func aRequestedLogFileCompletesAndDownloadsGunzipped() async throws {
        try await ClientFixture.with { fixture in
            try await fixture.client.activateAgents(mode: .realTime)
            let requested = try await fixture.client.requestLogFile(agentID: Self.web01)
            #expect(requested.state == "requested")
            let completed = try #require(try await eventually {
                let file = try await fixture.client.logFile(agentID: Self.web01, id: requested.id)
                return file.state == "completed" ? file : nil
            })
            #expect(completed.temporaryURL != nil)
            let text = String(decoding: try await fixture.client.downloadLog(completed), as: UTF8.self)
            #expect(text.split(separator: "\n").count > 3)
            let listed = try await fixture.client.listLogFiles(agentID: Self.web01)
            #expect(listed.contains { $0.id == requested.id })
            try await fixture.client.deleteLogFile(agentID: Self.web01, id: requested.id)
            let error = await #expect(throws: APIError.self) {
                try await fixture.client.logFile(agentID: Self.web01, id: requested.id)
            }
            #expect(error?.status == 404)
        }
    }

    @Test func theDownloadCarriesNoTokenToTheTemporaryURL() async throws {
        try await ClientFixture.with { fixture in
            let requested = try await fixture.client.requestLogFile(agentID: Self.web01)
            let completed = try #require(try await eventually {
                let file = try await fixture.client.logFile(agentID: Self.web01, id: requested.id)
                return file.state == "completed" ? file : nil
            })
            _ = try await fixture.client.downloadLog(completed)
            #expect(fixture.transport.requests(containing: "temp_url_sig").count == 1)
            #expect(fixture.transport.requestsWithToken(containing: "temp_url_sig").isEmpty)
            #expect(!fixture.transport.requestsWithToken(containing: "/logfiles").isEmpty)
        }
    }

    @Test(arguments: [false, true])
    func aDamagedDownloadIsFetchedOnceMoreThenRefused(truncates: Bool) async throws {
        try await ClientFixture.with { fixture in
            let requested = try await fixture.client.requestLogFile(agentID: Self.web01)
            let completed = try #require(try await eventually {
                let file = try await fixture.client.logFile(agentID: Self.web01, id: requested.id)
                return file.state == "completed" ? file : nil
            })
            fixture.transport.damageDownloads(1, truncates: truncates)
            let text = String(decoding: try await fixture.client.downloadLog(completed), as: UTF8.self)
            #expect(text.split(separator: "\n").count > 3)
            #expect(fixture.transport.requests(containing: "temp_url_sig").count == 2)

            fixture.transport.damageDownloads(2, truncates: truncates)
            let error = await #expect(throws: APIError.self) { try await fixture.client.downloadLog(completed) }
            let message = error?.message ?? ""
            #expect(message.hasPrefix("log file \(completed.id) arrived damaged twice: "))
            #expect(message.hasSuffix(truncates ? " bytes arrived" : "its MD5 does not match its ETag"))
            #expect(fixture.transport.requests(containing: "temp_url_sig").count == 4)
        }
    }
}
