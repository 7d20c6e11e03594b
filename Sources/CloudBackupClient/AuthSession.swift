import CloudBackupAPI
import Foundation

/// A token and the endpoint it is good for.
public struct AuthSession: Sendable {
    public let token: Secret
    /// Cloud Backup's base URL, ending in `/v2/{project_id}`.
    public let endpoint: String
    /// The project (tenant) ID.
    public let projectID: String
    /// When the token stops working; nil when unknown (direct mode).
    public let expires: Date?
    /// The region whose endpoint was picked, when it came from a catalog.
    public let region: String?
    /// Every region the catalog offers Cloud Backup in.
    public let regions: [String]

    /// True when the token should be renewed before use: past `expires` less a safety margin.
    func needsRenewal(at now: Date, margin: TimeInterval = 60) -> Bool {
        guard let expires else { return false }
        return now.addingTimeInterval(margin) >= expires
    }
}

extension AuthSession {
    /// The session for an Identity answer: the Cloud Backup endpoint for `region` (or the user's
    /// default region, or the only one), picked from the catalog by type `rax:backup` or name `cloudBackup`.
    init(access: AccessResponse.Access, region: String?) throws {
        let entries = access.serviceCatalog.filter {
            $0.type == CatalogEntry.backupType || $0.name == CatalogEntry.backupName
        }
        let endpoints = entries.flatMap(\.endpoints)
        let regions = endpoints.compactMap(\.region)
        guard !endpoints.isEmpty else {
            throw APIError(kind: .configuration, operation: "identity", message: "the service catalog has no Cloud Backup endpoint (type rax:backup)")
        }
        let wanted = region ?? access.user?.defaultRegion
        let chosen: CatalogEntry.Endpoint
        if let wanted, let match = endpoints.first(where: { $0.region?.caseInsensitiveCompare(wanted) == .orderedSame }) {
            chosen = match
        } else if let wanted, region != nil {
            throw APIError(
                kind: .configuration, operation: "identity",
                message: "no Cloud Backup endpoint in region \(wanted); the catalog offers \(regions.joined(separator: ", "))")
        } else if endpoints.count == 1 || wanted == nil {
            chosen = endpoints[0]
        } else {
            chosen = endpoints[0]
        }
        let endpoint = chosen.publicURL.hasSuffix("/") ? String(chosen.publicURL.dropLast()) : chosen.publicURL
        self.init(
            token: access.token.id, endpoint: endpoint,
            projectID: chosen.tenantId ?? access.token.tenant?.id ?? String(endpoint.split(separator: "/").last ?? ""),
            expires: Timestamp.parse(access.token.expires), region: chosen.region, regions: regions)
    }
}
