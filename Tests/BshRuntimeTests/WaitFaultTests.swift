import BshRuntime
import CloudBackupAPI
import CloudBackupClient
import CloudBackupEmulator
import Testing

/// `wait` keeps polling through failures that pass, up to its own deadline, and no further; other
/// failures end it at once.
@Suite("Waiting through transient failures")
struct WaitFaultTests {
    /// Starts a browse of /etc on web01, queues `faults` for the polls of its result, then waits.
    static func browseThenWait(
        _ wait: String = "wait 30s", faults: [Fault]
    ) async throws -> (status: Int32, host: RecordingHost, polls: Int, elapsed: Duration) {
        // At half speed a browse result is answered in moments and kept for 30 s, longer than any wait here.
        try await withShell(emulator: EmulatorConfiguration(timeScale: 0.5)) { emulator, session in
            let started = try await session.run("agent web01; browse /etc")
            #expect(started == 0, "\(session.host.error)")
            await emulator.enqueueFaults(faults, for: .getAgentBrowseRequest)
            let clock = ContinuousClock()
            let start = clock.now
            let status = try await session.run(wait)
            let elapsed = clock.now - start
            return (status, session.host, await emulator.requestCount(.getAgentBrowseRequest), elapsed)
        }
    }

    @Test func aBurstOf503sOnTheFirstPollDoesNotEndTheWait() async throws {
        // The client tries each poll eight times: ten 503s fail the first poll and the start of the second.
        let (status, host, polls, _) = try await Self.browseThenWait(faults: Array(repeating: .status(503), count: 10))
        #expect(status == 0, "\(host.error)")
        #expect(host.output.contains("hosts"))
        #expect(polls >= 11)
    }

    @Test func droppedConnectionsBusyAnswersAndGatewayErrorsAreWaitedThrough() async throws {
        let faults: [Fault] = [
            .dropConnection, .status(429, retryAfterSeconds: 0), .status(502), .status(504),
            .dropConnection, .status(429, retryAfterSeconds: 0),
        ]
        let (status, host, polls, _) = try await Self.browseThenWait(faults: faults)
        #expect(status == 0, "\(host.error)")
        #expect(host.output.contains("hosts"))
        #expect(polls >= 7)
    }

    @Test func aServiceThatStaysDownFailsTheWaitAtItsDeadlineNamingTheLastError() async throws {
        let (status, host, _, elapsed) = try await Self.browseThenWait(
            "wait 3s", faults: Array(repeating: .status(503), count: 1_000))
        #expect(status == 1)
        #expect(host.error.contains("wait: timed out after 3"), "\(host.error)")
        #expect(host.error.contains("the last request failed: GET /agents/"), "\(host.error)")
        #expect(host.error.contains("HTTP 503: Service Unavailable"), "\(host.error)")
        #expect(elapsed >= .seconds(3))
        #expect(elapsed < .seconds(3) + RequestDeadline.leastExchange + .seconds(1))
    }

    @Test func aLongRetryAfterDoesNotHoldTheWaitPastItsDeadline() async throws {
        let (status, host, _, elapsed) = try await Self.browseThenWait(
            "wait 2s", faults: Array(repeating: .status(503, retryAfterSeconds: 30), count: 100))
        #expect(status == 1)
        #expect(host.error.contains("HTTP 503"), "\(host.error)")
        #expect(elapsed >= .seconds(2))
        #expect(elapsed < .seconds(2) + RequestDeadline.leastExchange + .seconds(1))
    }

    @Test(arguments: [400, 401, 403])
    func otherFailuresEndTheWaitAtOnce(status code: Int) async throws {
        // Two 401s: the token is renewed once, and refused again.
        let faults: [Fault] = Array(repeating: .status(code), count: 2)
        let (status, host, polls, elapsed) = try await Self.browseThenWait(faults: faults)
        #expect(status == 1)
        #expect(host.error.contains("HTTP \(code)"), "\(host.error)")
        #expect(!host.error.contains("timed out"))
        #expect(polls == (code == 401 ? 2 : 1))
        #expect(elapsed < .seconds(2))
    }

    @Test func aMissingJobEndsTheWaitAtOnce() async throws {
        try await withShell { emulator, session in
            let started = try await session.run(
                "agent web01; config create etc --include /etc --email ops@example.com; backup start last")
            #expect(started == 0, "\(session.host.error)")
            await emulator.enqueueFaults([.status(404)], for: .getBackup)
            let status = try await session.run("wait 30s")
            #expect(status == 1)
            #expect(session.host.error.contains("HTTP 404"), "\(session.host.error)")
            #expect(await emulator.requestCount(.getBackup) == 1)
        }
    }
}
