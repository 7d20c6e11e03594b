import CloudBackupAPI

/// One agent of the demo project, as data.
struct SeedAgent: Sendable {
    var id: String
    var name: String
    var version: String
    var host: SeedHost
    var vault: SeedVault
    var logLevel: String
    var registeredTime: String
    /// An offline agent never polls, so it never picks up work.
    var online: Bool
}

extension SeedAgent {
    /// The demo project's agents. `web01` carries the docs' agent ID; `web02` shares its first
    /// three hex digits (`8f1`), so a prefix needs four to be unique; `db02` is offline.
    static let demoProject: [SeedAgent] = [
        SeedAgent(
            id: "8f135b4f-7a69-4b8a-947f-5e80d772fd97", name: "web01", version: "1.23.008344",
            host: SeedHost(
                role: .web, os: .init(name: "Ubuntu", version: "14.04", architecture: "64-bit"),
                kernel: "3.13.0-96-generic", flavor: "nova", region: "DFW",
                machineID: "55f83711-85ff-49d6-9a1a-58c67d452c6a",
                addresses: [
                    .init(version: 4, addr: "67.23.10.132"),
                    .init(version: 6, addr: "2001:4800:7812:514:be76:4eff:fe04:a1c2"),
                ]),
            vault: SeedVault(id: "7cd999c3-a0c3-4985-99d4-42b544685456", encrypted: true, useInternal: false),
            logLevel: "warn", registeredTime: "2014-10-27T18:22:00.238640Z", online: true),
        SeedAgent(
            id: "8f1a6c2e-51d7-4e0b-9a3f-0c6b2d8e4a71", name: "web02", version: "1.23.008344",
            host: SeedHost(
                role: .web, os: .init(name: "Ubuntu", version: "14.04", architecture: "64-bit"),
                kernel: "3.13.0-96-generic", flavor: "nova", region: "DFW",
                machineID: "3b9e2f10-6c4d-4a8e-b1f7-92d05c3e8a64",
                addresses: [
                    .init(version: 4, addr: "67.23.10.147"),
                    .init(version: 6, addr: "2001:4800:7812:514:be76:4eff:fe04:b7e9"),
                ]),
            vault: SeedVault(id: "2e61f0a8-94cb-4d57-8c3a-5f1b7e920d43", encrypted: false, useInternal: true),
            logLevel: "info", registeredTime: "2014-11-03T09:14:52.417310Z", online: true),
        SeedAgent(
            id: "c4a9e0d2-7b3f-4c1e-8d65-2f9a0b7e13c8", name: "db01", version: "1.24.010172",
            host: SeedHost(
                role: .database, os: .init(name: "CentOS", version: "7", architecture: "64-bit"),
                kernel: "3.10.0-123.el7.x86_64", flavor: "nova", region: "ORD",
                machineID: "9d2c47e1-0a6b-4f38-b5e9-71c8d3f2a056",
                addresses: [
                    .init(version: 4, addr: "162.209.24.58"),
                    .init(version: 6, addr: "2001:4801:7817:72:be76:4eff:fe20:3c5d"),
                ]),
            vault: SeedVault(id: "61d8b3f4-2e7a-4c95-a0d1-8b4f6e3c9217", encrypted: true, useInternal: true),
            logLevel: "info", registeredTime: "2015-01-12T16:40:07.902114Z", online: true),
        SeedAgent(
            id: "5e27b8d1-9c40-4f6a-a3e2-d71f05c8b946", name: "mail01", version: "1.24.010172",
            host: SeedHost(
                role: .mail, os: .init(name: "Debian", version: "8", architecture: "64-bit"),
                kernel: "3.16.0-4-amd64", flavor: "nova", region: "IAD",
                machineID: "0f83a6d5-4b1c-4e27-9f08-c5d2a7e31b64",
                addresses: [
                    .init(version: 4, addr: "198.61.224.19"),
                    .init(version: 6, addr: "2001:4802:7800:1:be76:4eff:fe20:91a4"),
                ]),
            vault: SeedVault(id: "a3f52c07-8d9e-4b61-b2a4-60e7c1d95f38", encrypted: false, useInternal: true),
            logLevel: "warn", registeredTime: "2015-02-20T11:05:33.118402Z", online: true),
        SeedAgent(
            id: "e9b04f7c-3a2d-4e81-b6c5-1f8d2a0e7b93", name: "db02", version: "1.22.007961",
            host: SeedHost(
                role: .database, os: .init(name: "CentOS", version: "6.5", architecture: "64-bit"),
                kernel: "2.6.32-431.el6.x86_64", flavor: "rackspace_dedicated", region: "ORD",
                machineID: "7a1e5c93-d2b8-4f06-8e4a-3c9f0b6d2175",
                addresses: [.init(version: 4, addr: "162.209.24.77")]),
            vault: SeedVault(id: "d05e8b2a-6f1c-4a37-9b84-e2c7a0f61d59", encrypted: true, useInternal: false),
            logLevel: "info", registeredTime: "2014-06-18T21:33:49.550271Z", online: false),
    ]
}
