import BshTestSupport
import Foundation
import Testing

@Suite("SIGTERM and SIGHUP end to end")
struct TerminationSignalTests {
    @Test(arguments: [(SIGTERM, Int32(143)), (SIGHUP, Int32(129))])
    func aSignalDuringAWaitEndsTheScriptWithItsStatus(signal: Int32, status expected: Int32) async throws {
        let bsh = try RunningBsh(["-c", "agent db02; browse /; wait 60s; echo never"])
        #expect(try await bsh.waitForError(containing: "'wait' for the answer"))
        let clock = ContinuousClock()
        let start = clock.now
        bsh.send(signal: signal)
        let status = await bsh.status()
        #expect(status == expected)
        #expect(clock.now - start < .seconds(5))
        #expect(bsh.stderr.contains("bsh: interrupted"))
        #expect(!bsh.stderr.contains("Backtrace"))
        #expect(!bsh.stderr.contains("Fatal error"))
        #expect(!bsh.stdout.contains("never"))
    }
}
