import CloudBackupAPI
import Foundation

/// Backup configurations and what they mean for their agents (`getAgentConfiguration`,
/// `listAgentConfigurations`).
extension Store {
    func createConfiguration(_ input: ConfigurationInput) throws -> ConfigurationRecord {
        let now = advance()
        guard agents[input.agentID] != nil else {
            throw ServiceError.invalid("agent_id does not name an agent of this project.")
        }
        let record = ConfigurationRecord(
            id: Self.newRequestID(), agentID: input.agentID, name: input.name, enabled: input.enabled,
            schedule: input.schedule, retentionDays: input.retentionDays, inclusions: input.inclusions,
            exclusions: input.exclusions, notifications: input.notifications, createdDate: clock.date(at: now))
        insertConfiguration(record)
        configurationChanged(agentID: input.agentID, at: now)
        return record
    }

    func insertConfiguration(_ record: ConfigurationRecord) {
        configurations[record.id] = record
    }

    /// `getConfiguration` returns deleted configurations too.
    func configuration(id: String) -> ConfigurationRecord? {
        advance()
        return configurations[id]
    }

    /// `listConfigurations` and `listAgentConfigurations`: the live configurations, oldest first.
    func configurationList(agentID: String? = nil, restorableOnly: Bool = false) -> [ConfigurationRecord] {
        advance()
        let restorable =
            restorableOnly
            ? Set(jobs.values.filter(\.snapshot.restorable).compactMap(\.links.configurationID)) : []
        return configurations.ordered.filter { record in
            !record.deleted && (agentID == nil || record.agentID == agentID)
                && (!restorableOnly || restorable.contains(record.id))
        }
    }

    /// `updateConfiguration`: the patched configuration must pass `createConfiguration`'s rules again.
    func updateConfiguration(id: String, operations: [PatchEntry]) throws {
        let now = advance()
        guard var record = configurations[id], !record.deleted else {
            throw ServiceError.notFound("Configuration not found.")
        }
        var document = record.inputDocument
        for operation in operations {
            switch operation.path {
            case "/name", "/enabled", "/schedule", "/inclusions", "/exclusions", "/notifications":
                document = document.setting(String(operation.path.dropFirst()), operation.value)
            case "/retention/days":
                document = document.setting("retention", .object([("days", operation.value)]))
            default:
                throw ServiceError.invalid("\(operation.path) cannot be modified.")
            }
        }
        let input = try ConfigurationInput.parse(document)
        record.name = input.name
        record.enabled = input.enabled
        record.schedule = input.schedule
        record.retentionDays = input.retentionDays
        record.inclusions = input.inclusions
        record.exclusions = input.exclusions
        record.notifications = input.notifications
        configurations[id] = record
        configurationChanged(agentID: record.agentID, at: now)
    }

    /// `deleteConfiguration`: a soft delete; unfinished backups of the configuration are stopped.
    func deleteConfiguration(id: String) throws {
        let now = advance()
        guard let record = configurations[id], !record.deleted else {
            throw ServiceError.notFound("Configuration not found.")
        }
        configurations[id]?.deleted = true
        for job in jobs.values where job.kind == .backup && job.links.configurationID == id && !job.isFinished {
            requestStop(job.id, at: now)
        }
        configurationChanged(agentID: record.agentID, at: now)
    }

    /// The newest finished backup of a configuration that produced a snapshot.
    func lastCompletedBackup(configurationID: String) -> JobRecord? {
        jobs.ordered.reversed().first {
            $0.links.configurationID == configurationID && $0.kind == .backup && $0.snapshot.id != nil
        }
    }

    /// The newest finished backup of every configuration, in one pass.
    func lastCompletedBackups() -> [String: JobRecord] {
        var result: [String: JobRecord] = [:]
        for job in jobs.ordered {
            guard job.kind == .backup, job.snapshot.id != nil,
                let configurationID = job.links.configurationID
            else { continue }
            result[configurationID] = job
        }
        return result
    }

    func configurationChanged(agentID: String, at now: Instant) {
        recordEvent(
            "configuration_changed", at: now, agentID: agentID, fields: [("request_id", .string(Self.newRequestID()))])
    }
}
