import CloudBackupAPI
import CloudBackupEmulator
import Testing

@Suite("Event modes and posted events (postProjectEvent, postAgentEvent)")
struct EventModeTests {
    private func browse(_ session: EmulatorSession, _ agentID: String) async throws -> String {
        let response = try await session.call("POST", "/agents/\(agentID)/browse-requests", body: #"{"path": "/"}"#)
        return try #require(response.header("Location"))
    }

    private func answered(_ session: EmulatorSession, _ location: String) async throws {
        _ = try await eventually(timeout: .seconds(20), "a browse answer") {
            try await session.fetch(location).status == 200 ? true : nil
        }
    }

    @Test func activationIsAcceptedWithoutABody() async throws {
        try await EmulatorSession.with { session in
            for mode in ["idle", "active", "real_time"] {
                let response = try await session.call(
                    "POST", "/events", body: #"{"event":"agent_activate","mode":"\#(mode)"}"#)
                #expect(response.status == 202)
                #expect(response.body.isEmpty)
            }
            #expect(await session.emulator.recordedEventNames().filter { $0 == "agent_activate" }.count == 3)
        }
    }

    @Test(arguments: [
        #"{"event":"agent_activate","mode":"turbo"}"#,
        #"{"event":"agent_activate"}"#,
        #"{"event":"startup","mode":"active"}"#,
        #"{"mode":"active"}"#,
    ])
    func aBadActivationIs400(body: String) async throws {
        try await EmulatorSession.with { session in
            let response = try await session.call("POST", "/events", body: body)
            #expect(response.status == 400)
            #expect(response.message?.isEmpty == false)
            #expect((response.json["errors"] as? [String])?.isEmpty == false)
        }
    }

    @Test func realTimeAnswersMuchSoonerThanIdle() async throws {
        let scale = 0.05
        try await EmulatorSession.with(timeScale: scale) { session in
            // Right after web01 answered, it has just polled: the next idle poll is 30 s × scale away.
            try await answered(session, try await browse(session, Seeded.web01))
            let idleStart = ContinuousClock.now
            try await answered(session, try await browse(session, Seeded.web01))
            let idle = ContinuousClock.now - idleStart

            try await session.activate("real_time")
            let realTimeStart = ContinuousClock.now
            try await answered(session, try await browse(session, Seeded.web01))
            let realTime = ContinuousClock.now - realTimeStart

            #expect(idle > .seconds(30) * scale * 0.6)
            #expect(realTime * 4 < idle)
        }
    }

    @Test func anActivationForOneAgentLeavesTheOthersIdle() async throws {
        // At the service's own pace idle agents first poll seconds after the start.
        try await EmulatorSession.with(timeScale: 1.0) { session in
            let response = try await session.call(
                "POST", "/agents/\(Seeded.web02)/events", body: #"{"event":"agent_activate","mode":"real_time"}"#)
            #expect(response.status == 202)
            let fast = try await browse(session, Seeded.web02)
            let slow = try await browse(session, Seeded.web01)
            try await answered(session, fast)
            #expect(try await session.fetch(slow).status == 404)
        }
    }

    @Test func startupHandsPendingWorkToAnOfflineAgent() async throws {
        try await EmulatorSession.with { session in
            let location = try await browse(session, Seeded.db02)
            try await Task.sleep(for: .milliseconds(500))
            #expect(try await session.fetch(location).status == 404)

            let response = try await session.call(
                "POST", "/agents/\(Seeded.db02)/events", body: #"{"event":"startup"}"#,
                headers: [("X-Agent-Id", Seeded.db02)])
            #expect(response.status == 202)
            #expect(response.body.isEmpty)
            try await answered(session, location)
        }
    }

    @Test func aShutDownAgentStopsAnswering() async throws {
        try await EmulatorSession.with { session in
            let response = try await session.call(
                "POST", "/agents/\(Seeded.web01)/events", body: #"{"event":"shutdown"}"#)
            #expect(response.status == 202)
            try await session.activate("real_time")
            let stopped = try await browse(session, Seeded.web01)
            try await answered(session, try await browse(session, Seeded.web02))
            try await Task.sleep(for: .milliseconds(500))
            #expect(try await session.fetch(stopped).status == 404)
            #expect(await session.emulator.recordedEventNames().contains("agent_shutdown"))
        }
    }

    @Test func agentEventsCheckTheEventAndTheAgent() async throws {
        try await EmulatorSession.with { session in
            let bad = try await session.call("POST", "/agents/\(Seeded.web01)/events", body: #"{"event":"reboot"}"#)
            #expect(bad.status == 400)
            let unknown = try await session.call(
                "POST", "/agents/00000000-0000-4000-8000-000000000000/events", body: #"{"event":"startup"}"#)
            #expect(unknown.status == 404)
            #expect(unknown.message == "Agent not found.")
        }
    }
}
