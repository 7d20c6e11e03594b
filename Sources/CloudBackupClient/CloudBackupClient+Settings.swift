import CloudBackupAPI

extension CloudBackupClient {
    /// The project's summary e-mail settings (`getSummarySettings`).
    public func summarySettings() async throws -> SummarySettings {
        try await decoded(SummarySettings.self, .getSummarySettings)
    }

    /// Replaces the project's summary e-mail settings (`updateSummarySettings`).
    public func updateSummarySettings(_ settings: SummarySettings) async throws {
        _ = try await send(.updateSummarySettings, body: JSONCoding.encode(settings))
    }
}
