import HTTPTypes

extension HTTPField.Name {
    static let xAuthToken = Self("X-Auth-Token")!
    static let xAgentID = Self("X-Agent-Id")!
    static let xEmulatorFault = Self(FaultHeader.name)!
}
