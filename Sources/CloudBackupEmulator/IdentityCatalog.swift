import CloudBackupAPI

/// The service catalog and roles Identity returns for the demo user.
enum IdentityCatalog {
    /// Cloud Backup's regions: the five of the catalog sample plus LON, which the documentation's
    /// table of service access lists too. One project serves them all, so every endpoint is this
    /// emulator.
    static let backupRegions = ["DFW", "ORD", "IAD", "HKG", "SYD", "LON"]

    static func entries(urls: ServiceURLs) -> [CatalogEntry] {
        let project = EmulatorConfiguration.projectID
        return [
            CatalogEntry(
                name: CatalogEntry.backupName, type: CatalogEntry.backupType,
                endpoints: backupRegions.map { .init(publicURL: urls.endpoint, region: $0, tenantId: project) }),
            CatalogEntry(
                name: "cloudFiles", type: "object-store",
                endpoints: backupRegions.map {
                    .init(
                        publicURL: urls.objectStore, internalURL: urls.objectStore, region: $0,
                        tenantId: SeedProject.cloudFilesAccount)
                }),
            CatalogEntry(
                name: "cloudServersOpenStack", type: "compute",
                endpoints: backupRegions.map { .init(publicURL: urls.compute, region: $0, tenantId: project) }),
            CatalogEntry(
                name: "cloudDNS", type: "rax:dns",
                endpoints: [.init(publicURL: urls.base + "/dns/v1.0/" + project, region: nil, tenantId: project)]),
        ]
    }

    static let roles: [AccessResponse.Role] = [
        .init(
            id: "6", name: "compute:default",
            description: "A Role that allows a user access to keystone Service methods",
            tenantId: EmulatorConfiguration.projectID),
        .init(
            id: "5", name: "object-store:default",
            description: "A Role that allows a user access to keystone Service methods",
            tenantId: SeedProject.cloudFilesAccount),
        .init(
            id: "10000258", name: "cloudbackup:admin",
            description: "Cloud Backup administrator: create, read, update, delete.",
            tenantId: EmulatorConfiguration.projectID),
        .init(id: "2", name: "identity:default", description: "Default Role.", tenantId: nil),
    ]
}
