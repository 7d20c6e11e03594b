import CloudBackupAPI
import CloudBackupClient
import Testing

@Suite("Summary settings over HTTP")
struct SummarySettingsTests {
    @Test func settingsAreReadReplacedAndReadAgain() async throws {
        try await ClientFixture.with { fixture in
            let client = fixture.client
            #expect(try await client.summarySettings() == SummarySettings(daily: false, weekly: false, notifications: []))

            let daily = SummarySettings(
                daily: true, weekly: false,
                notifications: [.init(destination: "email1@example.com"), .init(destination: "email2@example.com")])
            try await client.updateSummarySettings(daily)
            #expect(try await client.summarySettings() == daily)

            // PUT replaces the whole document.
            let weekly = SummarySettings(daily: false, weekly: true, notifications: [.init(destination: "ops@example.com")])
            try await client.updateSummarySettings(weekly)
            #expect(try await client.summarySettings() == weekly)
        }
    }

    @Test func anInvalidRecipientIsRefusedAndChangesNothing() async throws {
        try await ClientFixture.with { fixture in
            let client = fixture.client
            let before = try await client.summarySettings()
            let error = await #expect(throws: APIError.self) {
                try await client.updateSummarySettings(
                    SummarySettings(daily: true, weekly: true, notifications: [.init(type: "sms", destination: "5550100")]))
            }
            #expect(error?.status == 400)
            #expect(error?.message.hasPrefix("Validation failed.") == true)
            #expect(try await client.summarySettings() == before)
        }
    }
}
