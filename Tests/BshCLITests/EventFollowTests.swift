import BshTestSupport
import Foundation
import Testing

/// `events --follow`: events printed as they happen, until a condition.
@Suite("Following events")
struct EventFollowTests {
    static let environment = BshProcess.cleanEnvironment(["BSH_EMULATOR_TIME_SCALE": "0.05"])

    @Test func followingABackupStopsAtItsCompletion() async throws {
        let result = try await BshProcess.run(
            [
                "-c",
                "agent web01; let c = configs | first 1; backup start $c[0].id; "
                    + "events --backup last --follow --until backup_completed; echo stopped",
            ], environment: Self.environment)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").filter { $0.contains("backup_") }
        let names = lines.map { $0.split(separator: " ", omittingEmptySubsequences: true)[1] }
        #expect(names.first == "backup_start_request")
        #expect(names.last == "backup_completed")
        #expect(names.contains("backup_progress"))
        #expect(result.stdout.hasSuffix("stopped\n"))
        #expect(result.stderr.contains("\(names.count) events"))
    }

    @Test func aPatternAndJSONLinesWork() async throws {
        let result = try await BshProcess.run(
            [
                "--json", "-c",
                "agent web01; let c = configs | first 1; backup start $c[0].id; events --backup last --follow --until '*_completed'",
            ], environment: Self.environment)
        #expect(result.status == 0, "\(result.stderr)")
        let last = try #require(result.stdout.split(separator: "\n").last)
        let event = try #require(try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any])
        #expect(event["event"] as? String == "backup_completed")
    }

    @Test func aDurationEndsAQuietFollow() async throws {
        let result = try await BshProcess.run(
            ["-c", "agent db02; events --agent --follow --until 300ms; echo stopped"], environment: Self.environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("stopped\n"))
    }

    @Test func untilWithoutFollowOrWithNonsenseIsAUsageError() async throws {
        for words in ["events --until backup_completed", "events --follow --until 'no such'"] {
            let result = try await BshProcess.run(["-c", words], environment: Self.environment)
            #expect(result.status == 2, "\(words): \(result.stderr)")
            #expect(result.stderr.contains("--until"))
        }
    }

    @Test func ctrlCEndsAFollowWithoutAnEnd() async throws {
        let bsh = try RunningBsh(["-c", "agent db02; events --agent --follow; echo never"], environment: Self.environment)
        #expect(try await bsh.waitForError(containing: "agent db02"))
        bsh.interrupt()
        #expect(await bsh.status() == 130)
        #expect(bsh.stderr.contains("interrupted"))
        #expect(!bsh.stdout.contains("never"))
    }
}
