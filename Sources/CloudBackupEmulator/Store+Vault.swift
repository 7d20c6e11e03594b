import CloudBackupAPI

/// Vault moves, encryption requests and password verification requests.
extension Store {
    /// `moveVault`: the source's vault becomes the destination's; the source gets a new, empty vault.
    func moveVault(to destinationID: String, from sourceID: String) throws {
        let now = advance()
        guard let destination = agents[destinationID], let source = agents[sourceID], destinationID != sourceID else {
            throw ServiceError(.forbidden, "Both agents must belong to this project (and differ).")
        }
        guard source.agent.vault?.encrypted != true else {
            throw ServiceError(.forbidden, "An encrypted vault cannot be moved.")
        }
        guard !vaultHasData(destination.agent.vault?.id) else {
            throw ServiceError(.forbidden, "The destination agent already has a vault that contains data.")
        }
        agents[destinationID]?.agent.vault = source.agent.vault
        agents[destinationID]?.vaultPasswordHex = source.vaultPasswordHex
        let newVaultID = StableUUID.make(from: "vault:\(sourceID):\(takeEventID())")
        agents[sourceID]?.agent.vault = AgentVault(
            id: newVaultID, name: "phoenix_" + newVaultID, state: "created", flavor: "swift", encrypted: false,
            region: source.agent.vault?.region ?? source.agent.host?.region,
            useInternal: source.agent.vault?.useInternal)
        agents[sourceID]?.vaultPasswordHex = nil
        for id in [destinationID, sourceID] {
            recordEvent(
                "configuration_changed", at: now, agentID: id, fields: [("request_id", .string(Self.newRequestID()))])
        }
    }

    /// `createVaultEncryptionRequest`; returns the request ID.
    func requestEncryption(agentID: String, old: String?, new: String) throws -> String {
        let now = advance()
        guard let agent = agents[agentID] else { throw ServiceError.agentNotFound }
        let encrypted = agent.agent.vault?.encrypted == true
        if old != nil, !encrypted {
            throw ServiceError(.forbidden, "An old password was supplied, but the vault is unencrypted.")
        }
        if old == nil, encrypted {
            throw ServiceError(.forbidden, "No old password was supplied, but the vault is encrypted.")
        }
        let id = Self.newRequestID()
        requests.vault[id] = VaultRequestRecord(
            id: id, agentID: agentID, kind: .encryption(oldPasswordHex: old, newPasswordHex: new), createdAt: now)
        var fields: [(String, JSONValue)] = [("request_id", .string(id))]
        if let old {
            fields += [("old_encrypted_password_hex", .string(old)), ("new_encrypted_password_hex", .string(new))]
        } else {
            fields.append(("encrypted_password_hex", .string(new)))
        }
        recordEvent(
            old == nil ? "vault_encryption_enable" : "vault_encryption_change", at: now, agentID: agentID,
            fields: fields)
        return id
    }

    /// `createPasswordVerificationRequest`; returns the request ID.
    func requestVerification(agentID: String, targetAgentID: String?, passwordHex: String) throws -> String {
        let now = advance()
        guard agents[agentID] != nil else { throw ServiceError.agentNotFound }
        let targetID = targetAgentID ?? agentID
        guard let target = agents[targetID] else {
            throw ServiceError.invalid("agent_id does not name an agent.")
        }
        guard target.agent.vault?.encrypted == true else {
            throw ServiceError(.forbidden, "Encryption is not enabled for this agent's vault.")
        }
        let id = Self.newRequestID()
        requests.vault[id] = VaultRequestRecord(
            id: id, agentID: agentID, kind: .verification(passwordHex: passwordHex, targetAgentID: targetID),
            createdAt: now)
        recordEvent(
            "vault_password_verify", at: now, agentID: agentID,
            fields: [("request_id", .string(id)), ("encrypted_password_hex", .string(passwordHex))])
        return id
    }

    /// `getVaultEncryptionRequest` or `getPasswordVerificationRequest`: the result, or nil until the agent reported
    /// and again once it expired.
    func vaultResult(agentID: String, requestID: String, encryption: Bool) -> JSONValue? {
        advance()
        guard let record = requests.vault[requestID], record.agentID == agentID, record.isEncryption == encryption
        else { return nil }
        return record.result
    }

    /// The simulated agent's own report: it knows the vault's password.
    func answerVaultRequest(_ id: String, at instant: Instant) {
        guard let record = requests.vault[id], record.result == nil else { return }
        switch record.kind {
        case .encryption(let old, _):
            let succeeded = old == nil || old == agents[record.agentID]?.vaultPasswordHex
            _ = try? reportEncryption(id, action: old == nil ? "enabled" : "changed", succeeded: succeeded, at: instant)
        case .verification(let hex, let targetID):
            _ = try? reportVerification(id, verified: hex == agents[targetID]?.vaultPasswordHex, at: instant)
        }
    }

    /// `reportVaultEncryptionRequest`. A successful first enable encrypts the vault; a change sets the new password.
    func reportEncryption(
        _ id: String, agentID: String? = nil, action: String, succeeded: Bool, at instant: Instant? = nil
    ) throws {
        let at = instant ?? advance()
        guard let record = requests.vault[id], agentID == nil || record.agentID == agentID,
            case .encryption(_, let new) = record.kind
        else { throw ServiceError.notFound("Vault encryption request not found.") }
        guard record.result == nil else { return }
        if succeeded {
            agents[record.agentID]?.agent.vault?.encrypted = true
            agents[record.agentID]?.vaultPasswordHex = new
        }
        let event = action == "enabled" ? "vault_encryption_enabled" : "vault_encryption_changed"
        setVaultResult(id, record: record, event: event, outcome: ("succeeded", succeeded), at: at)
    }

    /// `reportPasswordVerificationRequest`: the agent reports `verified`, which the result
    /// (`getPasswordVerificationRequest`) shows as `valid`, the two names the documentation uses.
    func reportVerification(_ id: String, agentID: String? = nil, verified: Bool, at instant: Instant? = nil) throws {
        let at = instant ?? advance()
        guard let record = requests.vault[id], agentID == nil || record.agentID == agentID,
            case .verification = record.kind
        else { throw ServiceError.notFound("Vault password verification request not found.") }
        guard record.result == nil else { return }
        setVaultResult(id, record: record, event: "vault_password_verified", outcome: ("valid", verified), at: at)
    }

    private func setVaultResult(
        _ id: String, record: VaultRequestRecord, event: String, outcome: (String, Bool), at instant: Instant
    ) {
        requests.vault[id]?.result = .object([
            ("id", .string(String(takeEventID()))), ("time", .string(timestamp(instant))), ("event", .string(event)),
            ("agent", .idOnly(record.agentID)), ("request_id", .string(id)), (outcome.0, .bool(outcome.1)),
        ])
        requests.vault[id]?.answeredAt = instant
    }
}
