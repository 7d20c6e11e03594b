import CloudBackupAPI
import CloudBackupEmulator
import Testing

@Suite("Faults by configuration and header")
struct FaultFlagTests {
    @Test func theHeaderAsksForAStatusWithRetryAfter() async throws {
        try await EmulatorSession.with { session in
            let failed = try await session.call(
                "GET", "/agents", headers: [("X-Emulator-Fault", "status=503;retry-after=1")])
            #expect(failed.status == 503)
            #expect(failed.header("Retry-After") == "1")
            #expect(try await session.call("GET", "/agents").status == 200)
            #expect(try await session.call("GET", "/agents", headers: [("X-Emulator-Fault", "explode")]).status == 400)
        }
    }

    @Test func theHeaderDelaysAndDrops() async throws {
        try await EmulatorSession.with { session async throws in
            let start = ContinuousClock.now
            #expect(
                try await session.call("GET", "/ping", headers: [("X-Emulator-Fault", "delay=200ms")]).status == 204)
            #expect(ContinuousClock.now - start >= .milliseconds(200))
            var dropped = false
            do {
                _ = try await session.call("GET", "/ping", headers: [("X-Emulator-Fault", "drop")])
            } catch {
                dropped = true
            }
            #expect(dropped)
        }
    }

    @Test func aFailRateOfOneFailsEveryRequestWithTheConfiguredStatus() async throws {
        let faults = FaultPlan(latency: .milliseconds(50), failRate: 1, failStatus: 429, retryAfterSeconds: 2)
        try await withEmulator(.init(timeScale: 0.01, faults: faults)) { emulator in
            let token = try await EmulatorSession.authenticate(emulator)
            let session = EmulatorSession(emulator: emulator, token: token)
            let start = ContinuousClock.now
            let response = try await session.call("GET", "/agents")
            #expect(response.status == 429)
            #expect(response.header("Retry-After") == "2")
            #expect(ContinuousClock.now - start >= .milliseconds(50))
        }
    }

    @Test func durationsParseAsFlagsSpellThem() {
        #expect(FaultPlan.duration("50ms") == .milliseconds(50))
        #expect(FaultPlan.duration("1.5s") == .milliseconds(1500))
        #expect(FaultPlan.duration("200") == .milliseconds(200))
        #expect(FaultPlan.duration("soon") == nil)
    }

    @Test(arguments: ["1e30s", "1e300", "inf", "nan", "-1ms", "3601s"])
    func durationsPastAnHourOrWithoutAValueAreRefused(text: String) {
        #expect(FaultPlan.duration(text) == nil)
        #expect(FaultPlan.duration("3600s") == .seconds(3600))
    }
}
