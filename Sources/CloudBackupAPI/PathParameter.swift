/// A named parameter of an operation's path template, such as `{agent_id}` in
/// `/agents/{agent_id}/logfiles`. The names are the reference's; a template naming any other does
/// not parse.
public enum PathParameter: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case agentID = "agent_id"
    case backupID = "backup_id"
    case cleanupID = "cleanup_id"
    case configurationID = "configuration_id"
    case dependentSystem = "dependent_system"
    case logFileID = "logfile_id"
    case requestID = "request_id"
    case restoreID = "restore_id"

    /// The name as the template spells it, e.g. `agent_id`.
    public var description: String { rawValue }
}

/// The values of an operation's path parameters, by name, not percent-encoded.
public typealias PathArguments = [PathParameter: String]
