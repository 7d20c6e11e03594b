import CloudBackupAPI
import Foundation

/// A log file an agent was asked to upload (`requestLogFile`), and where its upload stands.
struct LogFileRecord: Sendable {
    typealias Instant = ContinuousClock.Instant

    let id: String
    let agentID: String
    let createdAt: Instant
    /// The request time as the service shows it, e.g. `2014-09-23T12:22:40.606703Z`.
    let date: String
    var state: LogFile.State = .requested
    var pickedUpAt: Instant?
    /// True once the agent reported a state itself (`updateLogFile`); the service then stops moving it on.
    var reportedByAgent = false
    /// The temporary URL's signature and expiry (Unix seconds), issued when the upload completes.
    var tempURLSignature: String?
    var tempURLExpires: Int?

    init(id: String, agentID: String, createdAt: Instant, date: String) {
        self.id = id
        self.agentID = agentID
        self.createdAt = createdAt
        self.date = date
    }

    /// The Cloud Files container that receives agents' logs.
    static let container = "CloudBackupLogs"

    /// The object name in the `CloudBackupLogs` container: `v2/{agent_id}/{date, ':' as '-'}.gz`.
    var objectName: String {
        "v2/\(agentID)/\(date.replacingOccurrences(of: ":", with: "-")).gz"
    }

    /// The object's URL in the project's Cloud Files account.
    func objectURL(in urls: ServiceURLs) -> String {
        urls.objectStore + "/" + Self.container + "/" + objectName
    }
}
