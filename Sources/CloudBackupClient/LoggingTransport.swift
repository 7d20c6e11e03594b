/// A transport that writes each exchange to an `ExchangeLog` (method, URL, status or failure, time
/// taken), credentials hidden, and passes it on unchanged.
public struct LoggingTransport: HTTPTransport {
    let base: any HTTPTransport
    let log: ExchangeLog

    public init(base: any HTTPTransport, log: ExchangeLog) {
        self.base = base
        self.log = log
    }

    public func send(_ request: TransportRequest, timeout: Duration) async throws -> TransportResponse {
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let response = try await base.send(request, timeout: timeout)
            log.exchange(request, outcome: String(response.status), elapsed: clock.now - start)
            return response
        } catch {
            log.exchange(request, outcome: Self.outcome(of: error), elapsed: clock.now - start)
            throw error
        }
    }

    /// What a failed exchange ended with. Only an `APIError`'s message is shown: it never carries a credential.
    private static func outcome(of error: any Error) -> String {
        switch error {
        case let error as APIError: error.message
        case is CancellationError: "cancelled"
        default: "failed"
        }
    }
}
