import BshTestSupport
import Foundation
import Testing

/// The examples in the repository run as they are, on the embedded emulator.
@Suite("Examples")
struct ExampleTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples")

    @Test func theTourRunsToTheEnd() async throws {
        let result = try await BshProcess.run([Self.examples.appendingPathComponent("tour.bsh").path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.hasSuffix("tour done\n"))
        #expect(result.stdout.contains("\\x"))
    }
}
