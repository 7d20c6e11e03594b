import CloudBackupAPI

/// The demo project every emulator starts with: the same agents and files every time.
enum SeedProject {
    /// The Cloud Files account that holds the project's vaults and uploaded logs (the docs' own).
    static let cloudFilesAccount = "MossoCloudFS_f14d894e-28cd-4f31-8b08-449ec0876346"

    /// The vault password of the seeded encrypted vaults, hex-encoded ("demo-vault-password").
    static let vaultPasswordHex = "64656d6f2d7661756c742d70617373776f7264"

    /// The seeded agents: the demo project's, then generated ones up to `count`. Online agents
    /// start idle; their first polls are spread over one idle interval so that they do not all
    /// poll at the same instant.
    static func agents(count: Int, startingAt origin: ContinuousClock.Instant, timings: SimulatedTimings)
        -> [SimulatedAgent]
    {
        let demo = SeedAgent.demoProject
        let seeds = Array(demo.prefix(count)) + (demo.count..<max(count, demo.count)).map(SeedAgent.generated)
        return seeds.enumerated().map { index, seed in
            let firstPoll = origin + timings.idlePoll * (Double(index + 1) / Double(seeds.count + 1))
            return agent(for: seed, firstPoll: seed.online ? firstPoll : nil, timings: timings)
        }
    }

    /// A simulated agent for a seed; its credentials are derived from its ID.
    static func agent(for seed: SeedAgent, firstPoll: ContinuousClock.Instant?, timings: SimulatedTimings)
        -> SimulatedAgent
    {
        SimulatedAgent(
            agent: document(for: seed),
            role: seed.host.role,
            files: HostFiles(seed: seed).root(),
            schedule: PollSchedule(firstPoll: firstPoll, timings: timings),
            password: StableUUID.make(from: "password:" + seed.id),
            fingerprint: "fingerprint-" + seed.name,
            vaultPasswordHex: seed.vault.encrypted ? vaultPasswordHex : nil
        )
    }

    static func document(for seed: SeedAgent) -> Agent {
        Agent(
            projectID: EmulatorConfiguration.projectID,
            id: seed.id,
            name: seed.name,
            version: seed.version,
            host: AgentHost(
                flavor: seed.host.flavor, region: seed.host.region, machine: .init(id: seed.host.machineID),
                os: seed.host.os, addresses: seed.host.addresses),
            enabled: true,
            rsaPublicKey: RSAPublicKey(modulus: modulus(for: seed.id), exponent: .number(10001)),
            vault: AgentVault(
                id: seed.vault.id, name: "phoenix_\(seed.vault.id)", state: "created", flavor: "swift",
                encrypted: seed.vault.encrypted, region: seed.host.region, useInternal: seed.vault.useInternal),
            logLevel: seed.logLevel,
            registeredTime: seed.registeredTime
        )
    }

    /// A 2048-bit modulus-looking hex string, the same for the same agent every time.
    private static func modulus(for id: String) -> String {
        var generator = SeededGenerator(seed: StableHash.fnv1a(id))
        let digits = Array("0123456789ABCDEF")
        return String(
            (0..<512).map { index in
                let value = Int(generator.next() % 16)
                return digits[index == 0 ? max(value, 8) : value]  // top bit set, as in a real key
            })
    }
}

/// SplitMix64: a small deterministic generator for seeded content.
struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
