import CloudBackupAPI
import Foundation

/// Registering (`registerAgent`), updating (`updateAgent`) and deleting (`deleteAgent`) agents, their status
/// (`getAgentStatus`) and their login (`authenticateAgent`).
extension Store {
    /// `registerAgent`: the agent starts polling at once; its vault is new and empty.
    func registerAgent(_ input: AgentRegistrationInput) -> SimulatedAgent {
        let now = advance()
        let id = Self.newRequestID()
        let vaultID = Self.newRequestID()
        let seed = SeedAgent(
            id: id, name: input.name, version: input.version,
            host: SeedHost(
                role: .web, os: input.host.os!,
                kernel: input.host.os?.name == "CentOS" ? "3.10.0-123.el7.x86_64" : "3.13.0-32-generic",
                flavor: input.host.flavor ?? "nova", region: input.host.region ?? "DFW",
                machineID: input.host.machine?.id ?? "", addresses: input.host.addresses ?? []),
            vault: SeedVault(id: vaultID, encrypted: false, useInternal: input.useInternal),
            logLevel: "info", registeredTime: timestamp(now), online: true)
        var agent = SeedProject.agent(for: seed, firstPoll: now, timings: timings)
        agent.agent.host = input.host
        agent.agent.rsaPublicKey = input.rsaPublicKey
        agent.password = Self.newRequestID()
        agent.fingerprint = input.fingerprint
        agents[id] = agent
        let host: JSONValue = .object([
            (
                "os",
                .object([
                    ("name", .string(seed.host.os.name)), ("version", .string(seed.host.os.version)),
                    ("architecture", .string(seed.host.os.architecture)),
                ])
            )
        ])
        recordEvent(
            "agent_registered", at: now, agentID: id,
            fields: [
                ("agent", .object([("id", .string(id)), ("name", .string(input.name)), ("host", host)])),
                ("request_id", .string(Self.newRequestID())),
            ])
        return agent
    }

    /// `updateAgent`, applied whole or not at all.
    func updateAgent(id: String, operations: [PatchEntry]) throws {
        let now = advance()
        guard var agent = agents[id] else { throw ServiceError.agentNotFound }
        for operation in operations {
            switch operation.path {
            case "/enabled":
                guard let value = operation.value.asBool else {
                    throw ServiceError.invalid("/enabled must be true or false.")
                }
                agent.agent.enabled = value
            case "/vault/use_internal":
                guard let value = operation.value.asBool else {
                    throw ServiceError.invalid("/vault/use_internal must be true or false.")
                }
                agent.agent.vault?.useInternal = value
            case "/vault/region":
                guard let value = operation.value.stringValue, Self.regions.contains(value.uppercased()) else {
                    throw ServiceError.invalid("/vault/region must be one of \(Self.regions.joined(separator: ", ")).")
                }
                guard !vaultHasData(agent.agent.vault?.id) else {
                    throw ServiceError(
                        .forbidden, "The vault property (region) cannot be updated, reason: vault is not empty.")
                }
                agent.agent.vault?.region = value.uppercased()
            case "/log_level", "/log-level":
                guard let value = operation.value.stringValue, Self.logLevels.contains(value) else {
                    throw ServiceError.invalid("/log_level must be one of \(Self.logLevels.joined(separator: ", ")).")
                }
                agent.agent.logLevel = value
            default:
                throw ServiceError.invalid("\(operation.path) cannot be modified.")
            }
        }
        agents[id] = agent
        configurationChanged(agentID: id, at: now)
    }

    static let regions = ["DFW", "ORD", "IAD", "LON", "HKG", "SYD"]
    static let logLevels = ["all", "trace", "debug", "info", "warn", "error", "fatal"]

    /// `deleteAgent`: the agent goes, and with it its configurations, requests, log files, and the jobs it
    /// ran or received.
    func deleteAgent(id: String) throws {
        advance()
        guard agents[id] != nil else { throw ServiceError.agentNotFound }
        agents[id] = nil
        configurations.removeAll { $0.agentID == id }
        requests.removeAll(agentID: id)
        logFiles.removeAll { $0.agentID == id }
        let goneBackups = Set(jobs.values.filter { $0.kind == .backup && $0.links.agentID == id }.map(\.id))
        jobs.removeAll { job in job.links.agentID == id || goneBackups.contains(job.links.backupID ?? "") }
    }

    /// `getAgentStatus`.
    func status(agentID: String) -> (busy: Bool, online: Bool)? {
        advance()
        guard let agent = agents[agentID] else { return nil }
        return (isBusy(agentID: agentID), agent.schedule.isOnline)
    }

    /// `authenticateAgent`: the agent's password and fingerprint must match its registration.
    func authenticateAgent(id: String, password: String, fingerprint: String) throws -> (id: String, expires: Date) {
        guard let agent = agents[id] else { throw ServiceError.agentNotFound }
        guard agent.password == password else {
            throw ServiceError(.unauthorized, "The agent's credentials are not valid.")
        }
        guard agent.fingerprint == fingerprint else {
            throw ServiceError(.conflict, "The host fingerprint does not match the one this agent registered with.")
        }
        return issueToken()
    }
}
