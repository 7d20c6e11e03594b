import CloudBackupAPI
import CloudBackupClient
import Foundation
import HTTPTypes

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

    /// The operation the table matches to a request to the fake endpoint. An empty segment (a
    /// path argument that was empty) matches nothing.
    static func operation(of request: TransportRequest) -> APIOperation? {
        let path = request.relative.prefix { $0 != "?" }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map {
            $0.removingPercentEncoding ?? String($0)
        }
        guard let method = HTTPRequest.Method(request.method),
            case .operation(let operation, _) = APIOperation.match(method, Array(segments))
        else { return nil }
        return operation
    }
}
