import CloudBackupAPI

extension CloudBackupClient {
    /// Moves the vault of `sourceAgentID` to `agentID` (`moveVault`).
    public func moveVault(to agentID: String, from sourceAgentID: String) async throws {
        _ = try await send(.moveVault, [.agentID: agentID], body: JSONCoding.encode(VaultMove(sourceAgentID: sourceAgentID)))
    }

    /// Enables encryption of an agent's vault, or changes its password (`createVaultEncryptionRequest`). Returns the
    /// request ID, which the service gives only in `Location`.
    public func requestVaultEncryption(agentID: String, _ request: VaultEncryptionRequest) async throws -> String {
        let response = try await send(.createVaultEncryptionRequest, [.agentID: agentID], body: JSONCoding.encode(request))
        return try requireLocationID(response, operation: APIOperation.createVaultEncryptionRequest.label([.agentID: agentID]))
    }

    /// The result of a `createVaultEncryptionRequest` request (`getVaultEncryptionRequest`), or nil while the agent
    /// has not reported it (404).
    public func vaultEncryptionResult(agentID: String, requestID: String) async throws -> VaultEncryptionResult? {
        try await pendingResult(VaultEncryptionResult.self, .getVaultEncryptionRequest, [.agentID: agentID, .requestID: requestID])
    }

    /// The agent reports how a `createVaultEncryptionRequest` request went (`reportVaultEncryptionRequest`).
    public func reportVaultEncryption(agentID: String, requestID: String, _ report: VaultEncryptionReport) async throws {
        _ = try await send(
            .reportVaultEncryptionRequest, [.agentID: agentID, .requestID: requestID], body: JSONCoding.encode(report),
            headers: Self.agentHeader(agentID))
    }

    /// Asks an agent to verify a vault password (`createPasswordVerificationRequest`). Returns the request ID from
    /// `Location`.
    public func requestPasswordVerification(agentID: String, _ request: PasswordVerificationRequest) async throws -> String {
        let response = try await send(.createPasswordVerificationRequest, [.agentID: agentID], body: JSONCoding.encode(request))
        return try requireLocationID(response, operation: APIOperation.createPasswordVerificationRequest.label([.agentID: agentID]))
    }

    /// The result of a `createPasswordVerificationRequest` request (`getPasswordVerificationRequest`), or nil while
    /// the agent has not reported it (404).
    public func passwordVerificationResult(agentID: String, requestID: String) async throws -> PasswordVerificationResult? {
        try await pendingResult(PasswordVerificationResult.self, .getPasswordVerificationRequest, [.agentID: agentID, .requestID: requestID])
    }

    /// The agent reports whether the password was right (`reportPasswordVerificationRequest`).
    public func reportPasswordVerification(agentID: String, requestID: String, verified: Bool) async throws {
        _ = try await send(
            .reportPasswordVerificationRequest, [.agentID: agentID, .requestID: requestID],
            body: JSONCoding.encode(PasswordVerificationReport(verified: verified)), headers: Self.agentHeader(agentID))
    }

    /// A result the service answers with 404 until the agent reported it.
    private func pendingResult<T: Decodable>(_ type: T.Type, _ operation: APIOperation, _ arguments: PathArguments) async throws -> T? {
        let response = try await send(operation, arguments, accepting: [404])
        if response.status == 404 { return nil }
        return try JSONCoding.decode(type, from: response.body, operation: operation.label(arguments))
    }
}
