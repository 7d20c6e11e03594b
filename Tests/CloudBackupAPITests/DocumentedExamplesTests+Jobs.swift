import CloudBackupAPI
import Foundation
import Testing

extension DocumentedExamplesTests {
    @Test func configurationsFindTheNextRunWhereverItIs() throws {
        let created = try Fixture.decode(Configuration.self, "post-create-a-configuration-v2-project-id-configurations.response")
        #expect(created.backups?.lastCompleted == nil)
        #expect(created.nextScheduledTime == "2014-08-05T20:22:21Z")
        let details = try Fixture.decode(
            Configuration.self, "get-list-details-about-a-configuration-v2-project-id-configurations-configuration-id.response")
        #expect(details.next == nil)
        #expect(details.nextScheduledTime == "2014-08-05T20:22:21Z")
        #expect(details.retention?.days.intValue == 30)
        #expect(details.schedule?.recurrence == ["RRULE:FREQ=HOURLY;INTERVAL=2"])
        #expect(details.inclusions?.first == .folder("/web/"))
    }

    @Test func retentionDaysMayBeAString() throws {
        let retention = try JSONDecoder().decode(Retention.self, from: Data(#"{"days": "30"}"#.utf8))
        #expect(retention.days == .string("30"))
        #expect(retention.days.intValue == 30)
    }

    @Test func agentSettingsDocument() throws {
        let settings = try Fixture.decode(
            AgentConfiguration.self, "get-list-configuration-settings-for-an-agent-v2-project-id-agents-agent-id-configuration.response")
        #expect(settings.systemPreferences?.events?.rse?.polling?.intervalMS?.realTime == 300)
        #expect(settings.systemPreferences?.backupControls?.disableVSS == .number(0))
        #expect(settings.vaults?.first?.links?.href(rel: "data_services") != nil)
        #expect(settings.configurations?.first?.times?.count == 3)
    }

    @Test func finishedAndNewJobs() throws {
        let backup = try Fixture.decode(Backup.self, "get-list-details-about-a-backup-v2-project-id-backups-backup-id.response")
        #expect(Backup.State(rawValue: backup.state) == .completedWithErrors)
        #expect(backup.bytesSearched == 3_700_000_000)
        #expect(backup.errors?.links?.href(rel: "full")?.hasSuffix("/errors") == true)
        let started = try Fixture.decode(Backup.self, "post-start-a-backup-v2-project-id-backups.response")
        #expect(started.snapshotID == nil && started.restorable == false)
        let cleanup = try Fixture.decode(Cleanup.self, "get-list-details-about-a-cleanup-v2-project-id-cleanups-cleanup-id.response")
        #expect(cleanup.errors?.diagnostics == nil)
        let restores = try Fixture.decode(RestoreList.self, "get-list-the-restores-for-a-project-v2-project-id-restores.response")
        #expect(restores.restores.first?.inclusions == nil)
        #expect(restores.links?.href(rel: "next")?.contains("marker=") == true)
    }

    @Test func eventsKeepTheirPerKindFields() throws {
        let list = try Fixture.decode(EventList.self, "get-list-events-for-a-restore-v2-project-id-restores-restore-id-events.response")
        let start = try #require(list.events.first { $0.event == "restore_start_request" })
        #expect(start.restoreID != nil)
        #expect(start.details["source_agent"]?["vault"] != nil)
        let agentEvents = try Fixture.decode(EventList.self, "get-list-events-for-an-agent-v2-project-id-agents-agent-id-events.response")
        #expect(agentEvents.events.first { $0.event == "agent_activate" }?.mode != nil)
        #expect(agentEvents.events.first { $0.event == "agent_registered" }?.agent?.host?.os?.name == "Ubuntu")
        #expect(agentEvents.events.first { $0.event == "logfile_upload" }?.links?.href(rel: "logfile") != nil)
        let again = try JSONDecoder().decode(EventList.self, from: JSONEncoder().encode(agentEvents))
        #expect(again == agentEvents)
    }

    @Test func healthGroupsAndSystems() throws {
        let health = try Fixture.decode(Health.self, "get-perform-health-check-v2-project-id-health.response")
        #expect(health.allOnline)
        #expect(health.systems.map(\.name) == ["event/rse", "storage/cassandra", "transport/pecan"])
        #expect(health.groups["transport"]?["pecan"]?.node == "phx-web-01")
        #expect(health.groups["event"]?["rse"]?.regions?["dfw"]?.online == true)
    }

    @Test func requestBodiesSendTheirRequiredNulls() throws {
        let encryption = try Fixture.decode(
            VaultEncryptionRequest.self,
            "post-enable-or-change-encryption-for-an-agents-vault-v2-project-id-agents-agent-id-vault-encryption-requests.request")
        #expect(encryption.oldEncryptedPasswordHex == nil)
        let json = String(decoding: try JSONEncoder().encode(encryption), as: UTF8.self)
        #expect(json.contains(#""old_encrypted_password_hex":null"#))
        let login = try Fixture.decode(AgentTokenRequest.self, "post-authenticate-an-agent-v2-project-id-agents-tokens.request")
        #expect("\(login)".contains(login.password.revealed) == false)
    }
}
