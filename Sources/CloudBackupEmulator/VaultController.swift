import CloudBackupAPI
import Hummingbird

/// Vault operations: moves, encryption requests and password verification requests.
enum VaultController {
    static let handlers: [APIOperation: OperationHandler] = [
        .moveVault: move,
        .createVaultEncryptionRequest: requestEncryption,
        .reportVaultEncryptionRequest: reportEncryption,
        .getVaultEncryptionRequest: encryptionResult,
        .createPasswordVerificationRequest: requestVerification,
        .reportPasswordVerificationRequest: reportVerification,
        .getPasswordVerificationRequest: verificationResult,
    ]

    @Sendable static func move(_ request: APIRequest) async throws -> Response {
        let body = try request.jsonObject()
        guard let source = body["source_agent_id"]?.stringValue else {
            throw ServiceError.invalid("source_agent_id is required.")
        }
        try await request.store.moveVault(to: request.parameter(.agentID), from: source)
        return JSONResponse.empty(.noContent)
    }

    @Sendable static func requestEncryption(_ request: APIRequest) async throws -> Response {
        let body = try request.jsonObject()
        guard let new = body["new_encrypted_password_hex"]?.stringValue, !new.isEmpty else {
            throw ServiceError.invalid("new_encrypted_password_hex is required.")
        }
        let agentID = request.parameter(.agentID)
        let old = body["old_encrypted_password_hex"]?.stringValue
        let id = try await request.store.requestEncryption(agentID: agentID, old: old, new: new)
        let location = request.urls.agent(agentID) + "/vault-encryption-requests/" + id
        return JSONResponse.empty(.accepted, headers: [.location: location])
    }

    @Sendable static func reportEncryption(_ request: APIRequest) async throws -> Response {
        let body = try request.jsonObject()
        guard let action = body["action"]?.stringValue, ["enabled", "changed"].contains(action),
            let succeeded = body["succeeded"]?.asBool
        else { throw ServiceError.invalid("action (enabled or changed) and succeeded (boolean) are required.") }
        try await request.store.reportEncryption(
            request.parameter(.requestID), agentID: request.parameter(.agentID), action: action,
            succeeded: succeeded)
        return JSONResponse.empty(.noContent)
    }

    @Sendable static func encryptionResult(_ request: APIRequest) async throws -> Response {
        try await result(request, encryption: true, missing: "Vault encryption request not found.")
    }

    @Sendable static func requestVerification(_ request: APIRequest) async throws -> Response {
        let body = try request.jsonObject()
        guard let hex = body["encrypted_password_hex"]?.stringValue, !hex.isEmpty else {
            throw ServiceError.invalid("encrypted_password_hex is required.")
        }
        let agentID = request.parameter(.agentID)
        let id = try await request.store.requestVerification(
            agentID: agentID, targetAgentID: body["agent_id"]?.stringValue, passwordHex: hex)
        let location = request.urls.agent(agentID) + "/vault-password-verification-requests/" + id
        return JSONResponse.empty(.accepted, headers: [.location: location])
    }

    @Sendable static func reportVerification(_ request: APIRequest) async throws -> Response {
        guard let verified = try request.jsonObject()["verified"]?.asBool else {
            throw ServiceError.invalid("verified (boolean) is required.")
        }
        try await request.store.reportVerification(
            request.parameter(.requestID), agentID: request.parameter(.agentID), verified: verified)
        return JSONResponse.empty(.noContent)
    }

    @Sendable static func verificationResult(_ request: APIRequest) async throws -> Response {
        try await result(request, encryption: false, missing: "Vault password verification request not found.")
    }

    /// 404 until the agent reported, and again once the result expired: results are transient,
    /// kept about a minute, as the documentation says of every asynchronous request's result.
    private static func result(_ request: APIRequest, encryption: Bool, missing: String) async throws -> Response {
        let agentID = request.parameter(.agentID)
        guard await request.store.agent(id: agentID) != nil else { throw ServiceError.agentNotFound }
        guard
            let result = await request.store.vaultResult(
                agentID: agentID, requestID: request.parameter(.requestID), encryption: encryption)
        else { throw ServiceError.notFound(missing) }
        return try JSONResponse.make(result)
    }
}
