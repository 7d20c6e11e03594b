import CloudBackupClient

/// Turns client errors into shell errors with a hint of what to do next.
enum ErrorAdvice {
    static func shellError(for error: APIError) -> ShellError {
        let hint: String? =
            switch error.kind {
            case .authentication:
                "check the credentials (RAX_USERNAME and RAX_API_KEY, or --username and --api-key)"
            case .connection:
                "check the network, and that the endpoint or identity URL is right"
            case .transport where error.check != nil:
                "the service may have done it: look with '\(listCommand(error.operation))' before trying again"
            case .transport:
                "check the network and the endpoint; the request was retried where that was safe"
            case .configuration:
                "pick a region the account has (--region or RAX_REGION)"
            case .decoding:
                nil
            case .http:
                switch error.status {
                case 404: "the ID may be wrong, or the resource was deleted"
                case 403: "the account's role may not allow this (cloudbackup:admin or creator is needed to change things)"
                case 429, 503: "the service is busy; try again in a moment"
                default: nil
                }
            }
        return ShellError(.failure, error.description, hint: hint)
    }

    /// The command that lists what a create operation makes, for an answer that was lost.
    private static func listCommand(_ operation: String) -> String {
        if operation.contains("/logfiles") { return "logs" }
        if operation.contains("/configurations") { return "configs" }
        if operation.contains("/restores") { return "restores" }
        if operation.contains("/cleanups") { return "cleanups" }
        if operation.contains("/backups") { return "backups" }
        return "activities"
    }
}
