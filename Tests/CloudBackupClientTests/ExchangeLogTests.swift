import BshTestSupport
import CloudBackupAPI
@testable import CloudBackupClient
import CloudBackupEmulator
import Foundation
import Synchronization
import Testing

@Suite("The exchange log behind --debug")
struct ExchangeLogTests {
    /// Lines written to a log, kept for the test to read.
    final class Lines: Sendable {
        private let lines = Mutex<[String]>([])
        var log: ExchangeLog { ExchangeLog { line in self.lines.withLock { $0.append(line) } } }
        var all: [String] { lines.withLock { $0 } }
        var text: String { all.joined(separator: "\n") }
    }

    /// A client of a fresh emulator whose exchanges go to `lines`, with quick retries and `timeout` per exchange.
    private func withLoggedClient(
        password: String? = nil, timeout: Duration = .seconds(60), _ body: (CloudBackupClient, Emulator, Lines) async throws -> Void
    ) async throws {
        try await TestEmulator.with { emulator in
            let lines = Lines()
            let transport = AsyncHTTPTransport()
            let url = password.map { emulator.identityURL.replacingOccurrences(of: "http://", with: "http://ops:\($0)@") } ?? emulator.identityURL
            let client = CloudBackupClient(
                configuration: ClientConfiguration(
                    access: .identity(
                        url: url,
                        credentials: .apiKey(username: EmulatorConfiguration.demoUsername, apiKey: Secret(EmulatorConfiguration.demoAPIKey)),
                        region: nil),
                    retryPolicy: RetryPolicy(maximumAttempts: 4, baseDelay: .milliseconds(10), maximumDelay: .milliseconds(100)),
                    requestTimeout: timeout, exchangeLog: lines.log),
                transport: transport)
            do {
                try await body(client, emulator, lines)
                await transport.shutdown()
            } catch {
                await transport.shutdown()
                throw error
            }
        }
    }

    @Test func eachExchangeIsOneLineWithMethodURLStatusAndTimeAndNoCredential() async throws {
        try await withLoggedClient(password: "url-pw-5519") { client, emulator, lines in
            _ = try await client.listAgents()
            let token = try await client.session().token.revealed
            let identity = try #require(lines.all.first)
            #expect(identity.hasPrefix("POST http://ops:***@127.0.0.1:"))
            #expect(identity.contains("/v2.0/tokens → 200 ("))
            #expect(identity.contains(#""apiKey":"***""#))
            let agents = try #require(lines.all.last)
            #expect(agents.hasPrefix("GET \(emulator.endpointURL)/agents → 200 ("))
            #expect(agents.contains(" ms)\n"))
            #expect(agents.contains("  > X-Auth-Token: ***"))
            for secret in [token, EmulatorConfiguration.demoAPIKey, "url-pw-5519"] {
                #expect(!lines.text.contains(secret))
            }
        }
    }

    @Test func aRetryAfterA503SaysItsRetryAfter() async throws {
        try await withLoggedClient { client, emulator, lines in
            _ = try await client.session()
            await emulator.enqueueFaults([.status(503, retryAfterSeconds: 0), .status(502)])
            _ = try await client.listAgents()
            let statuses = lines.all.dropFirst().map { $0.prefix { $0 != "\n" } }
            #expect(statuses.count == 5)
            #expect(statuses[0].contains("/agents → 503 ("))
            #expect(statuses[1] == "retry 1 of GET /agents after 503 (Retry-After 0 s)")
            #expect(statuses[2].contains("/agents → 502 ("))
            #expect(statuses[3].hasPrefix("retry 2 of GET /agents after 502 (in "))
            #expect(statuses[4].contains("/agents → 200 ("))
        }
    }

    @Test func aDroppedConnectionAndATimeoutAreRetriedAndSaidSo() async throws {
        // A second to answer: a loaded machine's emulator may take more than a few hundred ms.
        try await withLoggedClient(timeout: .seconds(1)) { client, emulator, lines in
            _ = try await client.session()
            await emulator.enqueueFaults([.dropConnection, .delay(.seconds(4))])
            _ = try await client.listAgents()
            let retries = lines.all.filter { $0.hasPrefix("retry ") }
            #expect(retries.count == 2)
            #expect(retries.first?.hasPrefix("retry 1 of GET /agents after the server closed the connection (in ") == true)
            #expect(retries.last?.hasPrefix("retry 2 of GET /agents after no answer in time (in ") == true)
        }
    }

    @Test func credentialsAreHiddenInURLsHeadersAndBodies() {
        #expect(SecretRedaction.url("https://u:pw@h:8/p?a=1&token=t&X-Signature=s#f") == "https://u:***@h:8/p?a=1&token=***&X-Signature=***#f")
        #expect(SecretRedaction.url("https://h/p?limit=5") == "https://h/p?limit=5")
        #expect(SecretRedaction.header(name: "x-auth-token", value: "t") == "***")
        #expect(SecretRedaction.header(name: "Authorization", value: "Basic x") == "***")
        #expect(SecretRedaction.header(name: "Accept", value: "application/json") == "application/json")
        #expect(
            SecretRedaction.body(Array(#"{"auth":{"passwordCredentials":{"username":"u","password" : "p\"w"}}}"#.utf8))
                == #"{"auth":{"passwordCredentials":{"username":"u","password" : "***"}}}"#)
        #expect(
            SecretRedaction.body(Array(#"{"new_encrypted_password_hex":"ab","name":"token"}"#.utf8))
                == #"{"new_encrypted_password_hex":"***","name":"token"}"#)
    }
}
