import Foundation

/// The agent installed on this machine, from the bootstrap file the Cloud Backup agent writes when
/// it registers (`/etc/driveclient/bootstrap.json`, its `AgentId`); `BSH_AGENT_BOOTSTRAP` names
/// another file.
enum AgentBootstrap {
    static let defaultPath = "/etc/driveclient/bootstrap.json"

    static func path(environment: [String: String]) -> String {
        environment["BSH_AGENT_BOOTSTRAP"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultPath
    }

    /// The agent ID the file at `path` holds; a failure that says what is wrong with the file.
    static func agentID(path: String) throws(ShellError) -> String {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ShellError.failure(
                "no Cloud Backup agent is registered on this machine: \(path) does not exist",
                hint: "the agent writes it when it registers; 'agents' lists the project's agents")
        }
        let text: String
        switch SourceReader.read(path: path) {
        case .success(let read): text = read
        case .failure(let failure):
            let denied = failure.reason.localizedCaseInsensitiveContains("permission")
            throw ShellError.failure(
                "cannot read \(path): \(failure.reason)", hint: denied ? "the agent's file is often readable by root only" : nil)
        }
        guard let file = try? JSONDecoder().decode(File.self, from: Data(text.utf8)) else {
            throw ShellError.failure("\(path) is not the agent's bootstrap file: it is not a JSON object with an AgentId")
        }
        guard let id = file.agentID, !id.isEmpty else { throw ShellError.failure("\(path) holds no AgentId") }
        return id
    }

    /// The part of the file bsh reads: `AgentId`, a number or a string.
    private struct File: Decodable {
        let agentID: String?

        enum CodingKeys: String, CodingKey {
            case agentID = "AgentId"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            if let number = try? container.decodeIfPresent(Int.self, forKey: .agentID) {
                agentID = String(number)
            } else {
                agentID = try container.decodeIfPresent(String.self, forKey: .agentID)
            }
        }
    }
}
