import BshTestSupport
import Foundation
import Testing

@Suite("A URL's password is never shown")
struct URLPasswordTests {
    static let secret = "PW-hunter22"

    @Test func notInAConnectionError() async throws {
        let result = try await BshProcess.run([
            "--identity-url", "http://ops:\(Self.secret)@127.0.0.1:1/v2.0", "--username", "u", "--api-key", "k", "-c", "agents",
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("http://ops:***@127.0.0.1:1/v2.0/tokens"))
        #expect(!result.stderr.contains(Self.secret))
    }

    @Test func notInACaughtErrorAScriptPrints() async throws {
        let result = try await BshProcess.run([
            "--identity-url", "http://ops:\(Self.secret)@127.0.0.1:1/v2.0", "--username", "u", "--api-key", "k",
            "-c", "try { agents } catch e { echo $e.message }",
        ])
        #expect(result.status == 0)
        #expect(result.stdout.contains("http://ops:***@127.0.0.1:1/v2.0/tokens"), "\(result.stdout)")
        #expect(!result.stdout.contains(Self.secret))
    }

    @Test func notInATrace() async throws {
        let result = try await BshProcess.run(["-x", "-c", "echo \"see http://ops:\(Self.secret)@host/\""])
        #expect(result.status == 0)
        #expect(result.stderr.contains("http://ops:***@host/"))
        #expect(!result.stderr.contains(Self.secret))
    }

    @Test func notInAUsageError() async throws {
        let result = try await BshProcess.run(["http://ops:\(Self.secret)@host/script.bsh"])
        #expect(result.status == 2)
        #expect(result.stderr == "bsh: cannot read http://ops:***@host/script.bsh: no such file or directory\n")
    }
}
