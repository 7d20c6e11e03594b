import CloudBackupClient

/// A transport that sends nothing once the process is stopping or the calling work is cancelled:
/// after a failed output or a signal, no further request reaches the service.
struct StoppableTransport: HTTPTransport {
    let base: any HTTPTransport

    func send(_ request: TransportRequest, timeout: Duration) async throws -> TransportResponse {
        if Task.isCancelled || ProcessStop.shared.cause != nil { throw CancellationError() }
        return try await base.send(request, timeout: timeout)
    }
}
