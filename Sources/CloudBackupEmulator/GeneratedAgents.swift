import CloudBackupAPI

/// A UUID-shaped string derived from a text, the same every run.
enum StableUUID {
    static func make(from text: String) -> String {
        var generator = SeededGenerator(seed: StableHash.fnv1a(text))
        let digits = Array("0123456789abcdef")
        var hex = (0..<32).map { _ in digits[Int(generator.next() % 16)] }
        hex[12] = "4"
        hex[16] = digits[8 + Int(generator.next() % 4)]
        let text = String(hex)
        let cuts = [8, 12, 16, 20]
        var parts: [Substring] = []
        var start = text.startIndex
        for cut in cuts {
            let end = text.index(text.startIndex, offsetBy: cut)
            parts.append(text[start..<end])
            start = end
        }
        parts.append(text[start...])
        return parts.joined(separator: "-")
    }
}

extension SeedAgent {
    private static let regions = ["DFW", "ORD", "IAD", "HKG", "SYD", "LON"]
    private static let roles: [HostRole] = [.web, .database, .mail]

    /// The agent at `index` (from 5 on) of a large seeded project: `agent-0006`, ... with IDs,
    /// addresses and trees derived from the index; every tenth one is offline.
    static func generated(_ index: Int) -> SeedAgent {
        let number = index + 1
        let name = "agent-" + String(repeating: "0", count: max(0, 4 - String(number).count)) + String(number)
        let region = regions[index % regions.count]
        let ubuntu = index % 2 == 0
        return SeedAgent(
            id: StableUUID.make(from: "agent:\(number)"), name: name, version: "1.24.010172",
            host: SeedHost(
                role: roles[index % roles.count],
                os: ubuntu
                    ? .init(name: "Ubuntu", version: "14.04", architecture: "64-bit")
                    : .init(name: "CentOS", version: "7", architecture: "64-bit"),
                kernel: ubuntu ? "3.13.0-32-generic" : "3.10.0-123.el7.x86_64",
                flavor: "nova", region: region, machineID: StableUUID.make(from: "machine:\(number)"),
                addresses: [
                    .init(version: 4, addr: "10.\(number / 65_536 % 256).\(number / 256 % 256).\(number % 256)")
                ]),
            vault: SeedVault(
                id: StableUUID.make(from: "vault:\(number)"), encrypted: index % 4 == 0, useInternal: true),
            logLevel: "info", registeredTime: "2015-03-01T00:00:00.000000Z", online: index % 10 != 9)
    }
}
