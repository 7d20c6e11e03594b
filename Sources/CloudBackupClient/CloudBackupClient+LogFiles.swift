import CloudBackupAPI

extension CloudBackupClient {
    /// Asks an agent to upload its logs (`requestLogFile`). The answer carries the new log file in state `requested`.
    public func requestLogFile(agentID: String) async throws -> LogFile {
        try await creating(logFileRecovery(agentID: agentID)) {
            let response = try await send(.requestLogFile, [.agentID: agentID])
            let operation = APIOperation.requestLogFile.label([.agentID: agentID])
            if !response.body.isEmpty,
                let logFile = try? JSONCoding.decode(LogFile.self, from: response.body, operation: operation)
            {
                return logFile
            }
            guard let id = response.locationID else {
                throw APIError(
                    kind: .decoding, operation: operation, status: response.status, message: "the answer names no log file")
            }
            return try await logFile(agentID: agentID, id: id)
        }
    }

    /// The agent's log files (`listLogFiles`), every page (documented unpaged).
    public func listLogFiles(agentID: String) async throws -> [LogFile] {
        try await paginated(LogFile.self, .listLogFiles, [.agentID: agentID]).collect()
    }

    /// One log file (`getLogFile`).
    public func logFile(agentID: String, id: String) async throws -> LogFile {
        try await decoded(LogFile.self, .getLogFile, [.agentID: agentID, .logFileID: id])
    }

    /// Deletes a log file (`deleteLogFile`).
    public func deleteLogFile(agentID: String, id: String) async throws {
        _ = try await send(.deleteLogFile, [.agentID: agentID, .logFileID: id])
    }

    /// Downloads a completed log file and gunzips it. The temporary URL needs no token and lives on
    /// another host, so no token is sent there; the object URL gets the token only on the endpoint's host.
    public func downloadLog(_ logFile: LogFile) async throws -> [UInt8] {
        let operation = "download log \(logFile.id)"
        let session = try await session()
        let request: TransportRequest
        if let temporary = logFile.temporaryURL {
            request = TransportRequest(method: "GET", url: temporary, headers: [("User-Agent", configuration.userAgent)])
        } else if let object = logFile.objectURL, Self.sameOrigin(object, session.endpoint) {
            request = TransportRequest(
                method: "GET", url: object,
                headers: [("User-Agent", configuration.userAgent), ("X-Auth-Token", session.token.revealed)])
        } else {
            throw APIError(kind: .http, operation: operation, message: "log file \(logFile.id) is \(logFile.state), not completed: nothing to download yet")
        }
        // A body that does not match its length or ETag is fetched once more, then refused.
        var damagedBefore = false
        while true {
            let response = try await transport.send(request, timeout: configuration.requestTimeout)
            guard response.status == 200 else {
                throw APIError(
                    kind: .http, operation: operation, status: response.status,
                    message: ServiceMessage.extract(from: response.body) ?? HTTPStatus.reason(response.status))
            }
            guard let mismatch = DownloadIntegrity.mismatch(in: response) else {
                return try Gzip.decompressIfNeeded(response.body, operation: operation)
            }
            if damagedBefore {
                throw APIError(kind: .transport, operation: operation, message: "log file \(logFile.id) arrived damaged twice: \(mismatch)")
            }
            damagedBefore = true
        }
    }

    static func sameOrigin(_ a: String, _ b: String) -> Bool {
        func origin(_ url: String) -> Substring {
            guard let scheme = url.range(of: "://") else { return "" }
            let rest = url[scheme.upperBound...]
            return url[..<scheme.upperBound] + rest.prefix { $0 != "/" }
        }
        return origin(a).lowercased() == origin(b).lowercased()
    }
}

extension CloudBackupClient {
    /// The agent reports the upload state of a log file (`updateLogFile`): `started`, then `completed`.
    public func updateLogFile(agentID: String, id: String, state: LogFile.State) async throws {
        try await patch(
            .updateLogFile, [.agentID: agentID, .logFileID: id], operations: [PatchOperation(op: "replace", path: "/state", value: .string(state.rawValue))],
            agentID: agentID)
    }
}
