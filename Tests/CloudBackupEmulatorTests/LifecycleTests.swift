import CloudBackupAPI
import CloudBackupEmulator
import Foundation
import Testing

@Suite("Configure, back up, browse, restore, clean up")
struct LifecycleTests {
    @Test func aBackupRunsThroughItsStatesAndRecordsItsEvents() async throws {
        // Slow enough that `in_progress` lasts a few polls of the test.
        try await EmulatorSession.with(timeScale: 0.05) { session in
            let configurationID = try await session.createConfiguration(
                agentID: Seeded.web01, inclusions: #"[{"type":"folder","path":"/etc/"}]"#,
                exclusions: #"[{"type":"folder","path":"/etc/nginx/"}]"#)
            let started = try await session.call(
                "POST", "/backups", body: #"{"configuration_id":"\#(configurationID)","state":"start_requested"}"#)
            #expect(started.status == 201)
            #expect(started.json["state"] as? String == "start_requested")
            #expect(started.json["snapshot_id"] is NSNull)
            #expect(started.json["restorable"] as? Bool == false)
            let id = try #require(started.locationID)
            #expect(started.header("Location") == session.endpoint + "/backups/" + id)

            let running = try await session.waitFor("/backups/" + id, "state", in: ["in_progress"])
            #expect(running.json["started_time"] is String)
            let done = try await session.waitFor("/backups/" + id, "state", in: ["completed"])
            #expect(done.json["snapshot_id"] is Int)
            #expect(done.json["restorable"] as? Bool == true)
            #expect((done.json["files_backed_up"] as? Int ?? 0) > 0)
            #expect((done.json["bytes_backed_up"] as? Int ?? 0) == done.json["bytes_searched"] as? Int)

            let events = try await session.call("GET", "/backups/\(id)/events")
            let names = events.items("events").compactMap { $0["event"] as? String }
            #expect(
                Array(names.prefix(4)) == [
                    "backup_start_request", "backup_queued", "backup_preparing", "backup_in_progress",
                ])
            #expect(names.contains("backup_progress"))
            #expect(names.last == "backup_completed")
            let progress = try #require(events.items("events").first { $0["event"] as? String == "backup_progress" })
            #expect(progress["total_bytes"] is Int)

            let configuration = try await session.call("GET", "/configurations/" + configurationID)
            let last = (configuration.json["backups"] as? [String: Any])?["last_completed"] as? [String: Any]
            #expect(last?["id"] as? String == id)

            let finished = try await session.patch(
                "/backups/" + id, #"[{"op":"replace","path":"/state","value":"stop_requested"}]"#)
            #expect(finished.status == 409)
            #expect(
                finished.message
                    == "Modifying a backup that is already in a state of ['completed', 'completed_with_errors', 'failed', 'stopped', 'skipped', 'missed'] is not allowed."
            )
        }
    }

    @Test func browsingABackupShowsOnlyWhatItHolds() async throws {
        try await EmulatorSession.with { session in
            let configurationID = try await session.createConfiguration(
                agentID: Seeded.web01, inclusions: #"[{"type":"folder","path":"/etc/"}]"#,
                exclusions: #"[{"type":"folder","path":"/etc/nginx/"}]"#)
            let backup = try await session.runBackup(configurationID: configurationID)
            let backupID = try #require(backup.json["id"] as? String)
            let requested = try await session.call(
                "POST", "/backups/\(backupID)/browse-requests",
                body: #"{"agent_id":"\#(Seeded.web01)","encrypted_password_hex":null,"path":"/"}"#)
            #expect(requested.status == 202)
            let location = try #require(requested.header("Location"))
            #expect(location.hasPrefix(session.endpoint + "/backups/\(backupID)/browse-requests/"))
            let root = try await eventually("backup browse result") {
                let response = try await session.fetch(location)
                return response.status == 200 ? response : nil
            }
            #expect(root.json["event"] as? String == "backup_browsed")
            #expect(root.items("items").compactMap { $0["name"] as? String } == ["etc"])

            let etc = try await session.call(
                "POST", "/backups/\(backupID)/browse-requests", body: #"{"agent_id":"\#(Seeded.web01)","path":"/etc"}"#)
            let listing = try await eventually("listing of /etc") {
                let response = try await session.fetch(etc.header("Location") ?? "")
                return response.status == 200 ? response : nil
            }
            let names = listing.items("items").compactMap { $0["name"] as? String }
            #expect(!names.isEmpty)
            #expect(!names.contains("nginx"))

            // An offline agent never answers: the result stays 404.
            let offline = try await session.call(
                "POST", "/backups/\(backupID)/browse-requests", body: #"{"agent_id":"\#(Seeded.db02)","path":"/"}"#)
            #expect(offline.status == 202)
            #expect(try await session.fetch(offline.header("Location") ?? "").status == 404)
        }
    }

    @Test func aRestoreOfAMissingPathCompletesWithErrors() async throws {
        try await EmulatorSession.with { session in
            let configurationID = try await session.createConfiguration(agentID: Seeded.web01)
            let backupID = try #require(
                try await session.runBackup(configurationID: configurationID).json["id"] as? String)
            let body = """
                {"backup_id":"\(backupID)","destination_agent_id":"\(Seeded.web02)","destination_path":"/tmp/restore",
                 "overwrite_files":false,"encrypted_password_hex":null,
                 "inclusions":[{"type":"folder","path":"/etc/"},{"type":"file","path":"/etc/not-there.conf"}],"exclusions":[]}
                """
            let started = try await session.call("POST", "/restores", body: body)
            #expect(started.status == 201)
            #expect(started.json["state"] as? String == "start_requested")
            #expect((started.json["inclusions"] as? [Any])?.count == 2)
            let id = try #require(started.locationID)
            let done = try await session.waitFor(
                "/restores/" + id, "state", in: ["completed", "completed_with_errors"])
            #expect(done.json["state"] as? String == "completed_with_errors")
            #expect((done.json["files_restored"] as? Int ?? 0) > 0)
            let errors = try await session.call("GET", "/restores/\(id)/errors")
            #expect(errors.json["count"] as? Int == 1)
            #expect(errors.items("list").first?["path"] as? String == "/etc/not-there.conf")
            #expect(errors.items("list").first?["description"] is String)

            let list = try await session.call("GET", "/restores")
            let item = try #require(list.items("restores").first)
            #expect(item["inclusions"] == nil)
            let events = try await session.call("GET", "/restores/\(id)/events")
            let names = events.items("events").compactMap { $0["event"] as? String }
            #expect(names.first == "restore_start_request")
            #expect(names.contains("restore_in_progress"))

            // The restored files are on the destination host now.
            let browse = try await session.call(
                "POST", "/agents/\(Seeded.web02)/browse-requests", body: #"{"path":"/tmp/restore/etc"}"#)
            let listing = try await eventually("browse of the restored files") {
                let response = try await session.fetch(browse.header("Location") ?? "")
                return response.status == 200 ? response : nil
            }
            #expect(listing.json["succeeded"] as? Bool == true)
            #expect(!listing.items("items").isEmpty)

            let conflict = try await session.patch(
                "/restores/" + id, #"[{"op":"replace","path":"/state","value":"stop_requested"}]"#)
            #expect(conflict.status == 409)
            #expect(
                conflict.message
                    == "Modifying a restore that is already in a state of ['completed', 'completed_with_errors', 'failed', 'stopped'] is not allowed."
            )
        }
    }

    @Test func aCleanupRunsAndAStoppedBackupEndsStopped() async throws {
        try await EmulatorSession.with { session in
            let cleanup = try await session.call(
                "POST", "/cleanups", body: #"{"agent_id":"\#(Seeded.db01)","state":"start_requested"}"#)
            #expect(cleanup.status == 201)
            #expect(cleanup.json["snapshot_ids"] as? [Int] == [])
            let cleanupID = try #require(cleanup.locationID)
            _ = try await session.waitFor("/cleanups/" + cleanupID, "state", in: ["completed"])
            let events = try await session.call("GET", "/cleanups/\(cleanupID)/events")
            #expect(
                events.items("events").compactMap { $0["event"] as? String } == [
                    "cleanup_start_request", "cleanup_queued", "cleanup_in_progress", "cleanup_completed",
                ])
            #expect(try await session.call("GET", "/cleanups/\(cleanupID)/errors").json["count"] as? Int == 0)

            let configurationID = try await session.createConfiguration(agentID: Seeded.db02)
            let started = try await session.call(
                "POST", "/backups", body: #"{"configuration_id":"\#(configurationID)","state":"start_requested"}"#)
            let id = try #require(started.locationID)
            // db02 is offline: the backup waits, and a stop request is recorded at once.
            let stop = try await session.patch(
                "/backups/" + id, #"[{"op":"replace","path":"/state","value":"stop_requested"}]"#)
            #expect(stop.status == 204)
            #expect(try await session.call("GET", "/backups/" + id).json["state"] as? String == "stop_requested")
            #expect(
                try await session.call("POST", "/agents/\(Seeded.db02)/events", body: #"{"event":"startup"}"#).status
                    == 202)
            _ = try await session.waitFor("/backups/" + id, "state", in: ["stopped"])
        }
    }

    @Test func anAgentReportTakesTheJobOverFromTheSimulation() async throws {
        try await EmulatorSession.with { session in
            let configurationID = try await session.createConfiguration(agentID: Seeded.db02)
            let started = try await session.call(
                "POST", "/backups", body: #"{"configuration_id":"\#(configurationID)","state":"start_requested"}"#)
            let id = try #require(started.locationID)
            let report = """
                [{"op":"replace","path":"/state","value":"completed_with_errors"},
                 {"op":"add","path":"/started_time","value":"2014-08-05T18:22:22.238641Z"},
                 {"op":"add","path":"/snapshot_id","value":1111},
                 {"op":"add","path":"/errors","value":{"count":1,"reason":"unable_to_process_some_files",
                   "diagnostics":"Some files could not be backed up.","list":[{"index":0,"path":"/etc/x",
                   "type":"file_or_folder_missing","exception":{"code":3015,"description":"d","details":"x"}}]}},
                 {"op":"add","path":"/files_searched","value":1222}]
                """
            #expect(try await session.patch("/backups/" + id, report).status == 204)
            let backup = try await session.call("GET", "/backups/" + id)
            #expect(backup.json["state"] as? String == "completed_with_errors")
            #expect(backup.json["snapshot_id"] as? Int == 1111)
            #expect(backup.json["files_searched"] as? Int == 1222)
            #expect(backup.json["restorable"] as? Bool == true)
            let errors = try await session.call("GET", "/backups/\(id)/errors")
            #expect(
                errors.items("list").first?["description"] as? String
                    == "The item was found during the search but was missing when we tried to back it up.")
            #expect(
                try await session.patch("/backups/" + id, #"[{"op":"replace","path":"/bogus","value":1}]"#).status
                    == 409)
        }
    }

    @Test func aScheduledStartNeedsTheAgentHeader() async throws {
        try await EmulatorSession.with { session in
            let configurationID = try await session.createConfiguration(agentID: Seeded.web01)
            let body = #"{"configuration_id":"\#(configurationID)","state":"start_scheduled"}"#
            #expect(try await session.call("POST", "/backups", body: body).status == 400)
            let scheduled = try await session.call(
                "POST", "/backups", body: body, headers: [("X-Agent-Id", Seeded.web01)])
            #expect(scheduled.status == 201)
            #expect(scheduled.json["state"] as? String == "start_scheduled")
            #expect(
                try await session.call(
                    "POST", "/backups", body: #"{"configuration_id":"nope","state":"start_requested"}"#
                ).status == 400)
            #expect(try await session.call("GET", "/backups/nope").status == 404)
        }
    }
}
