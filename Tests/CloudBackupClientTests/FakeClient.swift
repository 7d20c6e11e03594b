import CloudBackupAPI
import CloudBackupClient
import Foundation

/// A client in direct mode against a fake endpoint, with the documented examples at hand.
enum FakeService {
    static let endpoint = "https://dfw.backup.example.test/v2/110011"
    static let token = "token-for-tests"
    /// The host of every `href` and `Location` in the docs' examples.
    static let docsHost = "https://cloudbackupapi.apiary-mock.com"

    static func client(_ transport: FakeTransport) -> CloudBackupClient {
        let configuration = ClientConfiguration(
            access: .direct(endpoint: endpoint, token: Secret(token)),
            retryPolicy: RetryPolicy(maximumAttempts: 2, baseDelay: .milliseconds(1), maximumDelay: .milliseconds(2)))
        return CloudBackupClient(configuration: configuration, transport: transport)
    }

    /// The bytes of a documented example (`Tests/CloudBackupAPITests/Fixtures/<name>.json`).
    static func example(_ name: String) -> [UInt8] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("CloudBackupAPITests/Fixtures/\(name).json")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            fatalError("missing fixture \(name)")
        }
        return Array(data)
    }

    /// The operation whose method and path template match a request to the fake endpoint.
    static func operation(of request: TransportRequest) -> APIOperation? {
        let path = request.relative.prefix { $0 != "?" }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        return APIOperation.all.first { operation in
            let template = operation.template.split(separator: "/", omittingEmptySubsequences: false)
            guard operation.method == request.method, template.count == segments.count else { return false }
            return zip(template, segments).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
        }
    }
}
