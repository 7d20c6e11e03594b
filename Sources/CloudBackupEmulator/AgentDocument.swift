import CloudBackupAPI

extension SimulatedAgent {
    /// The agent as `listAgents` and `getAgent` return it: absolute links on the emulator's own host.
    func document(urls: ServiceURLs) -> Agent {
        Self.document(of: agent, urls: urls)
    }

    /// The document of an agent whose stored fields are `agent`.
    static func document(of agent: Agent, urls: ServiceURLs) -> Agent {
        var document = agent
        document.host?.machine?.links = [
            Link(href: urls.compute + "/servers/" + (agent.host?.machine?.id ?? ""), rel: "full")
        ]
        if let vaultName = agent.vault?.name {
            document.vault?.links = [
                Link(href: urls.objectStore + "/" + vaultName, rel: "publicURL"),
                Link(href: urls.objectStore + "/" + vaultName, rel: "internalURL"),
            ]
        }
        let own = urls.agent(agent.id)
        document.links =
            [Link(href: own, rel: "self")]
            + ["activities", "configuration", "configurations", "events", "logfiles", "status"].map {
                Link(href: own + "/" + $0, rel: $0)
            }
        return document
    }
}

/// What an agent's document is made from: the cache of encoded documents (`EncodedDocuments`)
/// encodes it again when either changes.
struct AgentDocumentSource: Equatable, Sendable {
    let agent: Agent
    let urls: ServiceURLs
}
