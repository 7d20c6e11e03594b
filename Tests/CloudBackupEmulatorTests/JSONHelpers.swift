import Foundation

/// Reading generic JSON in tests.
extension TestResponse {
    /// The objects of the top-level array `key`.
    func items(_ key: String) -> [[String: Any]] {
        json[key] as? [[String: Any]] ?? []
    }

    /// The `href` of the top-level link with `rel`.
    func link(_ rel: String) -> String? {
        items("links").first { $0["rel"] as? String == rel }?["href"] as? String
    }

    /// The last path segment of `Location`.
    var locationID: String? {
        header("Location")?.split(separator: "/").last.map(String.init)
    }

    /// The top-level array, when the body is one.
    var array: [[String: Any]] {
        (try? JSONSerialization.jsonObject(with: Data(body))) as? [[String: Any]] ?? []
    }
}

extension EmulatorSession {
    /// A JSON Patch request.
    func patch(_ path: String, _ body: String) async throws -> TestResponse {
        try await call("PATCH", path, body: body, headers: [("Content-Type", "application/json-patch+json")])
    }

    /// Waits until GET `path` answers 200 with `key` equal to `value`, and returns that answer.
    func waitFor(_ path: String, _ key: String, in values: Set<String>, timeout: Duration = .seconds(15)) async throws
        -> TestResponse
    {
        try await eventually(timeout: timeout, interval: .milliseconds(20), "\(path) \(key) in \(values)") {
            let response = try await call("GET", path)
            guard response.status == 200, let value = response.json[key] as? String, values.contains(value) else {
                return nil
            }
            return response
        }
    }

    /// `createConfiguration` with the given rules for `agentID`; returns the new configuration's ID.
    func createConfiguration(
        agentID: String, inclusions: String = #"[{"type":"folder","path":"/etc/"}]"#, exclusions: String = "[]",
        schedule: String = "null"
    ) async throws -> String {
        let body = """
            {"agent_id":"\(agentID)","name":"Test","enabled":true,"schedule":\(schedule),"retention":{"days":30},
             "inclusions":\(inclusions),"exclusions":\(exclusions),
             "notifications":[{"type":"email","destination":"ops@example.com","on_success":false,"on_failure":true}]}
            """
        let response = try await call("POST", "/configurations", body: body)
        guard response.status == 201, let id = response.json["id"] as? String else {
            throw TestFailure("createConfiguration answered \(response.status): \(response.text)")
        }
        return id
    }

    /// `startBackup` by a user, then waits for `completed`; returns the backup's document.
    func runBackup(configurationID: String) async throws -> TestResponse {
        let started = try await call(
            "POST", "/backups", body: #"{"configuration_id":"\#(configurationID)","state":"start_requested"}"#)
        guard started.status == 201, let id = started.locationID else {
            throw TestFailure("startBackup answered \(started.status)")
        }
        return try await waitFor("/backups/" + id, "state", in: ["completed", "completed_with_errors"])
    }
}
