import CloudBackupAPI
import CloudBackupEmulator
import CompressNIO
import Foundation
import NIOCore
import Testing

@testable import CloudBackupEmulator

@Suite("Log files (request, list, get, update, delete) and their downloads")
struct LogFileTests {
    private func request(_ session: EmulatorSession, _ agentID: String) async throws -> (LogFile, location: String) {
        let response = try await session.call("POST", "/agents/\(agentID)/logfiles")
        #expect(response.status == 202)
        return (try response.decode(LogFile.self), try #require(response.header("Location")))
    }

    private func completed(_ session: EmulatorSession, _ location: String) async throws -> LogFile {
        try await eventually(timeout: .seconds(20), "a completed upload") {
            let file = try await session.fetch(location).decode(LogFile.self)
            return file.state == "completed" ? file : nil
        }
    }

    private func patch(
        _ session: EmulatorSession, _ path: String, _ body: String, contentType: String = "application/json-patch+json"
    ) async throws -> TestResponse {
        try await session.call("PATCH", path, body: body, headers: [("Content-Type", contentType)])
    }

    @Test func anUploadGoesFromRequestedToStartedToCompleted() async throws {
        try await EmulatorSession.with(timeScale: 0.25) { session in
            try await session.activate("real_time")
            let (created, location) = try await request(session, Seeded.web01)
            #expect(location == session.endpoint + "/agents/\(Seeded.web01)/logfiles/\(created.id)")
            #expect(created.state == "requested")
            #expect(created.links == [Link(href: location, rel: "self")])
            #expect(
                created.date.range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$"#, options: .regularExpression) != nil
            )

            var states = [created.state]
            let done = try await eventually(timeout: .seconds(20), interval: .milliseconds(10), "completion") {
                let file = try await session.fetch(location).decode(LogFile.self)
                if states.last != file.state { states.append(file.state) }
                return file.state == "completed" ? file : nil
            }
            #expect(states == ["requested", "started", "completed"])
            #expect(done.date == created.date)

            let object =
                session.emulator.baseURL + "/v1/MossoCloudFS_f14d894e-28cd-4f31-8b08-449ec0876346/CloudBackupLogs/v2/"
                + Seeded.web01 + "/" + created.date.replacingOccurrences(of: ":", with: "-") + ".gz"
            #expect(done.objectURL == object)
            let temporary = try #require(done.temporaryURL)
            #expect(
                temporary.range(
                    of: #"^\Q\#(object)\E\?temp_url_sig=[0-9a-f]{40}&temp_url_expires=\d+$"#,
                    options: .regularExpression) != nil)

            let events = await session.emulator.recordedEventNames().filter { $0.hasPrefix("logfile") }
            #expect(events == ["logfile_upload", "logfile_started", "logfile_completed"])
        }
    }

    @Test func theUploadedLogDownloadsWithATemporaryURLOrAToken() async throws {
        try await EmulatorSession.with { session in
            let (_, location) = try await request(session, Seeded.db01)
            let file = try await completed(session, location)
            let temporary = try #require(file.temporaryURL)
            let object = try #require(file.objectURL)

            let download = try await EmulatorSession.send("GET", temporary)
            #expect(download.status == 200)
            #expect(download.header("Content-Type") == "application/gzip")
            #expect(download.header("ETag") == MD5.hex(download.body))
            var gzipped = ByteBuffer(bytes: download.body)
            let text = String(buffer: try gzipped.decompress(with: .gzip()))
            #expect(text.contains(Seeded.db01))
            #expect(text.contains("Rackspace Cloud Backup agent"))
            #expect(text.split(separator: "\n").count > 10)

            let withToken = try await session.fetch(object)
            #expect(withToken.status == 200)
            #expect(withToken.body == download.body)

            #expect(try await EmulatorSession.send("GET", object).status == 401)
            let forged = temporary.replacingOccurrences(of: "temp_url_sig=", with: "temp_url_sig=0")
            #expect(try await EmulatorSession.send("GET", forged).status == 401)
        }
    }

    @Test(arguments: [
        #"[{"op": "add", "path": "/state", "value": "started"}]"#,
        #"[{"op": "replace", "path": "/status", "value": "started"}]"#,
        #"[{"op": "replace", "path": "/state", "value": "requested"}]"#,
        #"[{"op": "replace", "path": "/state", "value": "uploaded"}]"#,
        #"[{"op": "replace", "path": "/state", "value": 5}]"#,
        #"[{"op": "replace", "path": "/state"}]"#,
        #"{"op": "replace", "path": "/state", "value": "started"}"#,
        "[]",
        "[{",
    ])
    func aPatchThatIsNotAStateReplacementIs400(body: String) async throws {
        try await EmulatorSession.with { session in
            let (file, _) = try await request(session, Seeded.db02)
            let response = try await patch(session, "/agents/\(Seeded.db02)/logfiles/\(file.id)", body)
            #expect(response.status == 400)
            #expect(response.message?.isEmpty == false)
            #expect((response.json["errors"] as? [String])?.isEmpty == false)
        }
    }

    @Test func theAgentReportsItsOwnProgress() async throws {
        try await EmulatorSession.with { session in
            // db02 is offline: only the reports move its log file on.
            let (file, location) = try await request(session, Seeded.db02)
            let path = "/agents/\(Seeded.db02)/logfiles/\(file.id)"
            let started = #"[{"op": "replace", "path": "/state", "value": "started"}]"#
            #expect(try await patch(session, path, started, contentType: "text/plain").status == 400)

            let first = try await patch(session, path, started)
            #expect(first.status == 204)
            #expect(first.body.isEmpty)
            try await Task.sleep(for: .milliseconds(300))
            #expect(try await session.fetch(location).decode(LogFile.self).state == "started")

            let completed = #"[{"op": "replace", "path": "/state", "value": "completed"}]"#
            #expect(try await patch(session, path, completed, contentType: "application/json").status == 204)
            let done = try await session.fetch(location).decode(LogFile.self)
            #expect(done.state == "completed")
            #expect(done.temporaryURL != nil)

            let unknown = try await patch(session, "/agents/\(Seeded.db02)/logfiles/nope", completed)
            #expect(unknown.status == 404)
            #expect(unknown.message == "Log file not found.")
        }
    }

    @Test func aDeletedLogFileIsGone() async throws {
        try await EmulatorSession.with { session in
            let (file, location) = try await request(session, Seeded.web02)
            let listed = try await session.call("GET", "/agents/\(Seeded.web02)/logfiles")
            #expect(try listed.decode(LogFileList.self).logfiles.map(\.id) == [file.id])

            let deleted = try await session.call("DELETE", "/agents/\(Seeded.web02)/logfiles/\(file.id)")
            #expect(deleted.status == 204)
            #expect(deleted.body.isEmpty)
            let gone = try await session.fetch(location)
            #expect(gone.status == 404)
            #expect(gone.message == "Log file not found.")
            let again = try await session.call("DELETE", "/agents/\(Seeded.web02)/logfiles/\(file.id)")
            #expect(again.status == 404)
            #expect(again.message == "Log file not found.")
            #expect(try await session.call("GET", "/agents/\(Seeded.web02)/logfiles").text == #"{"logfiles":[]}"#)
        }
    }

    @Test func logFilesOfAnUnknownAgentAre404() async throws {
        try await EmulatorSession.with { session in
            let response = try await session.call("POST", "/agents/00000000-0000-4000-8000-000000000000/logfiles")
            #expect(response.status == 404)
            #expect(response.message == "Agent not found.")
        }
    }
}
