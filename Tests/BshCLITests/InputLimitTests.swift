import BshTestSupport
import Foundation
import Testing

@Suite("Inputs that cannot be scripts")
struct InputLimitTests {
    @Test func aDirectoryOnStandardInputIsRefused() async throws {
        let result = try await ShellPipeline.run(#""$BSH" < /tmp"#)
        #expect(result.status == 2)
        #expect(result.stderr == "bsh: cannot read standard input: is a directory\n")
    }

    @Test func aClosedStandardInputIsRefused() async throws {
        let result = try await ShellPipeline.run(#""$BSH" <&-"#)
        #expect(result.status == 2)
        #expect(result.stderr == "bsh: cannot read standard input: bad file descriptor\n")
    }

    @Test func aClosedStandardOutputIsAFailure() async throws {
        let result = try await ShellPipeline.run(#""$BSH" -c 'echo hi' >&-"#)
        #expect(result.status == 1)
        #expect(result.stderr == "bsh: cannot write to standard output: bad file descriptor\n")
    }

    @Test func anEndlessLineIsRefused() async throws {
        let result = try await ShellPipeline.run(#""$BSH" /dev/zero"#)
        #expect(result.status == 2)
        #expect(result.stderr == "bsh: cannot read /dev/zero: line 1 is longer than 1 MiB, the most a line may be\n")
    }

    @Test func endlessInputIsRefused() async throws {
        let result = try await ShellPipeline.run(#"yes 'echo y' | "$BSH""#)
        #expect(result.status == 2)
        #expect(result.stderr == "bsh: cannot read standard input: it is larger than 64 MiB, the most a script may be\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func aScriptFileOverTheLimitIsRefusedUnread() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("large-\(UUID().uuidString).bsh").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(truncate(path, (64 << 20) + 1) == 0)
        let result = try await BshProcess.run([path])
        #expect(result.status == 2)
        #expect(result.stderr == "bsh: cannot read \(path): it is larger than 64 MiB, the most a script may be\n")
    }
}
