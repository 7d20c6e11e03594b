import CloudBackupAPI
import CloudBackupEmulator
import Foundation
import Testing

@Suite("Browse requests for an agent's files (createAgentBrowseRequest, getAgentBrowseRequest)")
struct BrowseTests {
    /// Files a browse request and returns the `Location` it got.
    private func browse(_ session: EmulatorSession, _ agentID: String, _ body: String) async throws -> String {
        let response = try await session.call("POST", "/agents/\(agentID)/browse-requests", body: body)
        #expect(response.status == 202)
        #expect(response.body.isEmpty)
        return try #require(response.header("Location"))
    }

    private func result(_ session: EmulatorSession, _ location: String) async throws -> BrowseResult {
        try await eventually("a browse result") {
            let response = try await session.fetch(location)
            return response.status == 200 ? try response.decode(BrowseResult.self) : nil
        }
    }

    @Test func theResultIs404UntilTheAgentAnswersThen200() async throws {
        // At the service's own pace the first idle poll of web01 is seconds away.
        try await EmulatorSession.with(timeScale: 1.0) { session in
            let location = try await browse(session, Seeded.web01, #"{"path": "/"}"#)
            let prefix = session.emulator.endpointURL + "/agents/\(Seeded.web01)/browse-requests/"
            #expect(location.hasPrefix(prefix))
            let requestID = String(location.dropFirst(prefix.count))
            #expect(UUID(uuidString: requestID) != nil)

            let early = try await session.fetch(location)
            #expect(early.status == 404)
            #expect(early.message == "Browse request results not found.")
            try await Task.sleep(for: .milliseconds(200))
            #expect(try await session.fetch(location).status == 404)

            // A faster mode set after the request brings its pickup forward.
            try await session.activate("real_time")
            let result = try await result(session, location)
            #expect(Int(result.id) != nil)
            #expect(result.event == "host_browsed")
            #expect(result.agent?.id == Seeded.web01)
            #expect(result.requestID == requestID)
            #expect(result.succeeded)
            #expect(result.path == "/")
            #expect(result.pathEncoded == nil)
            #expect(
                result.time?.range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$"#, options: .regularExpression) != nil
            )
        }
    }

    @Test func theResultDisappearsAfterAboutAMinute() async throws {
        try await EmulatorSession.with(timeScale: 0.05) { session in
            try await session.activate("real_time")
            let location = try await browse(session, Seeded.web02, #"{"path": "/etc"}"#)
            _ = try await result(session, location)
            let shown = ContinuousClock.now
            let gone = try await eventually(timeout: .seconds(20), interval: .milliseconds(20), "the result to expire")
            {
                let response = try await session.fetch(location)
                return response.status == 404 ? response : nil
            }
            #expect(gone.message == "Browse request results not found.")
            // 60 s × 0.05 = 3 s, but a result lives at least 5 s; allow for the time it took to see it on a loaded machine.
            #expect(ContinuousClock.now - shown > .seconds(2))
        }
    }

    @Test func rootAndEtcLookLikeALinuxServer() async throws {
        try await EmulatorSession.with { session in
            try await session.activate("real_time")
            let root = try await result(session, try await browse(session, Seeded.web01, #"{"path": "/"}"#))
            let byName = Dictionary(uniqueKeysWithValues: root.items.map { ($0.name, $0) })
            for name in ["etc", "home", "var", "root", "usr", "opt"] {
                #expect(byName[name]?.mimeType == MimeType.directory, "\(name)")
            }
            for name in ["vmlinuz", "initrd.img"] {
                #expect(byName[name]?.mimeType == MimeType.symlink)
                #expect(byName[name]?.bytes == 0)
            }

            let etc = try await result(session, try await browse(session, Seeded.web01, #"{"path": "/etc/"}"#))
            #expect(etc.succeeded)
            let names = Set(etc.items.map(\.name))
            #expect(names.isSuperset(of: ["hosts", "passwd", "fstab", "hostname", "os-release", "resolv.conf"]))
            #expect(names.isSuperset(of: ["ssh", "nginx", "cron.d", "systemd", "ssl", "driveclient"]))
            let hostname = try #require(etc.items.first { $0.name == "hostname" })
            #expect(hostname.bytes == "web01\n".utf8.count)
            #expect(hostname.mimeType == "text/plain")

            let driveclient = try await result(
                session, try await browse(session, Seeded.web01, #"{"path": "/etc/driveclient"}"#))
            #expect(driveclient.items.map(\.name).contains("bootstrap.json"))
        }
    }

    @Test(arguments: ["/no/such/dir", "/etc/hosts"])
    func aMissingPathOrAFileFailsWithoutItems(path: String) async throws {
        try await EmulatorSession.with { session in
            try await session.activate("real_time")
            let result = try await result(session, try await browse(session, Seeded.db01, #"{"path": "\#(path)"}"#))
            #expect(!result.succeeded)
            #expect(result.items.isEmpty)
            #expect(result.path == path)
        }
    }

    @Test func namesThatAreNotUTF8CarryTheirBytesInNameEncoded() async throws {
        try await EmulatorSession.with(timeScale: 0.05) { session in
            try await session.activate("real_time")
            let location = try await browse(session, Seeded.mail01, #"{"path": "/home/deploy"}"#)
            let home = try await result(session, location)
            let raw = try await session.fetch(location)
            #expect(raw.status == 200)
            #expect(!raw.text.contains("null"))
            let cafe = try #require(home.items.first { $0.name.hasPrefix("caf") && $0.nameEncoded != nil })
            #expect(
                Data(base64Encoded: cafe.nameEncoded ?? "").map(Array.init) == Array("caf".utf8) + [0xE9]
                    + Array(".txt".utf8))
            #expect(cafe.name == "caf\u{FFFD}.txt")
            #expect(cafe.mimeType == "text/plain")

            let folder = try #require(home.items.first { $0.isDirectory && $0.nameEncoded != nil })
            #expect(folder.remoteName.bytes == [0x4D, 0xE4] + Array("rz-Berichte".utf8))

            let plain = home.items.filter { $0.name == "notes.txt" || $0.name == ".bashrc" }
            #expect(plain.count == 2)
            #expect(plain.allSatisfy { $0.nameEncoded == nil })
        }
    }

    @Test func pathEncodedNamesADirectoryThatIsNotUTF8() async throws {
        try await EmulatorSession.with { session in
            try await session.activate("real_time")
            let path = RemoteName(bytes: Array("/home/deploy/M".utf8) + [0xE4] + Array("rz-Berichte".utf8))
            let body = String(decoding: try JSONEncoder().encode(BrowseRequestBody(path: path)), as: UTF8.self)
            let result = try await result(session, try await browse(session, Seeded.web02, body))
            #expect(result.succeeded)
            #expect(result.pathEncoded == path.base64)
            #expect(result.path == path.lossy)
            #expect(result.remotePath == path)
            #expect(result.items.map(\.name).contains("umsatz-2014-03.csv"))
            let overview = try #require(result.items.first { $0.nameEncoded != nil })
            #expect(overview.remoteName.bytes == [0xDC] + Array("bersicht.txt".utf8))
        }
    }

    @Test func thePlaceholderPathEncodedOfTheDocsIsIgnored() async throws {
        try await EmulatorSession.with { session in
            try await session.activate("real_time")
            let body =
                #"{"path": "/var/log", "path_encoded": "/optional/base64encoded/path/if/non-utf-8/characters/present/"}"#
            let result = try await result(session, try await browse(session, Seeded.web01, body))
            #expect(result.succeeded)
            #expect(result.path == "/var/log")
            #expect(result.items.map(\.name).contains("nginx"))
        }
    }

    @Test func unknownAgentsAndRequestsAre404() async throws {
        try await EmulatorSession.with { session in
            let agent = try await session.call(
                "POST", "/agents/00000000-0000-4000-8000-000000000000/browse-requests", body: #"{"path": "/"}"#)
            #expect(agent.status == 404)
            #expect(agent.message == "Agent not found.")
            let request = try await session.call("GET", "/agents/\(Seeded.web01)/browse-requests/unknown")
            #expect(request.status == 404)
            #expect(request.message == "Browse request results not found.")
        }
    }

    @Test func theOfflineAgentNeverAnswers() async throws {
        try await EmulatorSession.with { session in
            try await session.activate("real_time")
            let offline = try await browse(session, Seeded.db02, #"{"path": "/"}"#)
            let online = try await browse(session, Seeded.db01, #"{"path": "/"}"#)
            _ = try await result(session, online)
            // Long enough for several idle polls (30 s × 0.01) of an online agent.
            try await Task.sleep(for: .seconds(1))
            let response = try await session.fetch(offline)
            #expect(response.status == 404)
            #expect(response.message == "Browse request results not found.")
        }
    }
}
