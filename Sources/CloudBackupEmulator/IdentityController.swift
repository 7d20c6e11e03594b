import CloudBackupAPI
import Foundation
import Hummingbird

/// Identity v2.0 `POST /v2.0/tokens` for the demo user, with API key or password credentials (the
/// documentation shows only the key; Identity accepts both).
enum IdentityController {
    static func issueToken(_ request: Request, store: Store) async throws -> Response {
        var request = request
        let body = try? await request.collectBody(upTo: 64 * 1024)
        guard let body, let auth = try? JSONDecoder().decode(AuthRequest.self, from: Data(body.readableBytesView)).auth,
            auth.apiKeyCredentials != nil || auth.passwordCredentials != nil
        else {
            await store.noteRejectedTokenRequest()
            throw ServiceError.identity(
                .badRequest, kind: "badRequest",
                message: "Invalid request body: unable to parse Auth data. Please review XML or JSON formatting")
        }
        guard let method = authenticate(auth) else {
            await store.noteRejectedTokenRequest()
            throw ServiceError.identity(
                .unauthorized, kind: "unauthorized", message: "Unable to authenticate user with credentials provided.")
        }
        let token = await store.issueToken()
        let urls = store.urls
        let project = EmulatorConfiguration.projectID
        let access = AccessResponse.Access(
            token: .init(
                id: Secret(token.id), expires: Timestamp.milliseconds(token.expires),
                tenant: .init(id: project, name: project), authenticatedBy: [method]),
            serviceCatalog: IdentityCatalog.entries(urls: urls),
            user: .init(
                id: "172157", name: EmulatorConfiguration.demoUsername, roles: IdentityCatalog.roles,
                defaultRegion: "DFW")
        )
        return try JSONResponse.make(AccessResponse(access: access))
    }

    /// The `RAX-AUTH:authenticatedBy` value for valid credentials, or nil.
    private static func authenticate(_ auth: AuthRequest.Auth) -> String? {
        if let key = auth.apiKeyCredentials,
            key.username == EmulatorConfiguration.demoUsername, key.apiKey.revealed == EmulatorConfiguration.demoAPIKey
        {
            return "APIKEY"
        }
        if let password = auth.passwordCredentials,
            password.username == EmulatorConfiguration.demoUsername,
            password.password.revealed == EmulatorConfiguration.demoPassword
        {
            return "PASSWORD"
        }
        return nil
    }
}
