import CloudBackupAPI
import HTTPTypes
import Hummingbird

/// Counts each `/v2` request (and its operation) and applies the faults injected into it, in
/// order: the next queued one (the operation's own first), those of the `X-Emulator-Fault` header,
/// then the configured plan's. It runs before authentication, so that a fault hits a request with
/// a bad token too, as a failing load balancer would.
struct FaultMiddleware: RouterMiddleware {
    typealias Context = EmulatorRequestContext
    let store: Store

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var faults: [Fault] = []
        if let queued = await store.receive(context.route(of: request).operation) { faults.append(queued) }
        if let header = request.headers[.xEmulatorFault] {
            guard let requested = FaultHeader.parse(header) else {
                throw ServiceError.validation(
                    "Invalid \(FaultHeader.name) header.",
                    errors: ["Use status=CODE, retry-after=SECONDS, delay=200ms and drop, separated by ';'."])
            }
            faults += requested
        }
        faults += await store.drawPlannedFaults()
        for fault in faults { try await apply(fault, context: context) }
        return try await next(request, context)
    }

    private func apply(_ fault: Fault, context: Context) async throws {
        switch fault {
        case .status(let code, let retryAfter):
            var headers: HTTPFields = [:]
            if let retryAfter { headers[.retryAfter] = String(retryAfter) }
            throw ServiceError(
                HTTPResponse.Status(code: code), (HTTPReason.phrase(code) ?? "Error \(code)") + ".", headers: headers)
        case .delay(let duration):
            try await Task.sleep(for: duration)
        case .dropConnection:
            context.closeConnection()
            throw ConnectionDropped()
        }
    }
}
