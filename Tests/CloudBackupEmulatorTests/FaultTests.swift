import CloudBackupAPI
import CloudBackupEmulator
import Testing

@Suite("Injected faults")
struct FaultTests {
    @Test func aQueued503CarriesRetryAfterAndIsConsumedOnce() async throws {
        try await EmulatorSession.with { session in
            await session.emulator.enqueueFaults([.status(503, retryAfterSeconds: 7)])
            let failed = try await session.call("GET", "/agents")
            #expect(failed.status == 503)
            #expect(failed.header("Retry-After") == "7")
            #expect(failed.message?.isEmpty == false)

            #expect(try await session.call("GET", "/agents").status == 200)
            #expect(await session.emulator.requestCount(.listAgents) == 2)
        }
    }

    @Test func faultsAreConsumedInOrderAndBeforeAuthentication() async throws {
        try await EmulatorSession.with { session in
            await session.emulator.enqueueFaults([.status(500), .status(429, retryAfterSeconds: 1)])
            let first = try await session.call("GET", "/agents", token: .some(nil))
            #expect(first.status == 500)
            #expect(first.header("Retry-After") == nil)
            #expect(try await session.call("GET", "/agents").status == 429)
            #expect(try await session.call("GET", "/agents").status == 200)
        }
    }

    @Test func faultsForOneOperationLeaveTheOthersAlone() async throws {
        try await EmulatorSession.with { session in
            await session.emulator.enqueueFaults([.status(502), .status(504)], for: .getSummarySettings)
            await session.emulator.enqueueFaults([.status(500)])
            var statuses: [Int] = []
            for path in ["/agents", "/agents", "/settings/summaries", "/agents", "/settings/summaries", "/settings/summaries"] {
                statuses.append(try await session.call("GET", path).status)
            }
            #expect(statuses == [500, 200, 502, 200, 504, 200])
        }
    }

    @Test func aDelayHoldsTheAnswerBack() async throws {
        try await EmulatorSession.with { session in
            await session.emulator.enqueueFaults([.delay(.milliseconds(300))])
            let start = ContinuousClock.now
            let response = try await session.call("GET", "/agents")
            #expect(response.status == 200)
            #expect(ContinuousClock.now - start >= .milliseconds(300))
        }
    }

    @Test func aDroppedConnectionGivesNoAnswer() async throws {
        try await EmulatorSession.with { session in
            await session.emulator.enqueueFaults([.dropConnection])
            var answered: TestResponse?
            do {
                answered = try await session.call("GET", "/agents")
            } catch {
                answered = nil
            }
            #expect(answered == nil, "got \(answered?.status ?? 0) instead of a closed connection")
            let next = try await session.call("GET", "/agents")
            #expect(next.status == 200)
        }
    }
}
