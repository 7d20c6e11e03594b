import AsyncHTTPClient
import CloudBackupAPI
import BshTestSupport
import CloudBackupEmulator
import Foundation

/// A running emulator, a token for it, and plain HTTP helpers over real loopback connections.
struct EmulatorSession: Sendable {
    let emulator: Emulator
    let token: String

    /// Starts an emulator, authenticates the demo user, runs `body`, and shuts the emulator down.
    static func with<T>(
        timeScale: Double = 0.01, tokenLifetime: Duration = .seconds(3_600),
        _ body: (EmulatorSession) async throws -> T
    ) async throws -> T {
        try await with(.init(timeScale: timeScale, tokenLifetime: tokenLifetime), body)
    }

    /// The same, with a whole configuration (a large project, injected faults).
    static func with<T>(_ configuration: EmulatorConfiguration, _ body: (EmulatorSession) async throws -> T)
        async throws -> T
    {
        try await withEmulator(configuration) { emulator in
            let token = try await authenticate(emulator)
            return try await body(EmulatorSession(emulator: emulator, token: token))
        }
    }

    static func authenticate(_ emulator: Emulator) async throws -> String {
        let body = #"{"auth":{"RAX-KSKEY:apiKeyCredentials":{"username":"demo","apiKey":"demo-api-key"}}}"#
        let response = try await send("POST", emulator.identityURL + "/tokens", body: body)
        let access = try response.decode(AccessResponse.self)
        return access.access.token.id.revealed
    }

    var endpoint: String { emulator.endpointURL }

    /// A request to a path below the endpoint, with this session's token unless `token` says otherwise.
    func call(
        _ method: String, _ path: String, body: String? = nil, token: String?? = .none,
        headers: [(String, String)] = []
    ) async throws -> TestResponse {
        var all = headers
        if let token = token ?? self.token { all.append(("X-Auth-Token", token)) }
        return try await Self.send(method, endpoint + path, body: body, headers: all)
    }

    /// A GET of an absolute URL the service handed out (a `Location`, a link), with the token.
    func fetch(_ url: String) async throws -> TestResponse {
        try await Self.send("GET", url, headers: [("X-Auth-Token", token)])
    }

    /// Activates every agent (`postProjectEvent`) and checks the service accepted it.
    func activate(_ mode: String) async throws {
        let response = try await call("POST", "/events", body: #"{"event":"agent_activate","mode":"\#(mode)"}"#)
        guard response.status == 202 else { throw TestFailure("activation answered \(response.status)") }
    }

    static func send(
        _ method: String, _ url: String, body: String? = nil, headers: [(String, String)] = []
    ) async throws -> TestResponse {
        var request = HTTPClientRequest(url: url)
        request.method = .init(rawValue: method)
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body {
            if !headers.contains(where: { $0.0.lowercased() == "content-type" }) {
                request.headers.add(name: "Content-Type", value: "application/json")
            }
            request.body = .bytes(Array(body.utf8))
        }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        let bytes = try await response.body.collect(upTo: 16 * 1024 * 1024)
        return TestResponse(
            status: Int(response.status.code),
            headers: response.headers.map { ($0.name, $0.value) },
            body: Array(bytes.readableBytesView))
    }
}

/// Starts an emulator, runs `body` with it, and shuts it down however `body` ends.
func withEmulator<T>(
    _ configuration: EmulatorConfiguration = .init(timeScale: 0.01), _ body: (Emulator) async throws -> T
) async throws -> T {
    try await TestEmulator.with(configuration, body)
}

/// What a request got back.
struct TestResponse: Sendable {
    let status: Int
    let headers: [(String, String)]
    let body: [UInt8]

    func header(_ name: String) -> String? {
        headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }

    var text: String { String(decoding: body, as: UTF8.self) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(body))
    }

    /// The body as a generic JSON object.
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] ?? [:]
    }

    /// The `message` of an error body.
    var message: String? { json["message"] as? String }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Repeats `attempt` every `interval` until it returns a value, or fails after `timeout`.
func eventually<T>(
    timeout: Duration = .seconds(10), interval: Duration = .milliseconds(5), _ what: String = "condition",
    _ attempt: () async throws -> T?
) async throws -> T {
    let deadline = ContinuousClock.now + timeout
    while true {
        if let value = try await attempt() { return value }
        guard ContinuousClock.now < deadline else { throw TestFailure("timed out waiting for \(what)") }
        try await Task.sleep(for: interval)
    }
}

/// The seeded agents the tests talk about.
enum Seeded {
    static let web01 = "8f135b4f-7a69-4b8a-947f-5e80d772fd97"
    static let web02 = "8f1a6c2e-51d7-4e0b-9a3f-0c6b2d8e4a71"
    static let db01 = "c4a9e0d2-7b3f-4c1e-8d65-2f9a0b7e13c8"
    static let mail01 = "5e27b8d1-9c40-4f6a-a3e2-d71f05c8b946"
    /// Offline: never picks up work.
    static let db02 = "e9b04f7c-3a2d-4e81-b6c5-1f8d2a0e7b93"
}
