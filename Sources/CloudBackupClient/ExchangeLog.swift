import Foundation

/// Where `--debug` lines go: every exchange with the service and every retry, one line each, with
/// credentials hidden. The client never prints; whoever creates the log decides where lines are written.
public struct ExchangeLog: Sendable {
    private let write: @Sendable (String) -> Void

    /// A log handing each line, without a line end, to `write`.
    public init(_ write: @escaping @Sendable (String) -> Void) {
        self.write = write
    }

    /// `GET https://…/v2/123456/agents → 200 (12 ms)`, then the request's headers and body, credentials hidden.
    func exchange(_ request: TransportRequest, outcome: String, elapsed: Duration) {
        var lines = ["\(request.method) \(SecretRedaction.url(request.url)) → \(outcome) (\(RetryNotice.milliseconds(elapsed)) ms)"]
        lines += request.headers.map { "  > \($0.name): \(SecretRedaction.header(name: $0.name, value: $0.value))" }
        if let body = request.body, !body.isEmpty {
            lines.append("  > " + Self.shortened(SecretRedaction.body(body)))
        }
        write(lines.joined(separator: "\n"))
    }

    func retry(_ notice: RetryNotice) {
        write(notice.description)
    }

    func recovery(_ notice: RecoveryNotice) {
        write(notice.description)
    }

    /// The longest body shown; a longer one is cut and its size said.
    static let bodyLimit = 1024

    private static func shortened(_ text: String) -> String {
        let oneLine = text.replacingOccurrences(of: "\n", with: " ")
        guard oneLine.utf8.count > bodyLimit else { return oneLine }
        return String(decoding: oneLine.utf8.prefix(bodyLimit), as: UTF8.self) + "… (\(text.utf8.count) bytes)"
    }
}
