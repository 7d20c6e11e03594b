import CloudBackupAPI

/// A `registerAgent` body read and checked against its documented required fields: what the new
/// agent's document and host are made from.
struct AgentRegistrationInput: Sendable {
    var name: String
    var version: String
    var host: AgentHost
    var fingerprint: String
    var rsaPublicKey: RSAPublicKey
    var useInternal: Bool

    static let flavors = ["nova", "rackspace_dedicated", "rackspace_private_cloud"]

    static func parse(_ body: JSONValue) throws -> AgentRegistrationInput {
        var errors: [String] = []
        let name = body["name"]?.stringValue ?? ""
        if name.isEmpty { errors.append("Name is required.") }
        let version = body["version"]?.stringValue ?? ""
        if version.isEmpty { errors.append("Version is required.") }
        let host = body["host"] ?? .null
        let flavor = host["flavor"]?.stringValue ?? ""
        if !flavors.contains(flavor) { errors.append("host.flavor must be one of \(flavors.joined(separator: ", ")).") }
        let region = host["region"]?.stringValue
        if region == nil, flavor != "nova" { errors.append("host.region is required for \(flavor).") }
        let machineID = host["machine"]?["id"]?.stringValue ?? ""
        if machineID.isEmpty { errors.append("host.machine.id is required.") }
        let os = host["os"] ?? .null
        let osName = os["name"]?.stringValue
        let osVersion = os["version"]?.stringValue
        let architecture = os["architecture"]?.stringValue
        if osName == nil || osVersion == nil || architecture == nil {
            errors.append("host.os needs name, version and architecture.")
        }
        let fingerprint = host["fingerprint"]?.stringValue ?? ""
        if fingerprint.isEmpty { errors.append("host.fingerprint is required.") }
        var addresses: [AgentHost.Address] = []
        if let items = host["addresses"]?.asArray {
            for item in items {
                guard let version = item["version"]?.asInt, [4, 6].contains(version),
                    let addr = item["addr"]?.stringValue
                else {
                    errors.append("host.addresses items need version (4 or 6) and addr.")
                    continue
                }
                addresses.append(.init(version: version, addr: addr))
            }
        } else {
            errors.append("host.addresses is required.")
        }
        let key = body["rsa_public_key"] ?? .null
        let modulus = key["modulus"]?.stringValue ?? ""
        let exponent: NumberOrString? =
            key["exponent"]?.asInt.map { .number($0) } ?? key["exponent"]?.stringValue.map { .string($0) }
        if modulus.isEmpty || exponent == nil { errors.append("RSA public key is required.") }
        guard errors.isEmpty else { throw ServiceError.validation("Validation failed.", errors: errors) }
        let useInternal = body["vault"]?["use_internal"]?.asBool ?? (flavor != "rackspace_dedicated")
        return AgentRegistrationInput(
            name: name, version: version,
            host: AgentHost(
                flavor: flavor, region: region, machine: .init(id: machineID),
                os: .init(name: osName!, version: osVersion!, architecture: architecture!), addresses: addresses),
            fingerprint: fingerprint, rsaPublicKey: RSAPublicKey(modulus: modulus, exponent: exponent!),
            useInternal: useInternal)
    }
}
