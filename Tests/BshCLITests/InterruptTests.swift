import BshTestSupport
import Foundation
import Testing

@Suite("Ctrl-C end to end")
struct InterruptTests {
    @Test func ctrlCDuringAWaitStopsItAndExitsWith130() async throws {
        let bsh = try RunningBsh(["-c", "agent db02; browse /; wait 60s; echo never"])
        #expect(try await bsh.waitForError(containing: "'wait' for the answer"))
        let clock = ContinuousClock()
        let start = clock.now
        bsh.interrupt()
        let status = await bsh.status()
        #expect(status == 130)
        #expect(clock.now - start < .seconds(5))
        #expect(bsh.stderr.contains("interrupted"))
        #expect(!bsh.stdout.contains("never"))
    }
}
